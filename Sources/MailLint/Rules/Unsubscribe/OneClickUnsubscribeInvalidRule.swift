/// `one-click-unsubscribe-invalid`: List-Unsubscribe-Post is not the one RFC 8058 defines.
public struct OneClickUnsubscribeInvalidRule: Rule {
    /// The only value RFC 8058 allows.
    static let value = "List-Unsubscribe=One-Click"

    /// What the rule is: id, docs, references, options and examples.
    public static let description = RuleDescription(
        id: "one-click-unsubscribe-invalid",
        summary:
            "the List-Unsubscribe-Post field is not exactly `List-Unsubscribe=One-Click`, either field appears twice, or the Post field stands alone",
        rationale: """
            RFC 8058 §3.1: the sender places one List-Unsubscribe field and one \
            List-Unsubscribe-Post field, and the latter "MUST contain the single key/value \
            pair List-Unsubscribe=One-Click". Mail clients POST that value to the HTTPS URI; \
            any other value (a missing hyphen, other keys, another case) and any repeated \
            field turn one-click unsubscribe off, and a Post field without List-Unsubscribe \
            has nowhere to post.
            """,
        defaultSeverity: .error, category: .unsubscribe,
        references: [UnsubscribeReferences.rfc8058, UnsubscribeReferences.gmailFAQ],
        examples: RuleExamples(
            triggering: RuleExample(
                NewsletterExample.headers(
                    "List-Unsubscribe: <https://harbourbooks.example/u/8f3a>\n↓List-Unsubscribe-Post: ListUnsubscribe=One-Click\n"
                )),
            RuleExample(
                NewsletterExample.headers(
                    "List-Unsubscribe: <https://harbourbooks.example/u/8f3a>\n↓List-Unsubscribe-Post: List-Unsubscribe=One-Click; list=news\n"
                )),
            RuleExample(
                NewsletterExample.headers(
                    "List-Unsubscribe: <https://harbourbooks.example/u/8f3a>\n↓List-Unsubscribe-Post: list-unsubscribe=one-click\n"
                )),
            RuleExample(
                NewsletterExample.headers(
                    NewsletterExample.oneClick + "↓List-Unsubscribe-Post: List-Unsubscribe=One-Click\n")),
            RuleExample(
                NewsletterExample.headers(
                    NewsletterExample.oneClick + "↓List-Unsubscribe: <https://harbourbooks.example/u/other>\n")),
            RuleExample(NewsletterExample.headers("↓List-Unsubscribe-Post: List-Unsubscribe=One-Click\n")),
            RuleExample(
                NewsletterExample.headers(
                    "List-Unsubscribe: <https://harbourbooks.example/u/8f3a>\n↓List-Unsubscribe-Post:\n")),
            passing: RuleExample(NewsletterExample.headers(NewsletterExample.oneClick)),
            RuleExample(
                NewsletterExample.headers(
                    "List-Unsubscribe: <https://harbourbooks.example/u/8f3a>\nList-Unsubscribe-Post:   List-Unsubscribe=One-Click  \n"
                )),
            RuleExample(
                NewsletterExample.headers(
                    "List-Unsubscribe: <https://harbourbooks.example/u/8f3a>\nList-Unsubscribe-Post:\n List-Unsubscribe=One-Click\n"
                )),
            RuleExample(NewsletterExample.headers("List-Unsubscribe: <https://harbourbooks.example/u/8f3a>\n")),
            RuleExample(NewsletterExample.headers("List-Id: <news.harbourbooks.example>\n"))))

    /// Creates the rule.
    public init() {}

    /// The findings on one message.
    public func check(_ context: LintContext, options: RuleOptions) -> [Finding] {
        let posts = context.header.all("List-Unsubscribe-Post")
        let lists = context.header.all("List-Unsubscribe")
        var findings: [Finding] = []
        for (name, fields) in [("List-Unsubscribe", lists), ("List-Unsubscribe-Post", posts)] where fields.count > 1 {
            for field in fields.dropFirst() {
                findings.append(
                    Finding(
                        .header(field), "\(name) appears \(fields.count) times; RFC 8058 allows one",
                        evidence: fields.map { Evidence("line \($0.location.line)", $0.unfoldedText) },
                        fix: "keep one \(name) field"))
            }
        }
        guard let post = posts.first else { return findings }
        if post.unfoldedText != Self.value {
            findings.append(
                Finding(
                    .header(post), "List-Unsubscribe-Post must be exactly `\(Self.value)`",
                    evidence: [Evidence("value", post.unfoldedText.isEmpty ? "(empty)" : post.unfoldedText)],
                    fix: "write `List-Unsubscribe-Post: \(Self.value)`"))
        }
        if lists.isEmpty {
            findings.append(
                Finding(
                    .header(post), "List-Unsubscribe-Post without a List-Unsubscribe field to post to",
                    fix: "add `List-Unsubscribe: <https://…/one-click-token>`"))
        }
        return findings
    }
}
