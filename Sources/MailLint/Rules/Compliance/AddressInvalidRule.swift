/// `address-invalid`: an address field element that is not a valid mailbox.
public struct AddressInvalidRule: DefectRule {
    /// The parser defects this rule reports.
    public static let defectKinds: Set<DefectKind> = [
        .invalidAddress, .addressWithoutDomain, .unterminatedToken, .obsoleteRoute,
    ]

    /// What the rule is: id, docs, references, options and examples.
    public static let description = RuleDescription(
        id: "address-invalid",
        summary: "an address field holds something that is not a valid mailbox",
        rationale: """
            Gmail rejects messages "missing a valid address in the From: header", and Yahoo \
            addresses with forbidden characters. A recipient list with a broken entry loses that \
            recipient, or all of them, depending on the receiver.
            """,
        defaultSeverity: .error, category: .compliance,
        references: [
            .rfc(5322, "3.4", "address specification"), .rfc(5322, "4.4", "obsolete addressing"),
            RuleReference(
                "Gmail SMTP errors: invalid From address (550 5.7.1)", "https://support.google.com/a/answer/3726730"),
        ],
        examples: RuleExamples(
            triggering: RuleExample("From: a@example.org\nTo: ↓undisclosed-recipients\n\nbody\n"),
            RuleExample("From: Ann ↓<ann@example.org\n\nbody\n"),
            passing: RuleExample("From: Ann <ann@example.org>\nTo: undisclosed-recipients:;\n\nbody\n")))

    /// Creates the rule.
    public init() {}

    /// The diagnostic message for `defect`.
    public func message(for defect: ParseDefect) -> String {
        switch defect.kind {
        case .addressWithoutDomain: return "an address without @domain"
        case .unterminatedToken: return "a quote, comment or angle bracket is never closed"
        case .obsoleteRoute: return "an obsolete source route in an address"
        default: return "an address field element is not a mailbox"
        }
    }
}
