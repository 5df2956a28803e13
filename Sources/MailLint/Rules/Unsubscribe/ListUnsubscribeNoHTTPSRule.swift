/// `list-unsubscribe-no-https`: List-Unsubscribe offers no HTTPS URI.
public struct ListUnsubscribeNoHTTPSRule: Rule {
    /// What the rule is: id, docs, references, options and examples.
    public static let description = RuleDescription(
        id: "list-unsubscribe-no-https",
        summary: "the List-Unsubscribe field offers no HTTPS URI, so one-click unsubscribe is impossible",
        rationale: """
            Applies to bulk mail only. RFC 8058 one-click unsubscribe needs an HTTPS URI in \
            List-Unsubscribe, and Gmail requires one-click for bulk senders: a mailto-only \
            field satisfies Yahoo but not Gmail, and Gmail "does not look in the body" for a \
            one-click link. An http URI is not enough either: the POST that unsubscribes must \
            go over HTTPS.
            """,
        defaultSeverity: .warning, category: .unsubscribe, appliesTo: [.bulk],
        references: [UnsubscribeReferences.rfc8058, UnsubscribeReferences.gmailFAQ, UnsubscribeReferences.yahoo],
        examples: RuleExamples(
            triggering: RuleExample(
                NewsletterExample.headers("↓List-Unsubscribe: <mailto:leave@harbourbooks.example?subject=8f3a>\n")),
            RuleExample(NewsletterExample.headers("↓List-Unsubscribe: <http://harbourbooks.example/u/8f3a>\n")),
            RuleExample(
                NewsletterExample.headers(
                    "↓List-Unsubscribe: <mailto:leave@harbourbooks.example>, <http://harbourbooks.example/u/8f3a>\n")),
            RuleExample(
                NewsletterExample.headers(
                    "↓List-Unsubscribe: <mailto:a@harbourbooks.example>,\n <mailto:b@harbourbooks.example>\n")),
            RuleExample(
                NewsletterExample.headers(
                    "↓List-Unsubscribe: <mailto:leave@harbourbooks.example>\nList-Unsubscribe-Post: List-Unsubscribe=One-Click\n"
                )),
            passing: RuleExample(NewsletterExample.headers(NewsletterExample.oneClick)),
            RuleExample(NewsletterExample.headers("List-Unsubscribe: <https://harbourbooks.example/u/8f3a>\n")),
            RuleExample(NewsletterExample.headers("List-Id: <news.harbourbooks.example>\n")),
            RuleExample(
                NewsletterExample.headers("List-Unsubscribe: <mailto:leave@harbourbooks.example>\n"),
                kind: .transactional),
            RuleExample(NewsletterExample.headers("List-Unsubscribe: <HTTPS://harbourbooks.example/u/8f3a>\n"))))

    /// Creates the rule.
    public init() {}

    /// The findings on one message.
    public func check(_ context: LintContext, options: RuleOptions) -> [Finding] {
        guard let field = context.header.first("List-Unsubscribe"), let parsed = context.listUnsubscribe.first,
            !parsed.entries.isEmpty, !parsed.entries.contains(where: { $0.scheme == "https" })
        else { return [] }
        let schemes = Set(parsed.entries.map(\.scheme))
        let message =
            schemes == ["mailto"]
            ? "List-Unsubscribe offers only mailto: Yahoo accepts that, Gmail requires an HTTPS URI for one-click unsubscribe"
            : "List-Unsubscribe offers no HTTPS URI (http is not enough): Gmail requires HTTPS for one-click unsubscribe"
        return [
            Finding(
                .header(field), message,
                evidence: [Evidence("URIs", parsed.entries.map(\.uri).joined(separator: ", "))],
                fix:
                    "add an HTTPS URI that unsubscribes on a POST (`<https://…/one-click-token>`) and `List-Unsubscribe-Post: List-Unsubscribe=One-Click`; keep the mailto as the second choice"
            )
        ]
    }
}
