/// `mime-structure-invalid`: a MIME structure receivers will split differently.
public struct MIMEStructureInvalidRule: DefectRule {
    /// The parser defects this rule reports.
    public static let defectKinds: Set<DefectKind> = [
        .invalidContentType, .invalidParameter, .duplicateParameter, .invalidParameterContinuation,
        .multipartWithoutBoundary, .invalidBoundary, .startBoundaryNotFound, .closeBoundaryMissing,
        .nestingTooDeep, .tooManyParts, .boundaryClashesWithEnclosing,
    ]

    /// What the rule is: id, docs, references, options and examples.
    public static let description = RuleDescription(
        id: "mime-structure-invalid",
        summary: "the MIME structure is broken: a bad Content-Type, boundary or delimiter",
        rationale: """
            Yahoo rejects "incorrect MIME types" and Gmail "malformed" messages (554 5.6.0). A \
            multipart without its boundary lines or close delimiter is split differently by every \
            client: the unsubscribe footer in the last part may simply not be shown.
            """,
        defaultSeverity: .error, category: .compliance,
        references: [
            .rfc(2045, "5", "Content-Type"), .rfc(2046, "5.1.1", "multipart boundaries"),
            .rfc(2231, "3", "parameter continuations"),
        ],
        examples: RuleExamples(
            triggering: RuleExample(
                "From: a@example.org\n↓Content-Type: multipart/mixed; boundary=b\n\n--b\n\npart one\n--b\n\npart two\n"),
            RuleExample("From: a@example.org\n↓Content-Type: text\n\nbody\n"),
            RuleExample(
                "From: a@example.org\nContent-Type: multipart/mixed; boundary=outer\n\n--outer\n↓Content-Type: multipart/alternative; boundary=outer-2\n\n--outer-2\n\nplain\n--outer-2--\n--outer--\n"
            ),
            // Unquoted, so RFC 2045 parsers (Python's email, MIME::Tools) read the boundary
            // `----` and find no part.
            RuleExample(
                "From: a@example.org\nContent-Type: multipart/mixed; ↓boundary=----=_Part_1\n\n------=_Part_1\n\npart one\n------=_Part_1--\n"
            ),
            passing: RuleExample(
                "From: a@example.org\nContent-Type: multipart/mixed; boundary=b\n\n--b\n\npart one\n--b--\n"),
            RuleExample(
                "From: a@example.org\nContent-Type: multipart/mixed; boundary=\"----=_Part_1\"\n\n------=_Part_1\n\npart one\n------=_Part_1--\n"
            ),
            RuleExample(
                "From: a@example.org\nContent-Type: multipart/mixed; boundary=outer\n\n--outer\nContent-Type: multipart/alternative; boundary=inner\n\n--inner\n\nplain\n--inner--\n--outer--\n"
            )))

    /// Creates the rule.
    public init() {}

    /// The diagnostic message for `defect`.
    public func message(for defect: ParseDefect) -> String {
        switch defect.kind {
        case .closeBoundaryMissing: return "a multipart has no close delimiter"
        case .startBoundaryNotFound: return "no boundary line of the multipart is found"
        case .multipartWithoutBoundary: return "a multipart without a boundary parameter"
        case .invalidBoundary: return "the boundary does not follow RFC 2046"
        case .invalidContentType: return "the Content-Type is not a valid type/subtype"
        case .nestingTooDeep: return "MIME parts are nested too deeply"
        case .tooManyParts: return "the message has too many MIME parts"
        case .boundaryClashesWithEnclosing: return "a nested multipart's boundary begins like an enclosing one's"
        default: return "a Content-Type or Content-Disposition parameter is malformed"
        }
    }
}
