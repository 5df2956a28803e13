/// `one-click-unsubscribe-missing`: an HTTPS List-Unsubscribe without List-Unsubscribe-Post.
public struct OneClickUnsubscribeMissingRule: Rule {
    /// What the rule is: id, docs, references, options and examples.
    public static let description = RuleDescription(
        id: "one-click-unsubscribe-missing",
        summary: "the List-Unsubscribe field has an HTTPS URI but no List-Unsubscribe-Post field",
        rationale: """
            Applies to bulk mail only. Without `List-Unsubscribe-Post: \
            List-Unsubscribe=One-Click` (RFC 8058), a mail client cannot unsubscribe the \
            reader in one click: it can only open the URI in a browser, where a landing page \
            may ask for more. Gmail and Yahoo require one-click unsubscribe for bulk senders.
            """,
        defaultSeverity: .warning, category: .unsubscribe, appliesTo: [.bulk],
        references: [UnsubscribeReferences.rfc8058, UnsubscribeReferences.gmailFAQ, UnsubscribeReferences.yahoo],
        examples: RuleExamples(
            triggering: RuleExample(
                NewsletterExample.headers("↓List-Unsubscribe: <https://harbourbooks.example/u/8f3a>\n")),
            RuleExample(
                NewsletterExample.headers(
                    "↓List-Unsubscribe: <mailto:leave@harbourbooks.example>, <https://harbourbooks.example/u/8f3a>\n")),
            RuleExample(
                NewsletterExample.headers(
                    "↓List-Unsubscribe:\n <https://harbourbooks.example/u/8f3a>,\n <mailto:leave@harbourbooks.example>\n"
                )),
            RuleExample(
                NewsletterExample.headers(
                    "↓List-Unsubscribe: <https://harbourbooks.example/u/8f3a>\nX-List-Unsubscribe-Post: List-Unsubscribe=One-Click\n"
                )),
            RuleExample(
                NewsletterExample.headers(
                    "↓List-Unsubscribe: <https://a.example/u/1>, <https://harbourbooks.example/u/8f3a>\n")),
            passing: RuleExample(NewsletterExample.headers(NewsletterExample.oneClick)),
            RuleExample(NewsletterExample.headers("List-Unsubscribe: <mailto:leave@harbourbooks.example>\n")),
            RuleExample(NewsletterExample.headers("List-Id: <news.harbourbooks.example>\n")),
            RuleExample(
                NewsletterExample.headers("List-Unsubscribe: <https://harbourbooks.example/u/8f3a>\n"),
                kind: .transactional),
            RuleExample(
                NewsletterExample.headers(
                    "List-Unsubscribe: <https://harbourbooks.example/u/8f3a>\nList-Unsubscribe-Post: ListUnsubscribe=One-Click\n"
                ))))

    /// Creates the rule.
    public init() {}

    /// The findings on one message.
    public func check(_ context: LintContext, options: RuleOptions) -> [Finding] {
        guard let field = context.header.first("List-Unsubscribe"), !context.header.contains("List-Unsubscribe-Post"),
            let https = context.listUnsubscribe.first?.entries.first(where: { $0.scheme == "https" })
        else { return [] }
        return [
            Finding(
                .header(field), "List-Unsubscribe has an HTTPS URI but no List-Unsubscribe-Post: one-click is off",
                evidence: [Evidence("HTTPS URI", https.uri)],
                fix:
                    "add `List-Unsubscribe-Post: List-Unsubscribe=One-Click`, make the URI unsubscribe on a POST without a redirect, and sign both fields with DKIM"
            )
        ]
    }
}
