import MailHTML

/// Findings about elements of HTML parts, grouped: one finding per part and kind of fault,
/// at the first element, with how many there are and where the first few stand. A
/// newsletter with forty images without alt text gets one finding that lists them, not forty.
struct ElementFindings {
    /// One element found at fault: its part, the element, and how it is named in the evidence.
    struct Item {
        var partIndex: Int
        var element: Int
        var description: String
    }

    /// How many elements an evidence list names before "and N more".
    static let listed = 5

    private(set) var items: [Item] = []

    var isEmpty: Bool { items.isEmpty }

    mutating func add(partIndex: Int, element: Int, _ description: String) {
        items.append(Item(partIndex: partIndex, element: element, description: description))
    }

    /// One finding per HTML part that has items: at the first item's start tag, `message`
    /// made from the count, the items listed with their lines in the file.
    func findings(
        in context: LintContext, label: String, message: (Int) -> String, extraEvidence: [Evidence] = [],
        fix: String
    ) -> [Finding] {
        var byPart: [Int: [Item]] = [:]
        for item in items { byPart[item.partIndex, default: []].append(item) }
        return byPart.keys.sorted().compactMap { partIndex in
            let html = context.htmlParts[partIndex]
            guard let part = html.part, let first = byPart[partIndex]?.first, let all = byPart[partIndex] else {
                return nil
            }
            let tree = html.analysis.tree
            var listing = all.prefix(Self.listed).map { item in
                "\(item.description) (line \(html.fileLine(forHTMLLine: tree.line(item.element))))"
            }
            if all.count > Self.listed { listing.append("and \(all.count - Self.listed) more") }
            var finding = Finding(
                .bytes(
                    Self.startTag(of: first.element, in: html, message: context.message), part: part.path, header: nil),
                message(all.count), evidence: [Evidence(label, listing.joined(separator: "; "))] + extraEvidence,
                fix: fix)
            finding.htmlLine = html.isEncoded ? tree.line(first.element) : nil
            finding.elementPath = tree.elementPath(of: first.element)
            return finding
        }
    }

    /// The bytes of the start tag of `element` (`<img`): found by its line (that of its `>`)
    /// and its place among the tags of its name on that line; in a transfer-encoded part, the
    /// start of the raw line that holds the tag; the start of the element's line when the
    /// tag is not found as written.
    static func startTag(of element: Int, in html: HTMLPart, message: Message) -> Range<Int> {
        let tree = html.analysis.tree
        let lineStart = html.lines.rawOffset(for: tree.line(element))
        guard let decoded = html.decoded else { return lineStart..<lineStart }
        let tag = tree.tag(element)
        let line = tree.line(element)
        var occurrence = 0
        var other = element - 1
        while other >= 0, tree.line(other) == line {
            if tree.kind(other) == .element, tree.tag(other) == tag { occurrence += 1 }
            other -= 1
        }
        let name = Array(tag.utf8)
        guard
            let start = decoded.withBytes({
                StartTagPositions(decoded: $0, names: [name]).start(endingOnLine: line, occurrence: occurrence)
            })
        else { return lineStart..<lineStart }
        let raw = decoded.body.rawOffset(forDecoded: start)
        return html.isEncoded ? raw..<raw : raw..<(raw + 1 + name.count)
    }
}
