/// `transfer-encoding-invalid`: a body that does not decode as its transfer encoding says.
public struct TransferEncodingInvalidRule: DefectRule {
    /// The parser defects this rule reports.
    public static let defectKinds: Set<DefectKind> = [
        .unknownTransferEncoding, .base64InvalidCharacters, .base64InvalidPadding, .quotedPrintableInvalidEscape,
        .compositeTransferEncoding, .decodedSizeLimit, .eightBitIn7Bit, .encodedLineTooLong,
    ]

    /// What the rule is: id, docs, references, options and examples.
    public static let description = RuleDescription(
        id: "transfer-encoding-invalid",
        summary: "a body does not decode as its Content-Transfer-Encoding says, or breaks its rules",
        rationale: """
            Clients that meet invalid base64 or quoted-printable show garbage, drop the part, or \
            show the raw encoding; what the reader sees is not what the sender wrote. A 7bit \
            part (declared, or by default) with bytes above 127 is 8-bit data in disguise, which \
            relays may mangle; quoted-printable and base64 lines over 76 characters break RFC \
            2045 and some gateways rewrap them. Text parts are checked (attachments are not \
            decoded).
            """,
        defaultSeverity: .warning, category: .compliance,
        references: [.rfc(2045, "6", "Content-Transfer-Encoding"), .rfc(2045, "6.8", "base64")],
        examples: RuleExamples(
            triggering: RuleExample(
                "From: a@example.org\nContent-Transfer-Encoding: quoted-printable\n\n100↓=% sure\n"),
            RuleExample("From: a@example.org\n↓Content-Transfer-Encoding: 7-bit\n\nbody\n"),
            RuleExample("From: a@example.org\nContent-Type: text/plain; charset=utf-8\n\nCaf↓é\n"),
            RuleExample(
                "From: a@example.org\nContent-Transfer-Encoding: quoted-printable\n\n↓"
                    + String(repeating: "a", count: 77)
                    + "\n", reencoded: false),
            RuleExample(
                "From: a@example.org\nContent-Transfer-Encoding: base64\n\n↓" + String(repeating: "QUJD", count: 20)
                    + "\n"),
            passing: RuleExample("From: a@example.org\nContent-Transfer-Encoding: quoted-printable\n\n100=25 sure\n"),
            RuleExample(
                "From: a@example.org\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\nCafé\n"
            ),
            RuleExample(
                "From: a@example.org\nContent-Transfer-Encoding: base64\n\n" + String(repeating: "QUJD", count: 19)
                    + "\n")))

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
        case .eightBitIn7Bit: return "8-bit bytes in a part that is 7bit"
        case .encodedLineTooLong: return "encoded lines longer than 76 characters"
        default: return "a body decodes to more than the size limit"
        }
    }
}
