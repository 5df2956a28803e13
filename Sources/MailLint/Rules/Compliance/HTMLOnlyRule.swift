/// `html-only`: an HTML message without a plain-text alternative.
public struct HTMLOnlyRule: Rule {
    /// What the rule is: id, docs, references, options and examples.
    public static let description = RuleDescription(
        id: "html-only",
        summary: "the message has an HTML body and no text/plain alternative",
        rationale: """
            Spam filters score HTML-only mail (SpamAssassin's MIME_HTML_ONLY), and readers \
            whose clients show plain text (text-only clients, some accessibility settings, \
            watches) get the raw markup or nothing. Send multipart/alternative with a \
            text/plain part carrying the same content and the same links.
            """,
        defaultSeverity: .warning, category: .compliance,
        references: [
            .rfc(2046, "5.1.4", "multipart/alternative"),
            RuleReference(
                "SpamAssassin: MIME_HTML_ONLY", "https://spamassassin.apache.org/old/tests_3_3_x.html"),
        ],
        examples: RuleExamples(
            triggering: RuleExample("↓From: a@x.example\nContent-Type: text/html\n\n<p>Hi</p>\n"),
            RuleExample(
                "From: a@x.example\nContent-Type: multipart/mixed; boundary=b\n\n--b\n↓Content-Type: text/html\n\n<p>Hi</p>\n--b\nContent-Type: application/pdf\nContent-Disposition: attachment\n\nJVBERi0=\n--b--\n"
            ),
            RuleExample(
                "From: a@x.example\nContent-Type: multipart/alternative; boundary=b\n\n--b\n↓Content-Type: text/html\n\n<p>Hi</p>\n--b--\n"
            ),
            passing: RuleExample(
                "From: a@x.example\nContent-Type: multipart/alternative; boundary=b\n\n--b\n\nHi\n--b\nContent-Type: text/html\n\n<p>Hi</p>\n--b--\n"
            ),
            RuleExample("From: a@x.example\n\nHi\n"),
            RuleExample(
                "From: a@x.example\nContent-Type: multipart/mixed; boundary=b\n\n--b\n\nSee the page.\n--b\nContent-Type: text/html\nContent-Disposition: attachment; filename=page.html\n\n<p>Hi</p>\n--b--\n"
            )))

    /// Creates the rule.
    public init() {}

    /// The findings on one message.
    public func check(_ context: LintContext, options: RuleOptions) -> [Finding] {
        let texts = context.textParts.map(\.part)
        guard let html = texts.first(where: { $0.contentType.subtype == "html" }),
            !texts.contains(where: { $0.contentType.subtype == "plain" })
        else { return [] }
        return [
            Finding(
                .part(html), "the message has HTML and no text/plain alternative",
                evidence: [
                    Evidence(
                        "text parts", texts.map { "\($0.path) \($0.contentType.mimeType)" }.joined(separator: ", "))
                ],
                fix: "send multipart/alternative: a text/plain part first, then the HTML")
        ]
    }
}
