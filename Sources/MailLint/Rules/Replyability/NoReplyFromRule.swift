/// `noreply-from`: the sender is a do-not-reply address.
public struct NoReplyFromRule: Rule {
    /// What the rule is: id, docs, references, options and examples.
    public static let description = RuleDescription(
        id: "noreply-from",
        summary: "the From or Sender address is a do-not-reply address",
        rationale: """
            A reader who answers a message expects a person to read the answer. A do-not-reply \
            sender (noreply@, no-reply@, donotreply@, nepasrepondre@, nichtantworten@, …) sends \
            every reply into a void, or into a bounce. Microsoft's bulk-sender hygiene asks that \
            the From or Reply-To address "can receive replies"; CAN-SPAM wants a functioning \
            return address. Send from an address someone reads, or at least add a Reply-To that \
            reaches a person. Allow deliberate exceptions with `allow.senders` or \
            `allow.sender-domains`.
            """,
        defaultSeverity: .warning, category: .replyability,
        references: [
            RuleReference(
                "Microsoft: sender addresses must be able to receive replies (2 Apr 2025)",
                "https://techcommunity.microsoft.com/blog/microsoftdefenderforoffice365blog/strengthening-email-ecosystem-outlook%E2%80%99s-new-requirements-for-high%E2%80%90volume-senders/4399730"
            ),
            RuleReference(
                "FTC: CAN-SPAM Act compliance guide (a functioning return address)",
                "https://www.ftc.gov/business-guidance/resources/can-spam-act-compliance-guide-business"),
        ],
        options: [
            RuleOption("extra-patterns", .stringList, default: .array([]), "more do-not-reply local-part patterns")
        ],
        examples: RuleExamples(
            triggering: RuleExample("From: Acme <↓no-reply@acme.example>\nSubject: Your order\n\nThanks\n"),
            RuleExample("From: ↓noreply@mail.example.com\n\nbody\n"),
            RuleExample("From: \"Shop\" <↓DoNotReply+orders@shop.example>\n\nbody\n"),
            RuleExample("From: Banque <↓ne_pas_repondre@banque.example>\n\nbody\n"),
            RuleExample("From: Versand <↓nicht.antworten@versand.example>\n\nbody\n"),
            RuleExample("From: Loja <↓nao-responda@loja.example>\n\nbody\n"),
            RuleExample("From: Do Not Reply <↓alerts@bank.example>\n\nbody\n"),
            RuleExample("From: Club <↓clubinfo@donotreply.club.example>\n\nbody\n"),
            RuleExample("From: Team <team@example.org>\nSender: ↓bounce-noreply@esp.example\n\nbody\n"),
            RuleExample(
                "From: Robot <↓robot@example.org>\n\nbody\n", options: ["extra-patterns": .array([.string("robot")])]),
            passing: RuleExample("From: Acme Support <support@acme.example>\n\nbody\n"),
            RuleExample("From: Ana <ana@example.org>\n\nbody\n"),
            RuleExample("From: Reply Team <replies@example.org>\n\nbody\n"),
            RuleExample("From: Nora <nora.eply@example.org>\n\nbody\n"),
            RuleExample("From: Info <info@snoreplyco.example>\n\nbody\n"),
            RuleExample(
                "From: Harbour Books <news@harbourbooks.example>\nReply-To: hello@harbourbooks.example\n\nbody\n")))

    /// Creates the rule.
    public init() {}

    /// The findings on one message.
    public func check(_ context: LintContext, options: RuleOptions) -> [Finding] {
        let extra = options.strings("extra-patterns")
        var findings: [Finding] = []
        for (header, list) in [("From", context.from), ("Sender", context.sender)] {
            for mailbox in list.mailboxes {
                guard
                    let (match, byName) = DoNotReplyPatterns.match(
                        mailbox, configuration: context.configuration, extra: extra)
                else { continue }
                findings.append(
                    Finding(
                        .bytes(mailbox.addressRange, part: nil, header: header),
                        byName
                            ? "the \(header) display name says replies are not read"
                            : "the \(header) address is a do-not-reply address",
                        evidence: [
                            Evidence("address", mailbox.address), Evidence("header", header),
                            Evidence(byName ? "display name" : "pattern", "\(match.pattern) (\(match.language))"),
                        ],
                        fix: "send from an address a person reads, or add a Reply-To that reaches one"))
            }
        }
        return findings
    }
}
