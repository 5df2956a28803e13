/// `from-multiple-addresses`: more than one mailbox in From.
public struct FromMultipleAddressesRule: Rule {
    /// What the rule is: id, docs, references, options and examples.
    public static let description = RuleDescription(
        id: "from-multiple-addresses",
        summary: "the From field lists more than one address",
        rationale: """
            Gmail rejects "messages with multiple addresses in the From: header" (550 5.7.1) and \
            asks that From hold only one address. RFC 5322 allows several authors only with a \
            Sender field naming the one who sent it.
            """,
        defaultSeverity: .error, category: .compliance,
        references: [
            .rfc(5322, "3.6.2", "more than one author requires Sender"),
            RuleReference("Gmail sender guidelines: one address in From", "https://support.google.com/a/answer/81126"),
        ],
        examples: RuleExamples(
            triggering: RuleExample("From: Ann <ann@example.org>, ↓Bob <bob@example.org>\n\nbody\n"),
            passing: RuleExample("From: Ann <ann@example.org>\n\nbody\n")))

    /// Creates the rule.
    public init() {}

    /// The findings on one message.
    public func check(_ context: LintContext, options: RuleOptions) -> [Finding] {
        let mailboxes = context.from.mailboxes
        guard mailboxes.count > 1 else { return [] }
        let hasSender = context.header.contains("Sender")
        return mailboxes.dropFirst().map { mailbox in
            Finding(
                .bytes(mailbox.range, part: nil, header: "From"),
                hasSender
                    ? "From lists more than one address (Gmail rejects it even with Sender)"
                    : "From lists more than one address and there is no Sender",
                evidence: [Evidence("addresses", mailboxes.map(\.address).joined(separator: ", "))],
                fix: "keep one address in From; put the others in Reply-To or Cc")
        }
    }
}
