import MailHTML

/// Findings kept one per key (a host, a shortener) over the links of a message, at the
/// first link, with how many links share it: the shape of the link-honesty rules.
struct LinkHostFindings {
    /// Where a link is: its bytes, its part and (in an encoded part) its HTML line.
    typealias Anchor = () -> (Range<Int>, MIMEPart, Int?, String?)

    private var counts: [String: Int] = [:]
    private var first: [(key: String, url: String, text: String?, anchor: (Range<Int>, MIMEPart, Int?, String?))] = []

    /// Counts a link under `key`; the first link of a key is kept, its text read and located.
    mutating func note(_ key: String, url: String, text: @autoclosure () -> String?, _ anchor: Anchor) {
        counts[key, default: 0] += 1
        if counts[key] == 1 { first.append((key, url, text(), anchor())) }
    }

    /// Counts `link` of `context` under `key`.
    mutating func note(_ key: String, _ link: MessageLink, in context: LintContext) {
        note(key, url: link.url, text: link.text(in: context)) { link.location(in: context) }
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
