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
        /// Whether the run continues the word of the run before it: only inline elements
        /// stand between them, without white space ("Unsub<b>scribe</b>"). Joined text puts
        /// no space between such runs.
        public var joinsPrevious: Bool = false

        /// A run.
        public init(text: String, line: Int, node: Int, joinsPrevious: Bool = false) {
            self.text = text
            self.line = line
            self.node = node
            self.joinsPrevious = joinsPrevious
        }
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
                if !out.isEmpty, !out.hasSuffix("\n"), !out.hasSuffix(" "), !run.joinsPrevious { out += " " }
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

    /// `blockElements` by the atom of a known tag (every block element is one).
    static let isBlockByKnownAtom: [Bool] = {
        precondition(blockElements.isSubset(of: KnownNames.all), "a block element is not a known name")
        return KnownNames.table(blockElements.contains)
    }()

    /// The text of a `text/plain` body in the same form: one run per non-blank line (white
    /// space collapsed, `line` its 1-based line in `text`), a block boundary at each blank
    /// line, so that rules search plain and HTML text alike.
    public init(plainText text: String) {
        // Read in place where the string is stored as UTF-8 (a copy only of one that is not).
        runs =
            text.utf8.withContiguousStorageIfAvailable(Self.plainRuns)
            ?? Array(text.utf8).withUnsafeBufferPointer(Self.plainRuns)
    }

    /// The text of a plain-text body given as UTF-8 (valid or repaired), read in place.
    public init(plainTextUTF8 bytes: UnsafeBufferPointer<UInt8>) {
        runs = Self.plainRuns(bytes)
    }

    /// The runs of plain text `bytes` (UTF-8).
    private static func plainRuns(_ bytes: UnsafeBufferPointer<UInt8>) -> [Run] {
        var runs: [Run] = []
        var line = 0
        var pendingBoundary: Int?
        // Lines are split on the UTF-8 bytes (CR LF, LF, CR); each line's white space is
        // collapsed on bytes too, and only non-blank lines become Strings.
        var start = 0
        var index = 0
        while index <= bytes.count {
            let atEnd = index == bytes.count
            guard atEnd || bytes[index] == 0x0A || bytes[index] == 0x0D else {
                index += 1
                continue
            }
            line += 1
            let collapsed = collapse(utf8: UnsafeBufferPointer(rebasing: bytes[start..<index]))
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
        return runs
    }

    /// Collects the visible text of `tree`.
    init(tree: HTMLTree, analyzer: VisibilityAnalyzer) {
        let storage = tree.storage
        let isBlock = Self.isBlockByKnownAtom
        var runs: [Run] = []
        var hiddenElements = [Bool](repeating: false, count: tree.count)
        // Whether the last visible text ended inside a word, with nothing since that
        // separates words (white space, a block, an image).
        var previousEndsInWord = false
        let img = KnownNames.img
        for index in 0..<tree.count {
            let parent = Int(storage.parents[index])
            let parentHidden = parent >= 0 && hiddenElements[parent]
            switch storage.kinds[index] {
            case .element:
                if parentHidden {
                    hiddenElements[index] = true
                    continue
                }
                if analyzer.isHidden(index, isText: false) { hiddenElements[index] = true }
                if !hiddenElements[index], KnownNames.value(in: isBlock, at: storage.tags[index], fallback: false) {
                    // One boundary between two texts, however many blocks open there (a
                    // newsletter's table, row, cell and paragraph): the first one's.
                    if runs.last?.text != "\n" { runs.append(Run(text: "\n", line: tree.line(index), node: index)) }
                    previousEndsInWord = false
                } else if !hiddenElements[index], storage.tags[index] == img {
                    previousEndsInWord = false
                }
            case .text:
                guard !parentHidden else { continue }
                // Blank text (known from the parse, its bytes not read again) collapses to
                // nothing, and separates words.
                if storage.blankTexts[index] {
                    previousEndsInWord = false
                    continue
                }
                let range = tree.textRange(index)
                let (text, edges) = storage.bytes.withUnsafeBufferPointer {
                    let bytes = UnsafeBufferPointer(rebasing: $0[range])
                    return (Self.collapse(utf8: bytes), Self.wordEdges(bytes))
                }
                guard !text.isEmpty else {
                    previousEndsInWord = false
                    continue
                }
                if analyzer.isHidden(index, isText: true) { continue }
                runs.append(
                    Run(
                        text: text, line: tree.line(index), node: index,
                        joinsPrevious: previousEndsInWord && edges.startsInWord))
                previousEndsInWord = edges.endsInWord
            case .comment:
                continue
            }
        }
        self.runs = runs
    }

    /// Whether UTF-8 text starts and ends with something other than white space, by the
    /// same definition of white space `collapse` trims.
    static func wordEdges(_ bytes: UnsafeBufferPointer<UInt8>) -> (startsInWord: Bool, endsInWord: Bool) {
        guard !bytes.isEmpty else { return (false, false) }
        var last = bytes.count - 1
        while last > 0, bytes[last] & 0xC0 == 0x80 { last -= 1 }
        return byteClasses.withUnsafeBufferPointer { classes in
            (spaceLength(bytes, at: 0, classes) == 0, spaceLength(bytes, at: last, classes) == 0)
        }
    }

    /// `collapse` on UTF-8 bytes.
    static func collapse(_ bytes: ArraySlice<UInt8>) -> String {
        bytes.withUnsafeBufferPointer(collapse(utf8:))
    }

    /// White space (including non-breaking and the other Unicode spaces) collapsed to
    /// single spaces, trimmed; a zero-width space or non-joiner inside a word dropped.
    public static func collapse(_ text: String) -> String {
        var text = text
        return text.withUTF8(collapse(utf8:))
    }

    /// `collapse` over UTF-8: one pass, copying bytes; the spaces beyond ASCII are
    /// recognised by their byte sequences (U+0085, U+00A0, U+1680, U+2000–U+200C, U+2028,
    /// U+2029, U+202F, U+205F, U+3000: Unicode's white space, and the zero-width space and
    /// non-joiner that mail templates pad with).
    static func collapse(utf8 bytes: UnsafeBufferPointer<UInt8>) -> String {
        // Leading white space is skipped first: the indentation between tags, text that is
        // nothing else, costs no string.
        byteClasses.withUnsafeBufferPointer { classes in collapse(utf8: bytes, classes) }
    }

    private static func collapse(utf8 bytes: UnsafeBufferPointer<UInt8>, _ classes: UnsafeBufferPointer<UInt8>)
        -> String
    {
        var index = 0
        while index < bytes.count {
            let length = spaceLength(bytes, at: index, classes)
            if length == 0 { break }
            index += length
        }
        guard index < bytes.count, let base = bytes.baseAddress else { return "" }
        // Written straight into the string's storage: the result is never longer than the input.
        return String(unsafeUninitializedCapacity: bytes.count - index) { out in
            var count = 0
            while index < bytes.count {
                // A run of bytes that cannot start white space is copied in one piece.
                let runStart = index
                while index < bytes.count, classes[Int(bytes[index])] == 0 { index += 1 }
                if index > runStart {
                    (out.baseAddress! + count).update(from: base + runStart, count: index - runStart)
                    count += index - runStart
                }
                guard index < bytes.count else { break }
                let length = spaceLength(bytes, at: index, classes)
                guard length > 0 else {
                    // A lead byte of a character that is not white space.
                    out[count] = bytes[index]
                    count += 1
                    index += 1
                    continue
                }
                // White space: one space, written only when more text follows and the run
                // is more than zero-width characters, which join what they stand between.
                var spaced = !isZeroWidth(bytes, at: index)
                index += length
                while index < bytes.count {
                    let next = spaceLength(bytes, at: index, classes)
                    if next == 0 { break }
                    spaced = spaced || !isZeroWidth(bytes, at: index)
                    index += next
                }
                if spaced, index < bytes.count {
                    out[count] = 0x20
                    count += 1
                }
            }
            return count
        }
    }

    /// Per byte: 0 when it cannot start white space, 1 for ASCII white space (tab to
    /// carriage return, space), 2 for a lead byte of a Unicode space (0xC2, 0xE1–0xE3).
    private static let byteClasses: [UInt8] = (0...255).map { byte in
        if ASCIIWhitespace.contains(UInt8(byte)) { return 1 }
        return byte == 0xC2 || (0xE1...0xE3).contains(byte) ? 2 : 0
    }

    /// Whether the white space at `index` is the zero-width space or non-joiner (U+200B,
    /// U+200C): dropped, not a space, where it stands inside a word ("mail&#8203;box" is
    /// "mailbox"), and part of the white space around it (a preheader's padding).
    @inline(__always)
    private static func isZeroWidth(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        bytes[index] == 0xE2 && index + 2 < bytes.count && bytes[index + 1] == 0x80
            && (bytes[index + 2] == 0x8B || bytes[index + 2] == 0x8C)
    }

    /// The length of the white space starting at `index` (ASCII or Unicode), or 0.
    @inline(__always)
    private static func spaceLength(
        _ bytes: UnsafeBufferPointer<UInt8>, at index: Int, _ classes: UnsafeBufferPointer<UInt8>
    ) -> Int {
        switch classes[Int(bytes[index])] {
        case 0: return 0
        case 1: return 1
        default: return unicodeSpaceLength(bytes, at: index)
        }
    }

    /// The length of the white-space character starting at `index`, or 0.
    @inline(__always)
    static func unicodeSpaceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = bytes[index]
        guard index + 1 < bytes.count else { return 0 }
        let second = bytes[index + 1]
        if byte == 0xC2 { return second == 0xA0 || second == 0x85 ? 2 : 0 }
        guard byte >= 0xE1, byte <= 0xE3, index + 2 < bytes.count else { return 0 }
        let third = bytes[index + 2]
        switch (byte, second) {
        case (0xE1, 0x9A): return third == 0x80 ? 3 : 0  // U+1680
        case (0xE2, 0x80): return third <= 0x8C || third == 0xA8 || third == 0xA9 || third == 0xAF ? 3 : 0
        case (0xE2, 0x81): return third == 0x9F ? 3 : 0  // U+205F
        case (0xE3, 0x80): return third == 0x80 ? 3 : 0  // U+3000
        default: return 0
        }
    }
}
