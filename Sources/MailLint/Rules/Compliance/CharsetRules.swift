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

/// `charset-mismatch`: a text part whose bytes were written in another charset than the
/// one it declares.
public struct CharsetMismatchRule: DefectRule {
    /// The parser defects this rule reports.
    public static let defectKinds: Set<DefectKind> = [.charsetDecodingError, .charsetMislabelled]

    /// What the rule is: id, docs, references, options and examples.
    public static let description = RuleDescription(
        id: "charset-mismatch",
        summary: "a text part is written in another charset than the one it declares",
        rationale: """
            The text was written in another charset than the one declared (often UTF-8 text \
            labelled ISO-8859-1, or Windows-1252 labelled UTF-8): the reader sees replacement \
            characters or mojibake (`Ã©` for `é`).
            """,
        defaultSeverity: .warning, category: .compliance,
        references: [.rfc(2046, "4.1.2", "the charset parameter")],
        examples: RuleExamples(
            triggering: RuleExample(
                "From: a@example.org\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n↓caf=E9\n"
            ),
            RuleExample("From: a@example.org\nContent-Type: text/plain; charset=iso-8859-1\n\n↓café\n"),
            passing: RuleExample("From: a@example.org\nContent-Type: text/plain; charset=utf-8\n\ncafé\n"),
            RuleExample(
                "From: a@example.org\nContent-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: quoted-printable\n\ncaf=E9\n"
            )))

    /// Creates the rule.
    public init() {}

    /// The diagnostic message for `defect`.
    public func message(for defect: ParseDefect) -> String {
        defect.kind == .charsetMislabelled
            ? "the text is UTF-8 but declares another charset" : "the text is not valid in its declared charset"
    }
}

/// `charset-missing`: 8-bit text without a declared charset.
public struct CharsetMissingRule: Rule {
    /// What the rule is: id, docs, references, options and examples.
    public static let description = RuleDescription(
        id: "charset-missing",
        summary: "a text part holds non-ASCII bytes but declares no charset",
        rationale: """
            Without a `charset` parameter a text part is US-ASCII (RFC 2045 §5.2, RFC 2046 \
            §4.1.2); bytes above 127 then have no meaning, and each client guesses: UTF-8 in \
            one, Windows-1252 in another, mojibake for some readers. Declare the charset the \
            text is written in (`charset=utf-8`).
            """,
        defaultSeverity: .warning, category: .compliance,
        references: [.rfc(2046, "4.1.2", "charset parameter"), .rfc(2045, "5.2", "Content-Type defaults")],
        examples: RuleExamples(
            triggering: RuleExample("↓From: a@x.example\n\nCafé\n"),
            RuleExample("↓From: a@x.example\nContent-Type: text/html\n\n<p>Grüße</p>\n"),
            RuleExample(
                "From: a@x.example\nContent-Type: multipart/alternative; boundary=b\n\n--b\nContent-Type: text/plain; charset=utf-8\n\nCafé\n--b\n↓Content-Type: text/html\nContent-Transfer-Encoding: quoted-printable\n\n<p>Caf=C3=A9</p>\n--b--\n"
            ),
            passing: RuleExample("From: a@x.example\nContent-Type: text/plain; charset=utf-8\n\nCafé\n"),
            RuleExample("From: a@x.example\n\nplain ASCII only\n"),
            RuleExample("From: a@x.example\nContent-Type: text/html\n\n<p>Caf&eacute;</p>\n")))

    /// Creates the rule.
    public init() {}

    /// The findings on one message.
    public func check(_ context: LintContext, options: RuleOptions) -> [Finding] {
        context.textParts.compactMap { part, decoded in
            guard part.contentType.charset == nil else { return nil }
            let read = decoded.withBytes { bytes -> (first: Int, count: Int, isUTF8: Bool)? in
                guard let first = bytes.firstIndex(where: { $0 >= 0x80 }) else { return nil }
                return (first, bytes.reduce(0) { $0 + ($1 >= 0x80 ? 1 : 0) }, Charset.isValidUTF8(bytes))
            }
            guard let (first, count, isUTF8) = read else { return nil }
            let line = context.message.location(of: decoded.body.rawOffset(forDecoded: first)).line
            let guess = isUTF8 ? "UTF-8" : "Windows-1252"
            return Finding(
                .part(part), "the \(part.contentType.mimeType) part has non-ASCII bytes and no charset",
                evidence: [
                    Evidence("non-ASCII bytes", "\(count), the first on line \(line)"),
                    Evidence("read as", "\(guess) (a guess; clients may guess otherwise)"),
                ],
                fix: "declare the charset: Content-Type: \(part.contentType.mimeType); charset=\(guess.lowercased())")
        }
    }
}
