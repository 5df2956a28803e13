import MailHTML

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Findings about elements of HTML parts, grouped: one finding per part and kind of fault,
/// at the first element, with how many there are and where the first few stand. A
/// newsletter with forty images without alt text gets one finding that lists them, not forty.
struct ElementFindings {
    /// The elements at fault in one HTML part: how many, and the first few, each with how
    /// it is named in the evidence (a newsletter of 150,000 "Read more" links keeps five).
    private struct PartItems {
        var count = 0
        var listed: [(element: Int, description: String)] = []

        mutating func add(_ element: Int, _ description: () -> String) {
            count += 1
            if listed.count < ElementFindings.listed { listed.append((element, description())) }
        }
    }

    /// How many elements an evidence list names before "and N more".
    static let listed = 5

    /// By part index, in the order first met.
    private var parts: [Int: PartItems] = [:]

    /// Adds an element at fault; its description is made only for the first few of a part.
    mutating func add(partIndex: Int, element: Int, _ description: @autoclosure () -> String) {
        parts[partIndex, default: PartItems()].add(element, description)
    }

    /// One finding per HTML part that has items: at the first item's start tag, `message`
    /// made from the count, the items listed with their lines in the file.
    func findings(
        in context: LintContext, label: String, message: (Int) -> String, extraEvidence: [Evidence] = [],
        fix: String
    ) -> [Finding] {
        parts.keys.sorted().compactMap { partIndex in
            let html = context.htmlParts[partIndex]
            guard let part = html.part, let items = parts[partIndex], let first = items.listed.first else {
                return nil
            }
            let tree = html.analysis.tree
            var listing = items.listed.map { item in
                "\(item.description) (line \(html.fileLine(forHTMLLine: tree.line(item.element))))"
            }
            if items.count > Self.listed { listing.append("and \(items.count - Self.listed) more") }
            var finding = Finding(
                .bytes(
                    Self.startTag(of: first.element, in: html, context: context), part: part.path, header: nil),
                message(items.count), evidence: [Evidence(label, listing.joined(separator: "; "))] + extraEvidence,
                fix: fix)
            finding.htmlLine = html.isEncoded ? tree.line(first.element) : nil
            finding.elementPath = tree.elementPath(of: first.element)
            return finding
        }
    }

    /// The bytes of the start tag of `element` (`<img`): its place among the tags of its name
    /// on its line (the line of its `>`, which libxml2 gives the element), found on that
    /// line alone, or before it for a tag written over several lines; with `attributeValue`,
    /// that value as written in the tag (a link's href); in a transfer-encoded part, the start
    /// of the raw line that holds it; the start of the element's line when the tag is not
    /// found as written.
    static func startTag(of element: Int, in html: HTMLPart, context: LintContext, attributeValue: String? = nil)
        -> Range<Int>
    {
        let tree = html.analysis.tree
        let line = tree.line(element)
        let lineStart = html.lines.rawOffset(for: line)
        guard let decoded = html.decoded else { return lineStart..<lineStart }
        let tag = tree.tag(element)
        let partKey = html.part?.bodyRange.lowerBound ?? -1
        // Which of the same-named tags on its line it is: counted on from the last element
        // placed when that one stood earlier on the same line (findings come in document
        // order, so a line of thousands of links is read once), from the line's start otherwise.
        var occurrence = 0
        var resume: (seen: Int, from: Int, lineEnd: Int)?
        if let cursor = context.startTagCursor, cursor.partKey == partKey, cursor.line == line,
            cursor.element < element, tree.isSameElementName(cursor.element, element)
        {
            var between = 0
            var other = cursor.element + 1
            while other < element, tree.line(other) == line {
                if tree.isSameElementName(other, element) { between += 1 }
                other += 1
            }
            if other == element {
                occurrence = cursor.occurrence + 1 + between
                resume = (cursor.occurrence + 1, cursor.position + 1, cursor.lineEnd)
            }
        }
        if resume == nil {
            var other = element - 1
            while other >= 0, tree.line(other) == line {
                if tree.isSameElementName(other, element) { occurrence += 1 }
                other -= 1
            }
        }
        let name = Array("<\(tag)".utf8)
        var foundOnLine = false
        var lineEnd = 0
        let found = decoded.withBytes { bytes -> Int? in
            // The decoded line: from the raw line's start in an identity encoding, counted in
            // the decoded bytes otherwise.
            let start: Int
            if html.isEncoded {
                guard let decodedStart = context.decodedLineIndex(of: html, bytes).offset(ofLine: line) else {
                    return nil
                }
                start = decodedStart
            } else {
                start = lineStart - decoded.body.rawStart
            }
            guard start >= 0, start <= bytes.count, let base = bytes.baseAddress else { return nil }
            let end =
                resume?.lineEnd
                ?? memchr(base + start, Int32(ASCII.lf), bytes.count - start).map {
                    base.distance(to: $0.assumingMemoryBound(to: UInt8.self))
                } ?? bytes.count
            lineEnd = end
            /// The first tag named `name` in `from..<limit`, searched for many bytes at a time.
            func nextTag(from: Int, before limit: Int) -> Int? {
                guard from < limit else { return nil }
                let window = UnsafeBufferPointer(rebasing: bytes[from..<limit])
                var offset = 0
                while let found = ASCIISearch.firstOffset(of: name, in: window, from: offset) {
                    if isTagEnd(bytes, from + found + name.count) { return from + found }
                    offset = found + 1
                }
                return nil
            }
            var seen = resume?.seen ?? 0
            var from = resume?.from ?? start
            while let position = nextTag(from: from, before: end) {
                if seen == occurrence {
                    foundOnLine = true
                    return position
                }
                seen += 1
                from = position + 1
            }
            // A tag written over several lines, or lines counted otherwise than libxml2 counts
            // them (bare CRs): the nearest tag within 4 KiB.
            var nearest: Int?
            from = max(0, start - 4096)
            while let position = nextTag(from: from, before: min(bytes.count, start + 4096)) {
                if abs(position - start) < abs((nearest ?? Int.max / 2) - start) { nearest = position }
                if position > start { break }
                from = position + 1
            }
            return nearest
        }
        guard let found else { return lineStart..<lineStart }
        if foundOnLine {
            context.startTagCursor = LintContext.StartTagCursor(
                partKey: partKey, line: line, element: element, occurrence: occurrence, position: found,
                lineEnd: lineEnd)
        }
        guard let value = attributeValue else {
            let raw = decoded.body.rawOffset(forDecoded: found)
            return html.isEncoded ? raw..<raw : raw..<(raw + name.count)
        }
        // The attribute's value, as written, after the tag's start.
        let valueStart = decoded.withBytes { bytes -> Int? in
            let needle = Array(value.utf8)
            guard !needle.isEmpty else { return nil }
            var index = found
            let last = min(bytes.count - needle.count, found + 4096)
            while index <= last {
                if bytes[index] == needle[0], bytes[index..<(index + needle.count)].elementsEqual(needle) {
                    return index
                }
                index += 1
            }
            return nil
        }
        let start = decoded.body.rawOffset(forDecoded: valueStart ?? found)
        return html.isEncoded ? start..<start : start..<(start + (valueStart == nil ? name.count : value.utf8.count))
    }

    /// Whether the byte at `index` ends a tag name: white space, `>`, `/` or the end.
    private static func isTagEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        guard index < bytes.count else { return true }
        let byte = bytes[index]
        return ASCII.isWhitespaceOrLineBreak(byte) || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/")
    }
}
