/// `display-name-misleading`: a From display name that impersonates or pressures.
public struct DisplayNameMisleadingRule: Rule {
    /// Words that make a sender's name a call to panic, folded (see `FoldedText`).
    static let urgencyPhrases = [
        "urgent", "action required", "immediate action", "final notice", "final warning", "account suspended",
        "security alert", "verify now", "last chance", "dringend", "sofort handeln", "letzte mahnung", "urgente",
        "action requise", "dernier avis", "acción requerida", "ação necessária", "azione richiesta",
    ]
    static let urgencyMatcher = PhraseMatcher<String>(urgencyPhrases.map { ($0, $0) })

    /// What the rule is: id, docs, references, options and examples.
    public static let description = RuleDescription(
        id: "display-name-misleading",
        summary:
            "the From display name holds another domain's address, a word of false urgency, or the recipient's own name",
        rationale: """
            Gmail's sender guidelines ask that display names not mislead: a name such as \
            "support@bank.example" on mail from another domain, "URGENT – Action required", or \
            the recipient's own address makes the reader trust or fear a message for the \
            wrong reason, and is what phishing does; filters score it. CAN-SPAM forbids \
            misleading header information. Name the organisation that sends.
            """,
        defaultSeverity: .warning, category: .compliance,
        references: [
            RuleReference("Gmail email sender guidelines (display names)", "https://support.google.com/a/answer/81126"),
            UnsubscribeReferences.canSpam,
        ],
        examples: RuleExamples(
            triggering: RuleExample("From: ↓\"support@bank.example\" <alerts@mailer.example>\n\nbody\n"),
            RuleExample("From: ↓\"URGENT: Action required\" <billing@shop.example>\n\nbody\n"),
            RuleExample("From: ↓\"reader@example.com\" <news@shop.example>\nTo: reader@example.com\n\nbody\n"),
            RuleExample("From: ↓Dringend - Ihr Konto <info@shop.example>\n\nbody\n"),
            RuleExample(
                "From: ↓\"Ana Lima\" <news@shop.example>\nTo: Ana Lima <ana@example.com>\nList-Id: <n.shop.example>\n\nbody\n"
            ),
            passing: RuleExample("From: Harbour Books <news@harbourbooks.example>\n\nbody\n"),
            RuleExample("From: \"support@harbourbooks.example\" <support@harbourbooks.example>\n\nbody\n"),
            RuleExample(
                "From: \"Harbour Books (via news@mail.harbourbooks.example)\" <news@harbourbooks.example>\n\nbody\n"),
            RuleExample("From: Ana Lima <ana@example.com>\nTo: Ben <ben@example.net>\n\nbody\n"),
            RuleExample("From: Ana Lima <ana@example.com>\nTo: Ana Lima <ana.lima@work.example>\n\nbody\n"),
            RuleExample("From: Urgent Care Clinic Staff <front-desk@clinic.example>\n\nbody\n")))

    /// Creates the rule.
    public init() {}

    /// The findings on one message.
    public func check(_ context: LintContext, options: RuleOptions) -> [Finding] {
        // A person writing to someone of the same name, or to themselves elsewhere, is not
        // impersonating: the recipient-name check is for bulk and transactional mail.
        let recipients = context.classification.kind == .personal ? [] : context.to.mailboxes
        let suffixes = PublicSuffixList.bundled
        var findings: [Finding] = []
        for mailbox in context.from.mailboxes {
            guard let name = mailbox.displayName, !name.isEmpty else { continue }
            let anchor = Finding.Anchor.bytes(mailbox.range, part: nil, header: "From")
            let domain = suffixes.organisationalDomain(of: mailbox.normalizedDomain ?? "")
            var problem: (String, [Evidence])?
            if let address = Self.address(in: name), suffixes.organisationalDomain(of: address.domain) != domain {
                problem = (
                    "the display name shows the address \(address.text), of another domain than the sender's",
                    [Evidence("display name", name), Evidence("sender", mailbox.address)]
                )
            } else if let recipient = recipients.first(where: {
                // Mail to oneself, or to a colleague of the same organisation, is not impersonation.
                suffixes.organisationalDomain(of: $0.normalizedDomain ?? "") != domain
                    && (name.lowercased() == $0.address.lowercased()
                        || ($0.displayName.map { !$0.isEmpty && $0.lowercased() == name.lowercased() } ?? false))
            }) {
                problem = (
                    "the display name is the recipient's own name or address",
                    [Evidence("display name", name), Evidence("recipient", recipient.address)]
                )
            } else if let match = Self.urgencyMatcher.matches(in: FoldedText.key(name)).first,
                // "Urgent Care" is a kind of clinic, not a call to panic.
                !name.lowercased().contains("urgent care")
            {
                problem = ("the display name presses with “\(match.payload)”", [Evidence("display name", name)])
            }
            if let (message, evidence) = problem {
                findings.append(
                    Finding(anchor, message, evidence: evidence, fix: "use the name of the organisation that sends"))
            }
        }
        return findings
    }

    /// The first `local@domain` in `text`, or nil.
    static func address(in text: String) -> (text: String, domain: String)? {
        for word in text.split(whereSeparator: { " \t<>()[],;:\"'".contains($0) }) where word.contains("@") {
            let parts = word.split(separator: "@", omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[0].isEmpty, parts[1].contains(".") else { continue }
            return (String(word), parts[1].lowercased())
        }
        return nil
    }
}
