import MailHTML

/// One link of a message as the link rules read it: the `href` of an HTML link or a URL of
/// a plain-text part (quoted lines left out), as `LintContext.links` hands them over; its
/// host and its text are read when asked, and it is located only when a rule reports it.
public struct MessageLink: Sendable {
    /// Where the link stands, in eight bytes: a large newsletter has a hundred thousand links.
    enum Place: Sendable {
        /// Link `link` of HTML part `part` (`HTMLAnalysis.links`).
        case html(part: Int32, link: Int32)
        /// A URL of plain body text `body`, on decoded line `line`.
        case plain(body: Int32, line: Int32)
    }

    /// The URL as written, read from `target` when asked.
    public var url: String { target.string }
    /// Where the URL is read from: an HTML link's `href` in its tree (no string kept for it),
    /// a plain-text URL's string.
    var target: LinkTarget
    /// The scheme and host of an `http`/`https` URL, read from the URL when asked: few rules
    /// ask.
    var host: URLHost.Parts? { URLHost.of(url) }
    /// Where it stands: which part, and which of its links or lines (the part, the link's
    /// text and its element are looked up when the link is reported: a message of many
    /// links keeps no copy of them for each).
    var place: Place

    /// What the link says (HTML links only), read from its part's analysis.
    func text(in context: LintContext) -> String? {
        guard case .html(let part, let link) = place else { return nil }
        return context.htmlParts[Int(part)].analysis.links[Int(link)].accessibleText
    }

    /// The URLs of the plain-text parts of `context` (quoted lines left out).
    static func plainTextLinks(in context: LintContext) -> [MessageLink] {
        var links: [MessageLink] = []
        for (index, body) in context.bodyTexts.enumerated() where !body.isHTML {
            for (run, text) in body.text.runs.enumerated() where !body.quotedRuns.contains(run) {
                for url in PlainTextTargets.find(in: text) {
                    links.append(
                        MessageLink(
                            target: LinkTarget(url), place: .plain(body: Int32(index), line: Int32(clamping: text.line))
                        ))
                }
            }
        }
        return links
    }

    /// Where the link is in the file: its bytes (an HTML link's href as written), its part,
    /// its HTML line in an encoded part, and its element.
    func location(in context: LintContext) -> (Range<Int>, MIMEPart, Int?, String?) {
        switch place {
        case .html(let partIndex, let linkIndex):
            let html = context.htmlParts[Int(partIndex)]
            let link = html.analysis.links[Int(linkIndex)]
            let located = ElementFindings.startTag(of: link.element, in: html, context: context, attributeValue: url)
            // Links are read only from HTML parts that are parts of the message (`find`).
            let part = html.part ?? context.message.root
            return (located, part, html.isEncoded ? link.line : nil, html.analysis.tree.elementPath(of: link.element))
        case .plain(let bodyIndex, let line):
            let body = context.bodyTexts[Int(bodyIndex)]
            let located = TextLocator.locate(
                [Array(url.utf8)], near: body.lines.rawOffset(for: Int(line)), part: body.part, in: context.message)
            return (located, body.part, nil, nil)
        }
    }
}

/// Every link of a message, HTML and plain text (`LintContext.links`): an HTML part's links
/// are read from its analysis as they are iterated, so a newsletter's hundreds of thousands
/// are not kept a second time (32 bytes each), and the plain-text URLs, found once, follow.
public struct MessageLinks: Sequence {
    /// The message's HTML parts' links, by part index (arrays shared, not copied).
    let html: [(part: Int, links: [Link])]
    /// The plain-text parts' URLs.
    let plain: [MessageLink]

    /// Reads the links in order: each HTML part's, then the plain-text ones.
    public struct Iterator: IteratorProtocol {
        let links: MessageLinks
        var part = 0
        var position = 0
        var plainPosition = 0

        /// The next link, or nil after the last.
        public mutating func next() -> MessageLink? {
            while part < links.html.count {
                let (index, partLinks) = links.html[part]
                if position < partLinks.count {
                    defer { position += 1 }
                    return MessageLink(
                        target: partLinks[position].target,
                        place: .html(part: Int32(index), link: Int32(clamping: position)))
                }
                part += 1
                position = 0
            }
            guard plainPosition < links.plain.count else { return nil }
            defer { plainPosition += 1 }
            return links.plain[plainPosition]
        }
    }

    /// An iterator from the first link.
    public func makeIterator() -> Iterator { Iterator(links: self) }
}
