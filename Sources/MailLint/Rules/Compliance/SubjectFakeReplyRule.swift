/// `subject-fake-reply`: a "Re:" or "Fwd:" subject on mail that answers nothing.
public struct SubjectFakeReplyRule: Rule {
    /// Reply and forward prefixes, lowercase, in the languages mail clients write them.
    static let prefixes = [
        "re:", "re :", "fwd:", "fw:", "aw:", "wg:", "tr:", "sv:", "vs:", "antw:", "rif:", "r:", "res:", "enc:",
        "odp:", "pd:", "doorst:", "回复:", "回复：", "答复:", "转发:", "転送:", "返信:",
    ]

    /// What the rule is: id, docs, references, options and examples.
    public static let description = RuleDescription(
        id: "subject-fake-reply",
        summary: "the Subject starts with Re: or Fwd: but the message answers or forwards nothing",
        rationale: """
            Applies to bulk and transactional mail. A "Re:" or "Fwd:" in front of a campaign's \
            subject pretends to continue a conversation the reader never had; CAN-SPAM \
            forbids deceptive subject lines and Gmail's sender guidelines name deceptive \
            subjects. A real reply carries In-Reply-To or References; this rule reports the \
            prefix when neither is there.
            """,
        defaultSeverity: .warning, category: .compliance, appliesTo: [.bulk, .transactional],
        references: [
            UnsubscribeReferences.canSpam,
            RuleReference(
                "Gmail email sender guidelines (deceptive subjects)", "https://support.google.com/a/answer/81126"),
        ],
        examples: RuleExamples(
            triggering: RuleExample(
                "From: news@x.example\nList-Id: <n.x.example>\n↓Subject: Re: your order\n\nSale!\n"),
            RuleExample("From: news@x.example\nPrecedence: bulk\n↓Subject: FWD: 50% off today\n\nSale!\n"),
            RuleExample("From: noreply@x.example\n↓Subject: AW: Ihre Anfrage\n\nAngebot\n"),
            RuleExample(
                "From: news@x.example\nList-Id: <n.x.example>\n↓Subject: =?utf-8?q?Re=3A_Deine_Bestellung?=\n\nSale!\n"),
            passing: RuleExample(
                "From: news@x.example\nList-Id: <n.x.example>\nIn-Reply-To: <1@x.example>\nSubject: Re: your question\n\nAnswer\n"
            ),
            RuleExample("From: ana@x.example\nSubject: Re: lunch\n\nSure\n"),
            RuleExample(
                "From: ana@x.example\nList-Id: <dev.lists.x.example>\nList-Post: <mailto:dev@lists.x.example>\nSubject: Re: release plan\n\nAgreed\n"
            ),
            RuleExample("From: news@x.example\nList-Id: <n.x.example>\nSubject: Reading list for May\n\nBooks\n"),
            RuleExample(
                "From: news@x.example\nList-Id: <n.x.example>\nReferences: <1@x.example>\nSubject: Fwd: minutes\n\nSee below\n"
            )))

    /// Creates the rule.
    public init() {}

    /// The findings on one message.
    public func check(_ context: LintContext, options: RuleOptions) -> [Finding] {
        guard let field = context.header.first("Subject"), let subject = context.subject,
            !context.header.contains("In-Reply-To"), !context.header.contains("References"),
            !context.header.contains("List-Post")
        else { return [] }
        let trimmed = subject.drop { $0 == " " || $0 == "\t" }
        let lowered = trimmed.lowercased()
        guard let prefix = Self.prefixes.first(where: { lowered.hasPrefix($0) }) else { return [] }
        return [
            Finding(
                .header(field),
                "the Subject starts with “\(trimmed.prefix(prefix.count))” but the message answers nothing",
                evidence: [Evidence("subject", subject), Evidence("In-Reply-To, References", "none")],
                fix: "drop the reply or forward prefix from the subject")
        ]
    }
}
