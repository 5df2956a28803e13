/// `unsubscribe-link-missing-in-text-part`: the plain-text alternative lacks the HTML's
/// unsubscribe link.
public struct UnsubscribeLinkMissingInTextPartRule: Rule {
    static let htmlLink = "<p><a href=\"https://harbourbooks.example/u/8f3a\">Unsubscribe</a></p>"

    /// What the rule is: id, docs, references, options and examples.
    public static let description = RuleDescription(
        id: "unsubscribe-link-missing-in-text-part",
        summary: "a multipart/alternative's plain-text part lacks the unsubscribe link its HTML part has",
        rationale: """
            Readers whose client shows the plain-text alternative (text-only clients, \
            accessibility settings, some watches and cars) see only that part: if the opt-out \
            is in the HTML alone, they have none. Every alternative must carry the same way \
            out; in plain text, a line such as "Unsubscribe: https://…" does it.
            """,
        defaultSeverity: .warning, category: .unsubscribe,
        references: [UnsubscribeReferences.canSpam, UnsubscribeReferences.yahoo, .rfc(2046, "5.1.4", "alternatives")],
        examples: RuleExamples(
            triggering: RuleExample(
                NewsletterExample.alternative(plain: "See you next week!", html: htmlLink, marking: .plain)),
            RuleExample(
                NewsletterExample.alternative(
                    plain: "Unsubscribe in your account settings.", html: htmlLink, marking: .plain)),
            RuleExample(
                NewsletterExample.alternative(
                    plain: "Shop: https://harbourbooks.example/shop", html: htmlLink, marking: .plain)),
            RuleExample(
                NewsletterExample.alternative(
                    plain: "Bis bald!",
                    html: "<p><a href=\"https://harbourbooks.example/u/8f3a\">Newsletter abbestellen</a></p>",
                    marking: .plain)),
            RuleExample(
                NewsletterExample.sender + NewsletterExample.oneClick
                    + "MIME-Version: 1.0\nContent-Type: multipart/alternative; boundary=\"b1\"\n\n"
                    + "--b1\n↓Content-Type: text/plain\n\nHello\n--b1\nContent-Type: multipart/related; boundary=\"b2\"\n\n"
                    + "--b2\nContent-Type: text/html\n\n\(htmlLink)\n--b2--\n--b1--\n"),
            passing: RuleExample(
                NewsletterExample.alternative(
                    plain: "Unsubscribe: https://harbourbooks.example/u/8f3a", html: htmlLink)),
            RuleExample(
                NewsletterExample.alternative(
                    plain: "To stop receiving these emails, visit:\nhttps://harbourbooks.example/u/8f3a", html: htmlLink
                )),
            RuleExample(
                NewsletterExample.alternative(
                    plain: "Manage: https://harbourbooks.example/unsubscribe?u=8f3a", html: htmlLink)),
            RuleExample(NewsletterExample.alternative(plain: "See you next week!", html: "<p>See you next week!</p>")),
            RuleExample(NewsletterExample.html(htmlLink)),
            RuleExample(
                NewsletterExample.alternative(
                    plain: "See you next week!",
                    html:
                        "<p style=\"display:none\"><a href=\"https://harbourbooks.example/u/8f3a\">Unsubscribe</a></p>")
            )))

    /// Creates the rule.
    public init() {}

    /// The findings on one message.
    public func check(_ context: LintContext, options: RuleOptions) -> [Finding] {
        let links = context.optOutLinks
        var findings: [Finding] = []
        for alternative in context.message.root.allParts
        where alternative.kind == .multipart && alternative.contentType.subtype == "alternative" {
            let leaves = alternative.children.flatMap(\.leafParts)
            guard
                let plain = leaves.first(where: { $0.contentType.type == "text" && $0.contentType.subtype == "plain" })
            else { continue }
            let htmlPaths = Set(
                leaves.filter { $0.contentType.type == "text" && $0.contentType.subtype == "html" }.map(\.path))
            guard
                let htmlLink = links.first(where: { $0.link != nil && $0.isVisible && htmlPaths.contains($0.part.path) }
                ),
                !links.contains(where: { $0.link == nil && $0.part.path == plain.path })
            else { continue }
            findings.append(
                Finding(
                    .part(plain), "the plain-text alternative has no unsubscribe link; the HTML part has one",
                    evidence: [Evidence("HTML link", "“\(htmlLink.text)” → \(htmlLink.href)")],
                    fix: "add the link to the plain text, on a line of its own: “Unsubscribe: \(htmlLink.href)”"))
        }
        return findings
    }
}
