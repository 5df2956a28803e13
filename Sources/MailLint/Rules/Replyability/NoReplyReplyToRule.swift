/// `noreply-reply-to`: replies are directed to a do-not-reply address.
public struct NoReplyReplyToRule: Rule {
    /// What the rule is: id, docs, references, options and examples.
    public static let description = RuleDescription(
        id: "noreply-reply-to",
        summary: "the Reply-To address is a do-not-reply address",
        rationale: """
            Reply-To says where answers should go. Pointing it at a do-not-reply address sends \
            every answer deliberately nowhere, even when the From address would have reached a \
            person: the reader who presses Reply is shut out.
            """,
        defaultSeverity: .warning, category: .replyability,
        references: [
            .rfc(5322, "3.6.2", "Reply-To indicates where replies should be sent"),
            RuleReference(
                "Microsoft: From or Reply-To must be able to receive replies (2 Apr 2025)",
                "https://techcommunity.microsoft.com/blog/microsoftdefenderforoffice365blog/strengthening-email-ecosystem-outlook%E2%80%99s-new-requirements-for-high%E2%80%90volume-senders/4399730"
            ),
        ],
        options: [
            RuleOption("extra-patterns", .stringList, default: .array([]), "more do-not-reply local-part patterns")
        ],
        examples: RuleExamples(
            triggering: RuleExample("From: Ana <ana@example.org>\nReply-To: ↓noreply@example.org\n\nbody\n"),
            RuleExample("From: Shop <shop@example.org>\nReply-To: Shop <↓do-not-reply@example.org>\n\nbody\n"),
            RuleExample("From: a@example.org\nReply-To: ↓svara-inte@butik.example\n\nbody\n"),
            RuleExample("From: a@example.org\nReply-To: ↓niet-beantwoorden@winkel.example\n\nbody\n"),
            RuleExample("From: a@example.org\nReply-To: help@example.org, ↓no_reply@example.org\n\nbody\n"),
            passing: RuleExample("From: noreply@example.org\nReply-To: help@example.org\n\nbody\n"),
            RuleExample("From: a@example.org\n\nbody\n"),
            RuleExample("From: a@example.org\nReply-To: Ana <ana@example.org>\n\nbody\n"),
            RuleExample("From: a@example.org\nReply-To: replies@example.org\n\nbody\n"),
            RuleExample("From: a@example.org\nReply-To: support+tickets@example.org\n\nbody\n")))

    /// Creates the rule.
    public init() {}

    /// The findings on one message.
    public func check(_ context: LintContext, options: RuleOptions) -> [Finding] {
        let extra = options.strings("extra-patterns")
        return context.replyTo.mailboxes.compactMap { mailbox in
            guard
                let (match, byName) = DoNotReplyPatterns.match(
                    mailbox, configuration: context.configuration, extra: extra)
            else { return nil }
            return Finding(
                .bytes(mailbox.addressRange, part: nil, header: "Reply-To"),
                "replies are directed to a do-not-reply address",
                evidence: [
                    Evidence("address", mailbox.address), Evidence("header", "Reply-To"),
                    Evidence(byName ? "display name" : "pattern", "\(match.pattern) (\(match.language))"),
                ],
                fix: "point Reply-To at an address a person reads, or remove it")
        }
    }
}
