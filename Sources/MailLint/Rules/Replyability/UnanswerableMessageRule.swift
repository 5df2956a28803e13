/// `unanswerable-message`: no reply path reaches a person.
public struct UnanswerableMessageRule: Rule {
    /// What the rule is: id, docs, references, options and examples.
    public static let description = RuleDescription(
        id: "unanswerable-message",
        summary: "no reply path reaches a person",
        rationale: """
            The address a reply goes to (Reply-To if present, else From) is a do-not-reply \
            address, or the text says replies are not read — and the message offers no other \
            way to reach a person: no mailto link to an address that is read nor such an \
            address written out (the reader's own does not count), no contact, support or help \
            link (or "click here" whose sentence says so), no phone number. The reader is shut \
            out. Microsoft asks that From or Reply-To can receive replies; CAN-SPAM wants a \
            functioning return address; UK PECR a valid address for opt-out requests.
            """,
        defaultSeverity: .error, category: .replyability,
        references: [
            RuleReference(
                "Microsoft: From or Reply-To must be able to receive replies (2 Apr 2025)",
                "https://techcommunity.microsoft.com/blog/microsoftdefenderforoffice365blog/strengthening-email-ecosystem-outlook%E2%80%99s-new-requirements-for-high%E2%80%90volume-senders/4399730"
            ),
            RuleReference(
                "FTC: CAN-SPAM Act compliance guide (a functioning return address)",
                "https://www.ftc.gov/business-guidance/resources/can-spam-act-compliance-guide-business"),
            RuleReference("UK PECR regulation 23", "https://www.legislation.gov.uk/uksi/2003/2426/regulation/23"),
        ],
        examples: RuleExamples(
            triggering: RuleExample("↓From: noreply@acme.example\nSubject: Reset\n\nYour code is 1234.\n"),
            RuleExample(
                "↓From: Acme <acme@acme.example>\nReply-To: do-not-reply@acme.example\n\nYour order shipped.\n"),
            RuleExample("↓From: orders@acme.example\n\nYour order shipped. Please do not reply to this email.\n"),
            RuleExample(
                "↓From: noreply@acme.example\nContent-Type: text/html\n\n<p>Questions? <a href=\"mailto:noreply@acme.example\">Write us</a></p>\n"
            ),
            RuleExample(
                "↓From: noreply@acme.example\nContent-Type: text/html\n\n<p><a href=\"https://acme.example/contact\" style=\"display:none\">Contact</a></p>\n"
            ),
            RuleExample("↓From: no-reply@acme.example\nReply-To: <>\n\nYour invoice is attached.\n"),
            RuleExample("↓From: no-reply@acme.example\n\nOrder number 20261123456 has shipped.\n"),
            RuleExample("↓From: no-reply@acme.example\n\nYour hotel 20261123 is booked.\n"),
            passing: RuleExample("From: Ana <ana@example.org>\n\nHi Ben\n"),
            RuleExample("From: noreply@acme.example\nReply-To: support@acme.example\n\nYour code is 1234.\n"),
            RuleExample("From: noreply@acme.example\n\nQuestions? Write to help@acme.example.\n"),
            RuleExample(
                "From: noreply@acme.example\nContent-Type: text/html\n\n<p>Questions? <a href=\"https://acme.example/contact\">Contact us</a></p>\n"
            ),
            RuleExample("From: noreply@acme.example\n\nPlease do not reply. Call us: +49 30 1234 5678\n"),
            RuleExample("From: noreply@acme.example\nContent-Type: text/html\n\n<p>Fragen? Telefon: 030 1234567</p>\n"))
    )

    /// Creates the rule.
    public init() {}

    /// The findings on one message.
    public func check(_ context: LintContext, options: RuleOptions) -> [Finding] {
        // An empty Reply-To (`Reply-To: <>`) is no reply path: replies fall back to From.
        let replyTo = context.replyTo.mailboxes.filter { !$0.address.isEmpty }
        let replyTarget = replyTo.isEmpty ? context.from.mailboxes : replyTo
        let targetHeader = replyTo.isEmpty ? "From" : "Reply-To"
        let doNotReply = replyTarget.filter {
            DoNotReplyPatterns.match($0, configuration: context.configuration) != nil
        }
        let targetIsDead = !replyTarget.isEmpty && doNotReply.count == replyTarget.count
        let phrases = targetIsDead ? [] : context.deadEndFindings
        guard targetIsDead || !phrases.isEmpty else { return [] }
        guard context.contactPaths.isEmpty, context.htmlIsAnalysedWhole else { return [] }
        var evidence: [Evidence] = []
        if targetIsDead {
            evidence.append(
                Evidence(
                    "replies go to",
                    "\(targetHeader): \(doNotReply.map(\.address).joined(separator: ", ")) (do-not-reply)"))
        }
        if let phrase = phrases.first?.evidence.first(where: { $0.label == "phrase" }) {
            evidence.append(Evidence("the text says", phrase.value))
        }
        evidence.append(
            Evidence(
                "looked for",
                "a Reply-To that is read, mailto links to addresses that are read, tel: links, "
                    + "contact/support/help links, addresses and phone numbers in the text: none found"))
        let searched = context.bodyTexts.map { "part \($0.part.path) \($0.part.contentType.mimeType)" }
        evidence.append(
            Evidence(
                "searched",
                searched.isEmpty ? "the header (the message has no text part)" : searched.joined(separator: ", ")))
        return [
            Finding(
                .message, "no reply path reaches a person", evidence: evidence,
                fix:
                    "let replies reach a person (a Reply-To that is read), or give a contact address, page or phone number"
            )
        ]
    }
}
