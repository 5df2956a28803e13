/// `message-clipped-by-gmail`: an HTML part over the size at which Gmail clips messages.
public struct MessageClippedByGmailRule: Rule {
    static let filler = "<p>" + String(repeating: "Our picks of the week. ", count: 4_800) + "</p>\n"

    /// What the rule is: id, docs, references, options and examples.
    public static let description = RuleDescription(
        id: "message-clipped-by-gmail",
        summary: "an HTML part is larger than 102 KB, where Gmail clips the message",
        rationale: """
            Gmail shows the first 102 KB of a message's HTML and hides the rest behind \
            "[Message clipped] View entire message". What follows the cut — typically the \
            footer with the unsubscribe link, the postal address and the contact details — \
            is not seen by most readers. The rule measures the HTML as it will be rendered \
            (after quoted-printable or base64 decoding) and names the opt-out links that fall \
            past the cut. HTML with more nodes than MailLint analyses is reported by \
            `html-too-large`, which names the line from which nothing was checked.
            """,
        defaultSeverity: .info, category: .compliance, appliesToTemplates: true,
        references: [
            RuleReference(
                "Email on Acid: Gmail clipping at 102 KB",
                "https://www.emailonacid.com/blog/article/email-development/12-things-you-must-know-when-developing-for-gmail-and-gmail-mobile-apps-2/"
            ),
            UnsubscribeReferences.yahoo,
        ],
        options: [RuleOption("limit-kb", .integer, default: .number(102), "the size in KB (1,024 bytes) Gmail keeps")],
        examples: RuleExamples(
            triggering: RuleExample("↓From: a@x.example\nContent-Type: text/html\n\n" + filler),
            RuleExample(
                "From: a@x.example\nContent-Type: multipart/alternative; boundary=b\n\n--b\n\nHi\n--b\n↓Content-Type: text/html\n\n"
                    + filler + "<a href=\"https://x.example/unsubscribe\">Unsubscribe</a>\n--b--\n"),
            RuleExample(
                "↓From: a@x.example\nContent-Type: text/html\n\n<p>" + String(repeating: "x", count: 2_000) + "</p>\n",
                options: ["limit-kb": .number(1)]),
            passing: RuleExample("From: a@x.example\nContent-Type: text/html\n\n<p>Short.</p>\n"),
            RuleExample("From: a@x.example\nContent-Type: text/plain\n\n" + filler),
            RuleExample(
                "From: a@x.example\nContent-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/html\nContent-Disposition: attachment\n\n"
                    + filler + "\n--b--\n")))

    /// Creates the rule.
    public init() {}

    /// The findings on one message.
    public func check(_ context: LintContext, options: RuleOptions) -> [Finding] {
        let limit = options.integer("limit-kb") * 1024
        var findings: [Finding] = []
        for (index, html) in context.htmlParts.enumerated() {
            guard let part = html.part, let size = html.decoded?.byteCount, size > limit else { continue }
            var evidence = [
                Evidence("size", "\(size / 1024) KB of HTML after decoding; Gmail keeps \(limit / 1024) KB")
            ]
            for link in context.optOutLinks where link.htmlPartIndex == index {
                if let offset = link.decodedOffset, offset >= limit {
                    evidence.append(
                        Evidence(
                            "past the cut", "“\(link.text)” → \(link.href) at byte \(offset) of the HTML"))
                }
            }
            findings.append(
                Finding(
                    .part(part), "the HTML is \(size / 1024) KB: Gmail clips it at \(limit / 1024) KB",
                    evidence: evidence,
                    fix:
                        "shrink the HTML (inline CSS once, fewer nested tables, no comments or white space runs), or move the footer with the unsubscribe link up"
                ))
        }
        return findings
    }
}
