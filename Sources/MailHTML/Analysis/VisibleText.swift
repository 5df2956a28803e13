/// The text a reader reads, in document order: hidden elements left out, blocks separated
/// by line breaks, white space collapsed, each run with its HTML line.
///
/// The runs' text is not copied where it needs no collapsing: a run reads it from the bytes
/// it came from (the plain text's, the document the tree keeps, or the tree's own text),
/// and only text whose white space changes is written again, into one buffer the runs
/// share.
public struct VisibleText: Sendable {
    /// The bytes runs read their text from.
    @usableFromInline final class Storage: Sendable {
        /// The source: the plain text, the document the tree keeps, or the tree's text.
        let source: ArraySlice<UInt8>
        /// The tree's own text, beside a document it keeps (empty otherwise): the text with
        /// an entity decoded.
        let own: ArraySlice<UInt8>
        /// The collapsed text of the runs whose text is not a stretch of `source` or `own`.
        let collapsed: [UInt8]

        init(source: ArraySlice<UInt8>, own: ArraySlice<UInt8> = [], collapsed: [UInt8]) {
            self.source = source
            self.own = own
            self.collapsed = collapsed
        }

        /// Lends out `count` bytes from `start`: of `source` below its count, of `own` from
        /// there, of `collapsed` from `-start - 1` when negative.
        func withUTF8<R>(start: Int, count: Int, _ read: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
            if start >= source.count {
                let from = start - source.count
                return try own.withUnsafeBufferPointer {
                    try read(UnsafeBufferPointer(rebasing: $0[from..<(from + count)]))
                }
            }
            if start >= 0 {
                return try source.withUnsafeBufferPointer {
                    try read(UnsafeBufferPointer(rebasing: $0[start..<(start + count)]))
                }
            }
            let from = -start - 1
            return try collapsed.withUnsafeBufferPointer {
                try read(UnsafeBufferPointer(rebasing: $0[from..<(from + count)]))
            }
        }
    }

    /// A run's place and length in sixteen bytes, without its storage: the runs of one text
    /// share one, so a large message's millions of runs keep no reference each.
    @usableFromInline struct Packed: Sendable, Equatable {
        /// Where its text starts in the storage (see `Storage.withUTF8`); `Int32.min` for a
        /// block boundary. Four bytes: a run's source is one body or one tree, at most 256 MiB
        /// (`ParserLimits`, the file limit).
        @usableFromInline let start32: Int32
        /// Its length in UTF-8 bytes, and in the top bit whether it joins the run before.
        let countAndJoin: UInt32
        let line32: Int32
        let node32: Int32

        init(start: Int, count: Int, line: Int, node: Int, joinsPrevious: Bool) {
            start32 = Int32(clamping: start)
            countAndJoin = UInt32(clamping: min(count, 0x7FFF_FFFF)) | (joinsPrevious ? 0x8000_0000 : 0)
            line32 = Int32(clamping: line)
            node32 = Int32(clamping: node)
        }

        /// A block boundary.
        static func boundary(line: Int, node: Int) -> Packed {
            Packed(start: Int(Int32.min), count: 1, line: line, node: node, joinsPrevious: false)
        }

        @inlinable var isBoundary: Bool { start32 == Int32.min }
        var start: Int { Int(start32) }
        var count: Int { Int(countAndJoin & 0x7FFF_FFFF) }
    }

    /// One run of text from one text node (or one line of plain text), or a block boundary.
    public struct Run: Sendable, Equatable {
        /// Where its text is read from; nil for a block boundary.
        @usableFromInline let storage: Storage?
        /// Its place, length, line and node.
        @usableFromInline let packed: Packed

        /// Where its text starts in `storage`.
        var start: Int { packed.start }
        /// Its length in UTF-8 bytes.
        var count: Int { packed.count }
        /// Whether the run continues the word of the run before it: only inline elements
        /// stand between them, without white space ("Unsub<b>scribe</b>"). Joined text puts
        /// no space between such runs.
        public var joinsPrevious: Bool { packed.countAndJoin & 0x8000_0000 != 0 }

        /// 1-based line of the text node in the HTML source (of the line in plain text).
        public var line: Int { Int(packed.line32) }
        /// The text node's index in the tree; -1 for plain text.
        public var node: Int { Int(packed.node32) }
        /// Whether the run is a block boundary (its text "\n").
        public var isBoundary: Bool { storage == nil }
        /// The length of its text in UTF-8 bytes (1 for a boundary).
        public var utf8Count: Int { storage == nil ? 1 : count }

        /// The collapsed text; "\n" for a block boundary. Made on each read: large readers
        /// use `withUTF8`.
        public var text: String {
            withUTF8 { String(decoding: $0, as: UTF8.self) }
        }

        /// Lends out the text's UTF-8 bytes ("\n" for a block boundary).
        public func withUTF8<R>(_ read: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
            guard let storage else {
                return try withUnsafeBytes(of: Self.newline) { try read($0.bindMemory(to: UInt8.self)) }
            }
            return try storage.withUTF8(start: start, count: count, read)
        }

        private static let newline: UInt8 = 0x0A

        /// A run of `text` ("\n" for a block boundary), with storage of its own.
        public init(text: String, line: Int, node: Int, joinsPrevious: Bool = false) {
            if text == "\n" {
                self.init(storage: nil, packed: .boundary(line: line, node: node))
            } else {
                self.init(
                    storage: Storage(source: Array(text.utf8)[...], collapsed: []),
                    packed: Packed(
                        start: 0, count: text.utf8.count, line: line, node: node, joinsPrevious: joinsPrevious))
            }
        }

        /// A run of `packed` read from `storage` (none for a boundary).
        @inlinable init(storage: Storage?, packed: Packed) {
            self.storage = packed.isBoundary ? nil : storage
            self.packed = packed
        }

        /// Runs are equal when their text, line, node and joining are.
        public static func == (lhs: Run, rhs: Run) -> Bool {
            lhs.packed.line32 == rhs.packed.line32 && lhs.packed.node32 == rhs.packed.node32
                && lhs.packed.countAndJoin == rhs.packed.countAndJoin && lhs.isBoundary == rhs.isBoundary
                && lhs.withUTF8 { left in rhs.withUTF8 { right in left.elementsEqual(right) } }
        }
    }

    /// The runs of a text, in document order: each read with the storage they share.
    public struct Runs: RandomAccessCollection, Sendable {
        @usableFromInline let packed: [Packed]
        @usableFromInline let storage: Storage

        init(packed: [Packed], storage: Storage) {
            self.packed = packed
            self.storage = storage
        }

        /// The first run's index, 0.
        @inlinable public var startIndex: Int { 0 }
        /// One past the last run's index: the number of runs.
        @inlinable public var endIndex: Int { packed.count }
        /// The run at `position`, read with the shared storage. Inlinable, as an array's
        /// subscript is: rules in other modules walk millions of runs.
        @inlinable public subscript(position: Int) -> Run { Run(storage: storage, packed: packed[position]) }
    }

    /// The runs in document order; a run with text "\n" (`isBoundary`) marks a block boundary.
    public private(set) var runs: Runs

    /// All runs joined: what a reader reads.
    public var text: String {
        var out = ""
        for run in runs {
            if run.isBoundary {
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
        self.init(plainTextUTF8: Array(text.utf8)[...])
    }

    /// The text of a plain-text body given as UTF-8 (valid or repaired): the runs read their
    /// text from `source` (shared, not copied) wherever collapsing leaves it as it is.
    public init(plainTextUTF8 source: ArraySlice<UInt8>) {
        var builder = Builder()
        source.withUnsafeBufferPointer { bytes in
            var line = 0
            var pendingBoundary: Int?
            // Lines are split on the UTF-8 bytes (CR LF, LF, CR), and each line's white
            // space collapsed on bytes.
            var start = 0
            var index = 0
            while index <= bytes.count {
                let atEnd = index == bytes.count
                guard atEnd || bytes[index] == 0x0A || bytes[index] == 0x0D else {
                    index += 1
                    continue
                }
                line += 1
                if let run = builder.run(start..<index, of: bytes, line: line, node: -1) {
                    if let boundary = pendingBoundary { builder.runs.append(.boundary(line: boundary, node: -1)) }
                    pendingBoundary = nil
                    builder.runs.append(run)
                } else if !builder.runs.isEmpty, pendingBoundary == nil {
                    // A blank line separates paragraphs; it is written when a paragraph follows.
                    pendingBoundary = line
                }
                if !atEnd, bytes[index] == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
                index += 1
                start = index
            }
        }
        runs = builder.finish(source: source)
    }

    /// Collects the visible text of `tree`.
    init(tree: HTMLTree, analyzer: VisibilityAnalyzer) {
        let storage = tree.storage
        let isBlock = Self.isBlockByKnownAtom
        var builder = Builder()
        var hiddenElements = [Bool](repeating: false, count: tree.count)
        // Whether the last visible text ended inside a word, with nothing since that
        // separates words (white space, a block, an image).
        var previousEndsInWord = false
        let img = KnownNames.img
        // The runs read from the document the tree keeps, where it keeps one, and from the
        // tree's own text, counted after it.
        let keepsSource = !storage.source.isEmpty
        let source = keepsSource ? storage.source : storage.bytes[...]
        source.withUnsafeBufferPointer { sourceBytes in
            storage.bytes.withUnsafeBufferPointer { ownBytes in
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
                        if !hiddenElements[index],
                            KnownNames.value(in: isBlock, at: storage.tags[index], fallback: false)
                        {
                            // One boundary between two texts, however many blocks open there (a
                            // newsletter's table, row, cell and paragraph): the first one's.
                            if builder.runs.last?.isBoundary != true {
                                builder.runs.append(.boundary(line: tree.line(index), node: index))
                            }
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
                        let location = tree.textLocation(index)
                        let bytes = location.inSource || !keepsSource ? sourceBytes : ownBytes
                        let edges = Self.wordEdges(UnsafeBufferPointer(rebasing: bytes[location.range]))
                        guard
                            let run = builder.run(
                                location.range, of: bytes, at: keepsSource && !location.inSource ? source.count : 0,
                                line: tree.line(index), node: index,
                                joinsPrevious: previousEndsInWord && edges.startsInWord)
                        else {
                            previousEndsInWord = false
                            continue
                        }
                        if analyzer.isHidden(index, isText: true) {
                            builder.dropCollapsed(of: run)
                            continue
                        }
                        builder.runs.append(run)
                        previousEndsInWord = edges.endsInWord
                    case .comment:
                        continue
                    }
                }
            }
        }
        runs = builder.finish(source: source, own: keepsSource ? storage.bytes[...] : [])
    }

    /// Makes the runs of one text: each line or text node collapsed into a scratch buffer,
    /// read from the source where collapsing leaves it as it is, else kept in `collapsed`.
    private struct Builder {
        var runs: [Packed] = []
        var collapsed: [UInt8] = []
        var scratch: [UInt8] = []

        /// The run of `range` of `bytes`, nil when it collapses to nothing; `bytes` start at
        /// `offset` of the runs' source (`Storage.withUTF8`: the tree's own text after the
        /// document it keeps).
        mutating func run(
            _ range: Range<Int>, of bytes: UnsafeBufferPointer<UInt8>, at offset: Int = 0, line: Int, node: Int,
            joinsPrevious: Bool = false
        ) -> Packed? {
            let text = UnsafeBufferPointer(rebasing: bytes[range])
            guard !text.isEmpty else { return nil }
            if scratch.count < text.count { scratch = [UInt8](repeating: 0, count: max(text.count, 2 * scratch.count)) }
            let result = scratch.withUnsafeMutableBufferPointer { VisibleText.collapse(text, into: $0.baseAddress!) }
            guard result.count > 0 else { return nil }
            let start: Int
            if result.unchanged {
                start = offset + range.lowerBound + result.start
            } else {
                start = -collapsed.count - 1
                collapsed.append(contentsOf: scratch[0..<result.count])
            }
            return Packed(start: start, count: result.count, line: line, node: node, joinsPrevious: joinsPrevious)
        }

        /// Gives back the collapsed text of `run`, the last made, when it is not kept.
        mutating func dropCollapsed(of run: Packed) {
            if run.start < 0 { collapsed.removeLast(run.count) }
        }

        /// The runs, reading from `source`, `own` and the collapsed texts.
        mutating func finish(source: ArraySlice<UInt8>, own: ArraySlice<UInt8> = []) -> Runs {
            collapsed.shrinkToFit()
            runs.shrinkToFit()
            return Runs(packed: runs, storage: Storage(source: source, own: own, collapsed: collapsed))
        }
    }
}

extension Array {
    /// Gives back spare capacity when more than an eighth of it is unused.
    fileprivate mutating func shrinkToFit() {
        guard capacity > count + count / 8 + 16 else { return }
        var exact: [Element] = []
        exact.reserveCapacity(count)
        exact.append(contentsOf: self)
        self = exact
    }
}
