import MailHTML

/// `link-text-missing`: a link a reader sees that has no accessible name.
public struct LinkTextMissingRule: Rule {
    /// What the rule is: id, docs, references, options and examples.
    public static let description = RuleDescription(
        id: "link-text-missing",
        summary: "a visible link has no text, alt text or label a screen reader can say",
        rationale: """
            A screen reader announces a link by its name: its text, the alt text of its \
            images, or its `aria-label` or `title`. A link without one is read as "link" or \
            as its URL, so the reader cannot tell the shop button from the tracking pixel; the \
            Email Markup Consortium found links without a discernible name among the \
            commonest faults of real mail. The usual cause is an image link whose image has \
            `alt=""`; an image with no `alt` at all is reported by `image-alt-missing`, with \
            its link, and opt-out links by `unsubscribe-link-image-only`. The links of a part \
            are reported together, at the first. \
            Read in bulk and transactional mail: a person's own message, written in a mail \
            client, offers no way to set these.
            """,
        defaultSeverity: .warning, category: .accessibility, appliesTo: [.bulk, .transactional],
        appliesToTemplates: true,
        references: [AccessibilityReferences.linkPurpose, AccessibilityReferences.emailMarkupReport],
        examples: RuleExamples(
            triggering: RuleExample(
                AccessibleExample.html(
                    "<p>↓<a href=\"https://harbourbooks.example/shop\"><img src=\"shop.png\" alt=\"\"></a></p>")),
            RuleExample(
                AccessibleExample.html(
                    "<p>↓<a href=\"https://harbourbooks.example/a\"><img src=\"a.png\" alt=\" \"></a></p>")),
            RuleExample(
                AccessibleExample.html(
                    "<table><tr><td>↓<a href=\"https://x.example/fb\"><img src=\"fb.png\" alt=\"\" width=\"24\"></a></td></tr></table>"
                )),
            RuleExample(
                AccessibleExample.html(
                    "<p>↓<a href=\"https://x.example/1\"><img src=\"1.png\" alt=\"\"></a><a href=\"https://x.example/2\"><img src=\"2.png\" alt=\"\"></a></p>"
                )),
            RuleExample(
                AccessibleExample.html(
                    "<div>↓<a href=\"https://x.example/ig\" title=\"\"><img src=\"ig.png\" alt=\"\"></a></div>")),
            passing: RuleExample(
                AccessibleExample.html("<p><a href=\"https://harbourbooks.example/shop\">Visit the shop</a></p>")),
            RuleExample(
                AccessibleExample.html(
                    "<p><a href=\"https://harbourbooks.example/shop\"><img src=\"shop.png\" alt=\"Visit the shop\"></a></p>"
                )),
            RuleExample(
                AccessibleExample.html(
                    "<p><a href=\"https://x.example/fb\" aria-label=\"Harbour Books on Facebook\"><img src=\"fb.png\" alt=\"\"></a></p>"
                )),
            RuleExample(AccessibleExample.html("<p><a href=\"https://x.example/shop\"><img src=\"shop.png\"></a></p>")),
            RuleExample(
                AccessibleExample.html(
                    "<div style=\"display:none\"><a href=\"https://x.example/shop\"><img src=\"s.png\" alt=\"\"></a></div>"
                )),
            RuleExample(
                AccessibleExample.html(
                    "<p><a href=\"https://x.example/shop\"><img src=\"s.png\" alt=\"\"> Shop</a></p>"))))

    /// Creates the rule.
    public init() {}

    /// One finding per HTML part, at its first link without a name.
    public func check(_ context: LintContext, options: RuleOptions) -> [Finding] {
        var found = ElementFindings()
        for (partIndex, html) in context.htmlParts.enumerated() {
            let analysis = html.analysis
            // Links an image without alt leaves without a name: reported by image-alt-missing.
            var causedByImages: Set<Int> = []
            for image in ImageAltMissingRule.imagesWithoutAlt(in: analysis) {
                causedByImages.formUnion(analysis.tree.ancestry(of: image))
            }
            let optOut = Set(
                context.optOutLinks.filter { $0.htmlPartIndex == partIndex }.compactMap { $0.link?.element })
            for link in analysis.links
            where link.visibility == .visible && VisibleText.collapse(link.accessibleText).isEmpty
                && !causedByImages.contains(link.element) && !optOut.contains(link.element)
            {
                found.add(partIndex: partIndex, element: link.element, ImageAltMissingRule.shortened(link.href))
            }
        }
        return found.findings(
            in: context, label: "links",
            message: {
                $0 == 1
                    ? "a link has no name a screen reader can say" : "\($0) links have no name a screen reader can say"
            },
            fix: "give the link's image an alt text that says where the link goes, or the link an aria-label")
    }
}
