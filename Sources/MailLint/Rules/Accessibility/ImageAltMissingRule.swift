import MailHTML

/// `image-alt-missing`: an image without an `alt` attribute, other than a spacer or a
/// tracking pixel.
public struct ImageAltMissingRule: Rule {
    /// What the rule is: id, docs, references, options and examples.
    public static let description = RuleDescription(
        id: "image-alt-missing",
        summary: "an image has no alt attribute",
        rationale: """
            A screen reader reads an image without `alt` by its file name ("banner underscore \
            final two dot png") or skips it, and every client that blocks images (Outlook by \
            default, many corporate gateways) shows an empty box where the offer, the \
            headline or the logo was. `alt=""` marks an image as decoration and is right for \
            one; a missing attribute is never right. Spacers and tracking pixels (2 px or \
            less in width or height, by attribute or computed style), hidden images and \
            images marked `role="presentation"` or `aria-hidden="true"` are left out. The \
            images of one part are reported together, at the first, with the others listed; \
            an image that is the only content of a link is named as such, since its link then \
            has no name either (`link-text-missing` does not report that link again). \
            Read in bulk and transactional mail: a person's own message, written in a mail \
            client, offers no way to set these.
            """,
        defaultSeverity: .warning, category: .accessibility, appliesTo: [.bulk, .transactional],
        appliesToTemplates: true,
        references: [AccessibilityReferences.nonTextContent, AccessibilityReferences.emailMarkupReport],
        examples: RuleExamples(
            triggering: RuleExample(
                AccessibleExample.html("<p>↓<img src=\"https://harbourbooks.example/banner.png\" width=\"600\"></p>")),
            RuleExample(
                AccessibleExample.html(
                    "<p><a href=\"https://harbourbooks.example/sale\">↓<img src=\"sale.png\"></a></p>")),
            RuleExample(AccessibleExample.html("<table><tr><td>↓<IMG SRC=\"logo.gif\"></td></tr></table>")),
            RuleExample(AccessibleExample.html("<p>↓<img src=\"a.png\" width=\"300\"> <img src=\"b.png\"></p>")),
            RuleExample(
                AccessibleExample.html("<div>↓<img src=\"hero.jpg\" style=\"width:100%\" title=\"Our shop\"></div>")),
            passing: RuleExample(
                AccessibleExample.html("<p><img src=\"banner.png\" alt=\"Autumn sale: 20% off\"></p>")),
            RuleExample(AccessibleExample.html("<p><img src=\"rule.png\" alt=\"\"></p>")),
            RuleExample(AccessibleExample.html("<img src=\"https://t.example/open.gif\" width=\"1\" height=\"1\">")),
            RuleExample(AccessibleExample.html("<img src=\"spacer.gif\" style=\"width:1px;height:1px\">")),
            RuleExample(AccessibleExample.html("<p><img src=\"deco.png\" role=\"presentation\"></p>")),
            RuleExample(AccessibleExample.html("<div style=\"display:none\"><img src=\"preheader.png\"></div>"))))

    /// Creates the rule.
    public init() {}

    /// One finding per HTML part, at its first image without alt.
    public func check(_ context: LintContext, options: RuleOptions) -> [Finding] {
        var found = ElementFindings()
        var linkOnly = 0
        for (partIndex, html) in context.htmlParts.enumerated() {
            let images = Self.imagesWithoutAlt(in: html.analysis)
            guard !images.isEmpty else { continue }
            let namelessLinks = Self.namelessImageLinks(in: html.analysis)
            for image in images {
                let tree = html.analysis.tree
                let source = tree.attribute("src", of: image).map { Self.shortened($0) } ?? "no src"
                let onlyContent = tree.ancestry(of: image).lazy.compactMap { namelessLinks[$0] }.first
                if onlyContent != nil { linkOnly += 1 }
                found.add(
                    partIndex: partIndex, element: image,
                    onlyContent.map { "\(source), the only content of a link to \(Self.shortened($0))" } ?? source)
            }
        }
        return found.findings(
            in: context, label: "images",
            message: { $0 == 1 ? "an image has no alt text" : "\($0) images have no alt text" },
            extraEvidence: linkOnly > 0
                ? [Evidence("links without a name", "\(linkOnly): an image without alt is all they show")] : [],
            fix: "give each image an alt text that says what it shows or does, or alt=\"\" if it is decoration")
    }

    /// The images of `analysis` that have no `alt`, are seen, and are not spacers, tracking
    /// pixels or marked as decoration.
    static func imagesWithoutAlt(in analysis: HTMLAnalysis) -> [Int] {
        let tree = analysis.tree
        return tree.elements(named: "img").filter { index in
            tree.attribute("alt", of: index) == nil && !isDecoration(index, tree) && !isPixel(index, analysis)
                && !analysis.analyzer.isHidden(index, isText: false)
        }
    }

    /// Marked as decoration: `role="presentation"`/`"none"` or `aria-hidden="true"`.
    static func isDecoration(_ index: Int, _ tree: HTMLTree) -> Bool {
        let role = tree.attribute("role", of: index)?.lowercased()
        return role == "presentation" || role == "none"
            || tree.attribute("aria-hidden", of: index)?.lowercased() == "true"
    }

    /// A spacer or tracking pixel: 2 px or less in width or height, by attribute or style.
    static func isPixel(_ index: Int, _ analysis: HTMLAnalysis) -> Bool {
        let tree = analysis.tree
        let style = analysis.cascade.style(of: index)
        for (attribute, computed) in [("width", style.width), ("height", style.height)] {
            if let value = computed ?? tree.attribute(attribute, of: index).flatMap(leadingNumber), value <= 2 {
                return true
            }
        }
        return false
    }

    /// The number an attribute such as `width="1"` or `width="1px"` starts with.
    static func leadingNumber(_ text: String) -> Double? {
        Double(String(text.drop { $0 == " " }.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }))
    }

    /// The links that show only images, none with alt text, and have no label: by element,
    /// their href.
    static func namelessImageLinks(in analysis: HTMLAnalysis) -> [Int: String] {
        var links: [Int: String] = [:]
        for link in analysis.links where link.imageOnly && link.alt.isEmpty && link.label == nil {
            links[link.element] = link.href
        }
        return links
    }

    /// A URL cut to 80 characters for evidence.
    static func shortened(_ url: String) -> String { url.count > 80 ? String(url.prefix(77)) + "…" : url }
}
