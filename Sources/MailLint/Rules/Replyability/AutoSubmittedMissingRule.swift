/// `auto-submitted-missing`: an automated message without `Auto-Submitted`.
public struct AutoSubmittedMissingRule: Rule {
    /// What the rule is: id, docs, references, options and examples.
    public static let description = RuleDescription(
        id: "auto-submitted-missing",
        summary: "an automated message has no Auto-Submitted field",
        rationale: """
            Vacation responders and other automatic answerers are asked not to answer messages \
            marked `Auto-Submitted: auto-generated` (RFC 3834 §5), which keeps them from replying \
            to a do-not-reply sender or a mailing, and keeps loops from starting. A message from \
            a do-not-reply address, or a bulk message, is automated and should say so.
            """,
        defaultSeverity: .info, category: .replyability,
        references: [.rfc(3834, "5", "the Auto-Submitted header field")],
        examples: RuleExamples(
            triggering: RuleExample("↓From: noreply@example.org\nSubject: Your receipt\n\nThanks\n"),
            RuleExample("↓From: news@example.org\nList-Unsubscribe: <https://example.org/u/1>\n\nNews\n"),
            RuleExample("↓From: Shop <do-not-reply@shop.example>\n\nOrder shipped\n"),
            RuleExample("↓From: news@example.org\nPrecedence: bulk\n\nNews\n"),
            RuleExample("↓From: alerts@example.org\nFeedback-ID: 1:2:3:esp\n\nAlert\n"),
            passing: RuleExample("From: noreply@example.org\nAuto-Submitted: auto-generated\n\nThanks\n"),
            RuleExample("From: Ana <ana@example.org>\n\nHi Ben\n"),
            RuleExample(
                "From: news@example.org\nList-Id: <news.example.org>\nAuto-Submitted: auto-generated\n\nNews\n"),
            RuleExample("From: support@example.org\nIn-Reply-To: <1@example.net>\n\nAnswer\n"),
            RuleExample("From: noreply@example.org\nAuto-Submitted: auto-replied\n\nAway\n")))

    /// Creates the rule.
    public init() {}

    /// The findings on one message.
    public func check(_ context: LintContext, options: RuleOptions) -> [Finding] {
        guard !context.header.contains("Auto-Submitted") else { return [] }
        let classification = context.classification
        guard context.fromIsDoNotReply || classification.kind == .bulk else { return [] }
        let why =
            context.fromIsDoNotReply
            ? "the sender is a do-not-reply address" : "the message is \(classification.explanation)"
        return [
            Finding(
                .message, "an automated message has no Auto-Submitted field",
                evidence: [Evidence("automated because", why)],
                fix: "add Auto-Submitted: auto-generated")
        ]
    }
}
