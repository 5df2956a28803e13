/// `transfer-encoding-invalid`: a body that does not decode as its transfer encoding says.
public struct TransferEncodingInvalidRule: DefectRule {
    /// The parser defects this rule reports.
    public static let defectKinds: Set<DefectKind> = [
        .unknownTransferEncoding, .base64InvalidCharacters, .base64InvalidPadding, .quotedPrintableInvalidEscape,
        .compositeTransferEncoding, .decodedSizeLimit,
    ]

    /// What the rule is: id, docs, references, options and examples.
    public static let description = RuleDescription(
        id: "transfer-encoding-invalid",
        summary: "a body does not decode as its Content-Transfer-Encoding says",
        rationale: """
            Clients that meet invalid base64 or quoted-printable show garbage, drop the part, or \
            show the raw encoding; what the reader sees is not what the sender wrote.
            """,
        defaultSeverity: .warning, category: .compliance,
        references: [.rfc(2045, "6", "Content-Transfer-Encoding"), .rfc(2045, "6.8", "base64")],
        examples: RuleExamples(
            triggering: RuleExample(
                "From: a@example.org\nContent-Transfer-Encoding: quoted-printable\n\n100↓=% sure\n"),
            RuleExample("From: a@example.org\n↓Content-Transfer-Encoding: 7-bit\n\nbody\n"),
            passing: RuleExample("From: a@example.org\nContent-Transfer-Encoding: quoted-printable\n\n100=25 sure\n")))

    /// Creates the rule.
    public init() {}

    /// The diagnostic message for `defect`.
    public func message(for defect: ParseDefect) -> String {
        switch defect.kind {
        case .unknownTransferEncoding: return "unknown Content-Transfer-Encoding"
        case .base64InvalidCharacters: return "base64 body with bytes outside the alphabet"
        case .base64InvalidPadding: return "base64 body with bad padding"
        case .quotedPrintableInvalidEscape: return "quoted-printable body with an invalid escape"
        case .compositeTransferEncoding: return "a multipart or message part with a transfer encoding"
        default: return "a body decodes to more than the size limit"
        }
    }
}
