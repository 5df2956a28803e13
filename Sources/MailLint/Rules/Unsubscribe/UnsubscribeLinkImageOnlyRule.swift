/// `unsubscribe-link-image-only`: an unsubscribe link that is an image without a text
/// saying what it does.
public struct UnsubscribeLinkImageOnlyRule: Rule {
    static let href = "https://harbourbooks.example/unsubscribe?u=8f3a"

    /// What the rule is: id, docs, references, options and examples.
    public static let description = RuleDescription(
        id: "unsubscribe-link-image-only",
        summary: "an unsubscribe or preferences link is an image whose alt text does not say what it does",
        rationale: """
            Most mail clients block images until the reader allows them, and screen readers \
            read the alt text: an unsubscribe button drawn as an image, with no alt text or \
            with one like "button", is invisible to those readers. The alt text (or an \
            aria-label or title on the link) should say "Unsubscribe" in the reader's \
            language. The link is recognised by its URL.
            """,
        defaultSeverity: .warning, category: .unsubscribe, appliesToTemplates: true,
        references: [UnsubscribeReferences.wcagNonText, UnsubscribeReferences.canSpam, UnsubscribeReferences.yahoo],
        examples: RuleExamples(
            triggering: RuleExample(NewsletterExample.html("<p>↓<a href=\"\(href)\"><img src=\"u.png\"></a></p>")),
            RuleExample(NewsletterExample.html("<p>↓<a href=\"\(href)\"><img src=\"u.png\" alt=\"\"></a></p>")),
            RuleExample(NewsletterExample.html("<p>↓<a href=\"\(href)\"><img src=\"u.png\" alt=\"button\"></a></p>")),
            RuleExample(
                NewsletterExample.html(
                    "<p>↓<a href=\"https://harbourbooks.example/preferences\"><img src=\"gear.png\" alt=\"Harbour Books\"></a></p>"
                )),
            RuleExample(
                NewsletterExample.html(
                    "<p>↓<a href=\"mailto:leave@harbourbooks.example?subject=unsubscribe\"><img src=\"x.png\" alt=\"x\"></a></p>"
                )),
            passing: RuleExample(
                NewsletterExample.html("<p><a href=\"\(href)\"><img src=\"u.png\" alt=\"Unsubscribe\"></a></p>")),
            RuleExample(NewsletterExample.html(NewsletterExample.unsubscribeLink)),
            RuleExample(
                NewsletterExample.html(
                    "<p><a href=\"\(href)\" aria-label=\"Unsubscribe from this newsletter\"><img src=\"u.png\"></a></p>"
                )),
            RuleExample(
                NewsletterExample.html("<p><a href=\"\(href)\"><img src=\"u.png\" alt=\"\"> Unsubscribe</a></p>")),
            RuleExample(NewsletterExample.html("<p><a href=\"\(href)\"><img src=\"u.png\" alt=\"Abmelden\"></a></p>")),
            RuleExample(
                NewsletterExample.html(
                    "<p><a href=\"https://harbourbooks.example/shop\"><img src=\"logo.png\"></a></p>"))))

    /// Creates the rule.
    public init() {}

    /// The findings on one message.
    public func check(_ context: LintContext, options: RuleOptions) -> [Finding] {
        context.optOutLinks.compactMap { optOut in
            guard optOut.isVisible, let link = optOut.link, link.imageOnly,
                OptOutVocabulary.phrase(in: link.accessibleText) == nil
            else { return nil }
            let alt = link.alt.isEmpty ? "no alt text" : "alt text “\(link.alt)”"
            return optOut.finding(
                "the \(optOut.name) link is an image with \(alt)",
                evidence: optOut.evidence + [Evidence("alt", link.alt.isEmpty ? "(none)" : link.alt)],
                fix: "give the image an alt text that says what the link does (alt=\"Unsubscribe\"), or use a text link"
            )
        }
    }
}
