/// `bare-line-ending`: a CR or LF that is not part of CR LF.
public struct BareLineEndingRule: DefectRule {
    /// The parser defects this rule reports.
    public static let defectKinds: Set<DefectKind> = [.bareLineFeed, .bareCarriageReturn]

    /// What the rule is: id, docs, references, options and examples.
    public static let description = RuleDescription(
        id: "bare-line-ending",
        summary: "a line ends in a bare CR, or bare LF is mixed with CR LF",
        rationale: """
            On the wire every line ends in CR LF (RFC 5322 §2.3). A file that uses LF throughout is \
            converted by the MTA, but a bare CR, or LF mixed with CR LF, is passed on as it is and \
            read differently by every receiver; DKIM signatures over such bodies break. Set the \
            option require-crlf to report every bare LF (for messages handed to SMTP as they are).
            """,
        defaultSeverity: .warning, category: .compliance,
        references: [.rfc(5322, "2.3", "CR and LF only together as CRLF"), .rfc(2045, "2.7", "7bit data")],
        options: [
            RuleOption("require-crlf", .boolean, default: .bool(false), "report every bare LF, not only mixed ones")
        ],
        examples: RuleExamples(
            triggering: RuleExample(
                "From: a@example.org\r\nSubject: hi\r\n\r\nline one↓\nline two\r\n", variants: false),
            RuleExample("From: a@example.org\r\nSubject: hi\r\n\r\nline one↓\rline two\r\n", variants: false),
            RuleExample(
                "From: a@example.org↓\nSubject: hi\n\nbody\n", options: ["require-crlf": .bool(true)], variants: false),
            passing: RuleExample("From: a@example.org\nSubject: hi\n\nbody\n", variants: false),
            RuleExample("From: a@example.org\r\nSubject: hi\r\n\r\nbody\r\n", variants: false)))

    /// Creates the rule.
    public init() {}

    /// Whether to report `defect` here.
    public func shouldReport(_ defect: ParseDefect, in context: LintContext, options: RuleOptions) -> Bool {
        if defect.kind == .bareCarriageReturn || options.boolean("require-crlf") { return true }
        return context.message.locator.lineIndex.lineBreakCounts.crlf > 0
    }

    /// The diagnostic message for `defect`.
    public func message(for defect: ParseDefect) -> String {
        defect.kind == .bareCarriageReturn ? "a line ends in a bare CR" : "bare LF line endings mixed with CR LF"
    }
}
