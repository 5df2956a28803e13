import MailHTML

/// One link of a message as the link rules read it: the `href` of an HTML link or a URL of
/// a plain-text part (quoted lines left out), with its text and its host, read once per
/// message (`LintContext.links`) and located only when a rule reports it.
public struct MessageLink: Sendable {
    /// Where the link stands.
    enum Place: Sendable {
        /// The link element of HTML part `part`.
        case html(part: Int, element: Int, line: Int)
        /// A URL of plain body text `body`, on decoded line `line`.
        case plain(body: Int, line: Int)
    }

    /// The URL as written.
    public var url: String
    /// What the link says (HTML links only).
    public var text: String?
    /// The scheme and host of an `http`/`https` URL.
    var host: URLHost.Parts?
    /// Where it stands: which part, and where in it (the part itself is looked up when the
    /// link is located: a message of many links does not keep a copy of its part's
    /// description for each).
    var place: Place

    /// Every link of `context`.
    static func find(in context: LintContext) -> [MessageLink] {
        var links: [MessageLink] = []
        // Room for the HTML links made first: an array grown by doubling holds the old and
        // the new at once.
        links.reserveCapacity(context.htmlParts.reduce(0) { $0 + ($1.part == nil ? 0 : $1.analysis.links.count) })
        for (index, html) in context.htmlParts.enumerated() {
            guard html.part != nil else { continue }
            for link in html.analysis.links {
                links.append(
                    MessageLink(
                        url: link.href, text: link.accessibleText, host: URLHost.of(link.href),
                        place: .html(part: index, element: link.element, line: link.line)))
            }
        }
        for (index, body) in context.bodyTexts.enumerated() where !body.isHTML {
            for (run, text) in body.text.runs.enumerated() where !body.quotedRuns.contains(run) {
                for url in PlainTextTargets.find(in: text) {
                    links.append(
                        MessageLink(
                            url: url, text: nil, host: URLHost.of(url),
                            place: .plain(body: index, line: text.line)))
                }
            }
        }
        return links
    }

    /// Where the link is in the file: its bytes (an HTML link's href as written), its part,
    /// its HTML line in an encoded part, and its element.
    func location(in context: LintContext) -> (Range<Int>, MIMEPart, Int?, String?) {
        switch place {
        case .html(let partIndex, let element, let line):
            let html = context.htmlParts[partIndex]
            let located = ElementFindings.startTag(of: element, in: html, context: context, attributeValue: url)
            // Links are read only from HTML parts that are parts of the message (`find`).
            let part = html.part ?? context.message.root
            return (located, part, html.isEncoded ? line : nil, html.analysis.tree.elementPath(of: element))
        case .plain(let bodyIndex, let line):
            let body = context.bodyTexts[bodyIndex]
            let located = TextLocator.locate(
                [Array(url.utf8)], near: body.lines.rawOffset(for: line), part: body.part, in: context.message)
            return (located, body.part, nil, nil)
        }
    }
}
