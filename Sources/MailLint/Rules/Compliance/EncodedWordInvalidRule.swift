/// `encoded-word-invalid`: RFC 2047 encoded words that break the RFC's rules.
public struct EncodedWordInvalidRule: DefectRule {
    /// The parser defects this rule reports.
    public static let defectKinds: Set<DefectKind> = [
        .encodedWordMalformed, .encodedWordTooLong, .encodedWordNotDelimited, .encodedWordInQuotedString,
        .encodedWordInAddress,
    ]

    /// What the rule is: id, docs, references, options and examples.
    public static let description = RuleDescription(
        id: "encoded-word-invalid",
        summary: "an RFC 2047 encoded word is malformed, too long or in a place it may not stand",
        rationale: """
            Encoded words carry non-ASCII text in headers. One that is longer than 75 characters, \
            glued to other text, inside quotes or inside an address is not decoded by strict \
            receivers, and the reader sees "=?utf-8?Q?...?=" instead of the name or subject.
            """,
        defaultSeverity: .warning, category: .compliance,
        references: [.rfc(2047, "2", "syntax and length"), .rfc(2047, "5", "where encoded words may appear")],
        examples: RuleExamples(
            triggering: RuleExample("From: a@example.org\nSubject: Re:↓=?utf-8?Q?caf=C3=A9?=\n\nbody\n"),
            RuleExample("From: ↓\"=?utf-8?Q?J=C3=BCrgen?=\" <j@example.org>\n\nbody\n"),
            passing: RuleExample(
                "From: =?utf-8?Q?J=C3=BCrgen?= <j@example.org>\nSubject: Re: =?utf-8?Q?caf=C3=A9?=\n\nbody\n")))

    /// Creates the rule.
    public init() {}

    /// The diagnostic message for `defect`.
    public func message(for defect: ParseDefect) -> String {
        switch defect.kind {
        case .encodedWordTooLong: return "an encoded word is longer than 75 characters"
        case .encodedWordNotDelimited: return "an encoded word is not separated from the text around it"
        case .encodedWordInQuotedString: return "an encoded word inside a quoted string"
        case .encodedWordInAddress: return "an encoded word inside an address"
        default: return "text that looks like an encoded word is not one"
        }
    }
}
