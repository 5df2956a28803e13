import MailHTML

/// The links of a message, HTML and plain text alike, and findings kept one per key (a
/// host, a shortener), at the first link, with how many links share it: the shape of the
/// link-honesty rules.
struct LinkHostFindings {
    /// Where a link is: its bytes, its part and (in an encoded part) its HTML line.
    typealias Anchor = () -> (Range<Int>, MIMEPart, Int?, String?)

    private var counts: [String: Int] = [:]
    private var first: [(key: String, url: String, text: String?, anchor: (Range<Int>, MIMEPart, Int?, String?))] = []

    /// Calls `body` with every link of `context`: the `href` of every HTML link and every URL
    /// of plain-text parts (quoted lines left out), with the link's text and where it is.
    static func forEachLink(in context: LintContext, _ body: (String, String?, Anchor) -> Void) {
        for html in context.htmlParts {
            guard let part = html.part else { continue }
            for link in html.analysis.links {
                body(link.href, link.accessibleText) {
                    let located = ElementFindings.startTag(
                        of: link.element, in: html, message: context.message, attributeValue: link.href)
                    return (
                        located, part, html.isEncoded ? link.line : nil,
                        html.analysis.tree.elementPath(of: link.element)
                    )
                }
            }
        }
        for text in context.bodyTexts where !text.isHTML {
            for (index, run) in text.text.runs.enumerated() where !text.quotedRuns.contains(index) {
                for url in PlainTextTargets.find(in: run.text) {
                    body(url, nil) {
                        let located = TextLocator.locate(
                            [Array(url.utf8)], near: text.lines.rawOffset(for: run.line), part: text.part,
                            in: context.message)
                        return (located, text.part, nil, nil)
                    }
                }
            }
        }
    }

    /// Counts a link under `key`; the first link of a key is kept, located.
    mutating func note(_ key: String, url: String, text: String?, _ anchor: Anchor) {
        counts[key, default: 0] += 1
        if counts[key] == 1 { first.append((key, url, text, anchor())) }
    }

    /// One finding per key, in the order the keys were first met.
    func findings(
        message: (String) -> String, label: String, countLabel: String = "links", fix: String,
        evidence: (String) -> [Evidence] = { _ in [] }
    ) -> [Finding] {
        first.map { key, url, text, anchor in
            let (range, part, htmlLine, elementPath) = anchor
            var items = [Evidence(label, key), Evidence("url", url)]
            if let text, !text.isEmpty { items.append(Evidence("link text", text)) }
            items += evidence(key)
            if let count = counts[key], count > 1 { items.append(Evidence(countLabel, "\(count)")) }
            var finding = Finding(.bytes(range, part: part.path, header: nil), message(key), evidence: items, fix: fix)
            finding.htmlLine = htmlLine
            finding.elementPath = elementPath
            return finding
        }
    }
}
