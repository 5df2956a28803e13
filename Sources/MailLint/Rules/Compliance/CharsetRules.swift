/// `charset-unknown`: a text part labelled with a charset nobody knows.
public struct CharsetUnknownRule: DefectRule {
    /// The parser defects this rule reports.
    public static let defectKinds: Set<DefectKind> = [.unknownCharset]

    /// What the rule is: id, docs, references, options and examples.
    public static let description = RuleDescription(
        id: "charset-unknown",
        summary: "a text part declares a charset that is not known",
        rationale: """
            A receiver that does not know the charset guesses, and non-ASCII text turns into \
            mojibake. Use utf-8.
            """,
        defaultSeverity: .warning, category: .compliance,
        references: [
            .rfc(2046, "4.1.2", "the charset parameter"),
            RuleReference("IANA character sets", "https://www.iana.org/assignments/character-sets/"),
        ],
        examples: RuleExamples(
            triggering: RuleExample("From: a@example.org\n↓Content-Type: text/plain; charset=x-unknown\n\nbody\n"),
            passing: RuleExample("From: a@example.org\nContent-Type: text/plain; charset=utf-8\n\nbody\n")))

    /// Creates the rule.
    public init() {}

    /// The diagnostic message for `defect`.
    public func message(for defect: ParseDefect) -> String { "unknown charset in Content-Type" }
}

/// `charset-mismatch`: a text part whose bytes are not valid in its declared charset.
public struct CharsetMismatchRule: DefectRule {
    /// The parser defects this rule reports.
    public static let defectKinds: Set<DefectKind> = [.charsetDecodingError]

    /// What the rule is: id, docs, references, options and examples.
    public static let description = RuleDescription(
        id: "charset-mismatch",
        summary: "a text part holds bytes that are not valid in its declared charset",
        rationale: """
            The text was written in another charset than the one declared (often UTF-8 text \
            labelled ISO-8859-1, or Windows-1252 labelled UTF-8): the reader sees replacement \
            characters or mojibake.
            """,
        defaultSeverity: .warning, category: .compliance,
        references: [.rfc(2046, "4.1.2", "the charset parameter")],
        examples: RuleExamples(
            triggering: RuleExample(
                "From: a@example.org\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n↓caf=E9\n"
            ),
            passing: RuleExample("From: a@example.org\nContent-Type: text/plain; charset=utf-8\n\ncafé\n")))

    /// Creates the rule.
    public init() {}

    /// The diagnostic message for `defect`.
    public func message(for defect: ParseDefect) -> String { "the text is not valid in its declared charset" }
}
