/// The text a reader reads, in document order: hidden elements left out, blocks separated
/// by line breaks, white space collapsed, each run with its HTML line.
public struct VisibleText: Sendable {
    /// One run of text from one text node.
    public struct Run: Sendable, Equatable {
        /// The collapsed text.
        public var text: String
        /// 1-based line of the text node in the HTML source.
        public var line: Int
        /// The text node's index in the tree; -1 for plain text.
        public var node: Int
    }

    /// The runs in document order; a run with text "\n" marks a block boundary.
    public var runs: [Run]

    /// All runs joined: what a reader reads.
    public var text: String {
        var out = ""
        for run in runs {
            if run.text == "\n" {
                if !out.isEmpty, !out.hasSuffix("\n") { out += "\n" }
            } else {
                if !out.isEmpty, !out.hasSuffix("\n"), !out.hasSuffix(" ") { out += " " }
                out += run.text
            }
        }
        return out
    }

    static let blockElements: Set<String> = [
        "p", "div", "br", "table", "tr", "td", "th", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
        "pre", "section", "article", "header", "footer", "hr", "center", "body", "html", "tbody", "thead", "tfoot",
        "dl",
        "dt", "dd", "address", "form", "nav", "main", "aside", "figure", "figcaption",
    ]

    /// The text of a `text/plain` body in the same form: one run per non-blank line (white
    /// space collapsed, `line` its 1-based line in `text`), a block boundary at each blank
    /// line, so that rules search plain and HTML text alike.
    public init(plainText text: String) {
        var runs: [Run] = []
        var line = 0
        var pendingBoundary: Int?
        // Lines are split on the UTF-8 bytes (CR LF, LF, CR); each line's white space is
        // collapsed on bytes too, and only non-blank lines become Strings.
        let bytes = Array(text.utf8)
        var start = 0
        var index = 0
        while index <= bytes.count {
            let atEnd = index == bytes.count
            guard atEnd || bytes[index] == 0x0A || bytes[index] == 0x0D else {
                index += 1
                continue
            }
            line += 1
            let collapsed = Self.collapse(bytes[start..<index])
            if collapsed.isEmpty {
                // A blank line separates paragraphs; it is written when a paragraph follows.
                if !runs.isEmpty, pendingBoundary == nil { pendingBoundary = line }
            } else {
                if let boundary = pendingBoundary { runs.append(Run(text: "\n", line: boundary, node: -1)) }
                pendingBoundary = nil
                runs.append(Run(text: collapsed, line: line, node: -1))
            }
            if !atEnd, bytes[index] == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
            index += 1
            start = index
        }
        self.runs = runs
    }

    /// Collects the visible text of `tree`.
    init(tree: HTMLTree, analyzer: VisibilityAnalyzer) {
        var runs: [Run] = []
        var hiddenElements: [Bool] = Array(repeating: false, count: tree.nodes.count)
        for index in tree.nodes.indices {
            let node = tree.nodes[index]
            let parentHidden = node.parent >= 0 && hiddenElements[node.parent]
            switch node.kind {
            case .element:
                if parentHidden {
                    hiddenElements[index] = true
                    continue
                }
                if case .hidden = analyzer.evaluate(index, isText: false).visibility { hiddenElements[index] = true }
                if !hiddenElements[index], Self.blockElements.contains(node.tag) {
                    runs.append(Run(text: "\n", line: node.line, node: index))
                }
            case .text:
                guard !parentHidden else { continue }
                let text = Self.collapse(node.text)
                guard !text.isEmpty else { continue }
                if case .hidden = analyzer.evaluate(index, isText: true).visibility { continue }
                runs.append(Run(text: text, line: node.line, node: index))
            case .comment:
                continue
            }
        }
        self.runs = runs
    }

    /// `collapse` on UTF-8 bytes: ASCII white space and U+00A0 collapsed, trimmed. Text
    /// with other Unicode spaces goes through the scalar version.
    static func collapse(_ bytes: ArraySlice<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var pendingSpace = false
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == 0x20 || (0x09...0x0D).contains(byte) {
                pendingSpace = !out.isEmpty
                index += 1
                continue
            }
            if byte == 0xC2, index + 1 < bytes.endIndex, bytes[index + 1] == 0xA0 {
                pendingSpace = !out.isEmpty
                index += 2
                continue
            }
            if byte >= 0xE0 {
                // Other Unicode spaces (U+2000…, U+200B, U+3000) are three-byte sequences.
                return collapse(String(decoding: bytes, as: UTF8.self))
            }
            if pendingSpace { out.append(0x20) }
            pendingSpace = false
            out.append(byte)
            index += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// White space (including non-breaking spaces) collapsed to single spaces, trimmed.
    public static func collapse(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            let isSpace =
                value == 0x20 || (0x09...0x0D).contains(value) || value == 0xA0 || value == 0x200B || value == 0x200C
                || (value > 0x7F && scalar.properties.isWhitespace)
            if isSpace {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(scalar)
            }
        }
        return String(out)
    }

}
