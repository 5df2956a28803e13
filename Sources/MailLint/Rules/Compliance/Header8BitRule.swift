/// `header-8bit`: raw non-ASCII bytes in a header without SMTPUTF8.
public struct Header8BitRule: DefectRule {
    /// The parser defects this rule reports.
    public static let defectKinds: Set<DefectKind> = [.header8Bit]

    /// What the rule is: id, docs, references, options and examples.
    public static let description = RuleDescription(
        id: "header-8bit",
        summary: "a header field holds raw non-ASCII bytes",
        rationale: """
            Header fields must be US-ASCII unless the message is sent with SMTPUTF8 (RFC 6531/6532). \
            Gmail rejects "a unicode character in a disallowed header" and Yahoo "header values that \
            cannot be decoded". Encode non-ASCII text as RFC 2047 encoded words, or set "smtputf8": \
            true in the configuration when the mail really goes out with SMTPUTF8.
            """,
        defaultSeverity: .error, category: .compliance,
        references: [
            .rfc(5322, "2.2", "header fields are US-ASCII"), .rfc(6532, "3", "UTF-8 headers need SMTPUTF8"),
            RuleReference(
                "Gmail SMTP errors: unicode character in a disallowed header",
                "https://support.google.com/a/answer/3726730"),
        ],
        examples: RuleExamples(
            triggering: RuleExample("From: a@example.org\nSubject: Caf↓é ouvert\n\nbody\n"),
            passing: RuleExample("From: a@example.org\nSubject: =?utf-8?Q?Caf=C3=A9_ouvert?=\n\nbody\n")))

    /// Creates the rule.
    public init() {}

    /// Whether to report `defect` here.
    public func shouldReport(_ defect: ParseDefect, in context: LintContext, options: RuleOptions) -> Bool {
        !context.configuration.smtputf8
    }

    /// The diagnostic message for `defect`.
    public func message(for defect: ParseDefect) -> String {
        "raw non-ASCII bytes in \(defect.headerName ?? "a header field") without SMTPUTF8"
    }
}
