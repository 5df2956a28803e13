/// `header-syntax-invalid`: header lines that RFC 5322 does not allow.
public struct HeaderSyntaxInvalidRule: DefectRule {
    /// The parser defects this rule reports.
    public static let defectKinds: Set<DefectKind> = [
        .envelopeLine, .firstLineIsContinuation, .missingHeaderBodySeparator, .byteOrderMark,
        .whitespaceBeforeColon, .whitespaceOnlyContinuation, .nulByte,
    ]

    /// What the rule is: id, docs, references, options and examples.
    public static let description = RuleDescription(
        id: "header-syntax-invalid",
        summary: "a header line is not a valid RFC 5322 field",
        rationale: """
            Gmail rejects messages with malformed header fields (550 5.7.1), and receivers read a \
            broken header differently: a line without a colon ends the header early, so every field \
            after it becomes body text; an mbox "From " line, a byte order mark or a NUL byte is not \
            part of a message.
            """,
        defaultSeverity: .error, category: .compliance,
        references: [
            .rfc(5322, "2.2", "header fields"), .rfc(5322, "4.5", "obsolete header fields"),
            RuleReference(
                "Gmail SMTP errors: malformed header (550 5.7.1)", "https://support.google.com/a/answer/3726730"),
        ],
        examples: RuleExamples(
            triggering: RuleExample("From: a@example.org\nSubject↓ : hello\n\nbody\n"),
            RuleExample("From: a@example.org\n↓this line is not a field\nTo: b@example.net\n\nbody\n"),
            RuleExample("↓From a@example.org Mon Jan  1 00:00:00 2024\nFrom: a@example.org\n\nbody\n"),
            passing: RuleExample("From: a@example.org\nSubject: hello\n  folded\n\nbody\n")))

    /// Creates the rule.
    public init() {}

    /// The diagnostic message for `defect`.
    public func message(for defect: ParseDefect) -> String {
        switch defect.kind {
        case .missingHeaderBodySeparator: return "a line in the header is not a field; the header ends here"
        case .byteOrderMark: return "the header starts with a UTF-8 byte order mark, so receivers read no field"
        case .whitespaceBeforeColon: return "white space between a field name and its colon"
        case .envelopeLine: return "the message starts with an mbox \"From \" line"
        case .firstLineIsContinuation: return "the header starts with a folded continuation line"
        case .whitespaceOnlyContinuation: return "a folded header line holds only white space"
        default: return "a NUL byte in the header"
        }
    }
}
