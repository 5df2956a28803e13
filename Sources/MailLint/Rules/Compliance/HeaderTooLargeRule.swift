/// `header-too-large`: more header fields or header bytes than a receiver accepts.
public struct HeaderTooLargeRule: DefectRule {
    /// The parser defects this rule reports.
    public static let defectKinds: Set<DefectKind> = [.tooManyHeaderFields, .headerBlockTooLarge, .tooManyEncodedWords]

    /// What the rule is: id, docs, references, options and examples.
    public static let description = RuleDescription(
        id: "header-too-large",
        summary: "the header has more fields or bytes than receivers accept",
        rationale: """
            Gmail rejects messages whose headers exceed its size limits (552 5.3.4) and Yahoo \
            "header too big". MailParser stops reading a header at 10,000 fields or 4 MiB, and \
            stops decoding a field after 10,000 encoded words.
            """,
        defaultSeverity: .error, category: .compliance,
        references: [
            RuleReference(
                "Gmail SMTP errors: header size limits (552 5.3.4)", "https://support.google.com/a/answer/3726730")
        ],
        examples: RuleExamples(
            triggering: RuleExample(
                "From: a@example.org\n" + String(repeating: "X-Filler: 0123456789\n", count: 9_999)
                    + "↓X-One-Too-Many: 1\n\nbody\n"),
            RuleExample(
                "From: a@example.org\nSubject:" + String(repeating: " =?utf-8?q?a?=\n", count: 10_000)
                    + " ↓=?utf-8?q?b?=\n\nbody\n"),
            passing: RuleExample("From: a@example.org\nX-Filler: 0123456789\n\nbody\n"),
            RuleExample(
                "From: a@example.org\nSubject:" + String(repeating: " =?utf-8?q?a?=\n", count: 100) + "\nbody\n")))

    /// Creates the rule.
    public init() {}

    /// The diagnostic message for `defect`.
    public func message(for defect: ParseDefect) -> String {
        switch defect.kind {
        case .tooManyHeaderFields: return "more header fields than the limit"
        case .tooManyEncodedWords: return "more encoded words in one field than the limit"
        default: return "a header block larger than the limit"
        }
    }
}
