import MailHTML

/// `link-insecure`: links and images over plain `http://` in bulk mail.
public struct LinkInsecureRule: Rule {
    /// What the rule is: id, docs, references, options and examples.
    public static let description = RuleDescription(
        id: "link-insecure",
        summary: "bulk mail links to or loads images over plain http://",
        rationale: """
            A link over plain HTTP can be read and changed on its way — on café Wi-Fi the \
            "view your order" page can be replaced — and browsers mark the page it opens as \
            not secure; an image over HTTP is blocked or warned about as mixed content by \
            clients that show mail over HTTPS, and tells whoever watches the network that the \
            message was opened. A newsletter's hundred links usually share one mistake, in the \
            template or the click tracking, so the rule reports each host once per message, at \
            its first link or image, with how many use it. Bulk mail only: a person's \
            message quoting an old http:// link is not held to it.
            """,
        defaultSeverity: .warning, category: .links, appliesTo: [.bulk], appliesToTemplates: true,
        references: [
            RuleReference("RFC 8446 (TLS 1.3)", "https://www.rfc-editor.org/rfc/rfc8446"),
            RuleReference("W3C, Mixed Content", "https://www.w3.org/TR/mixed-content/"),
        ],
        examples: RuleExamples(
            triggering: RuleExample(
                AccessibleExample.html("<p><a href=\"↓http://harbourbooks.example/autumn\">Autumn books</a></p>")),
            RuleExample(
                AccessibleExample.html(
                    "<p>↓<img src=\"http://harbourbooks.example/logo.png\" alt=\"Harbour Books\"></p>")),
            RuleExample(
                NewsletterExample.headers(NewsletterExample.oneClick)
                    + "Read it at ↓http://harbourbooks.example/news today.\n"),
            RuleExample(AccessibleExample.html("<p><a href=\"↓HTTP://Harbourbooks.example/a\">a</a></p>")),
            RuleExample(
                AccessibleExample.html(
                    "<p><a href=\"↓http://click.example.net/1\">a</a> <a href=\"http://click.example.net/2\">b</a></p>")
            ),
            passing: RuleExample(
                AccessibleExample.html("<p><a href=\"https://harbourbooks.example/autumn\">Autumn books</a></p>")),
            RuleExample(
                AccessibleExample.html(
                    "<p><img src=\"https://harbourbooks.example/logo.png\" alt=\"Harbour Books\"></p>")),
            RuleExample(AccessibleExample.html("<p><a href=\"mailto:shop@harbourbooks.example\">Write to us</a></p>")),
            RuleExample(
                AccessibleExample.html("<p><img src=\"cid:logo@harbourbooks.example\" alt=\"Harbour Books\"></p>")),
            RuleExample(NewsletterExample.sender + "\nMy old page is still at http://example.org/~me.\n")))

    /// Creates the rule.
    public init() {}

    /// One finding per http host, at its first link or image.
    public func check(_ context: LintContext, options: RuleOptions) -> [Finding] {
        var found = LinkHostFindings()
        var kinds: [String: Set<String>] = [:]
        for link in context.links {
            guard let parts = link.host, !parts.isHTTPS else { continue }
            kinds[parts.host, default: []].insert("links")
            found.note(parts.host, link, in: context)
        }
        for (partIndex, html) in context.htmlParts.enumerated() {
            guard let part = html.part else { continue }
            let tree = html.analysis.tree
            for image in tree.elements(named: "img") {
                guard let source = tree.attribute("src", of: image), let parts = URLHost.of(source), !parts.isHTTPS
                else { continue }
                kinds[parts.host, default: []].insert("images")
                found.note(parts.host, url: source, text: tree.attribute("alt", of: image)) {
                    let html = context.htmlParts[partIndex]
                    return (
                        ElementFindings.startTag(of: image, in: html, context: context), part,
                        html.isEncoded ? tree.line(image) : nil, tree.elementPath(of: image)
                    )
                }
            }
        }
        return found.findings(
            message: { host in
                switch kinds[host] ?? [] {
                case ["images"]: return "images load from \(host) over plain http://"
                case ["links"]: return "links go to \(host) over plain http://"
                default: return "links and images use \(host) over plain http://"
                }
            }, label: "host",
            fix: "use https:// for every link and image (and in the click tracking's settings)",
            evidence: { [Evidence("over http", (kinds[$0] ?? []).sorted().joined(separator: " and "))] })
    }
}
