/// A window of a body text — a stretch of its runs — joined into one string and folded for
/// the phrase automata (see `FoldedText`). A body is read window by window
/// (`LintContext.forEachFoldedWindow`), so that the folded form of a large message, eight
/// bytes a character, never exists whole.
struct FoldedBody {
    /// The body text it comes from.
    var body: BodyText
    /// The runs of `body` it holds.
    var runs: Range<Int>
    /// Those runs joined, each followed by a space (but one whose word the next run continues).
    var joined: String
    /// Where each of those runs starts in `joined`, in unicode scalars (the first is
    /// `runs.lowerBound`).
    var runStarts: [Int]
    /// `joined`, folded.
    var folded: FoldedText

    /// The text a window aims at, in UTF-8 bytes; it ends at the first run after that which
    /// ends a sentence (a statement never crosses one), and at `maxWindowBytes` in any case.
    static let windowBytes = 1 << 18
    static let maxWindowBytes = 1 << 20

    /// Joins and folds `runs` of `body`.
    init(_ body: BodyText, runs: Range<Int>) {
        self.body = body
        self.runs = runs
        let texts = body.text.runs[runs]
        // The runs' bytes are joined without a string per run, then made one string.
        var joined: [UInt8] = []
        joined.reserveCapacity(texts.reduce(0) { $0 + $1.utf8Count + 1 })
        var runStarts: [Int] = []
        runStarts.reserveCapacity(texts.count)
        // A block boundary before a capital starts a sentence ("Please do not" as one
        // paragraph, "Reply to this email if …" as the next); before a lower-case letter it
        // continues one ("do not<br>reply"). Read backwards once: whether the next text run
        // after each starts with a capital.
        var beforeCapital = [Bool](repeating: false, count: texts.count)
        var nextStartsWithCapital = false
        for (offset, run) in texts.enumerated().reversed() {
            if run.isBoundary {
                beforeCapital[offset] = nextStartsWithCapital
            } else {
                nextStartsWithCapital = run.withUTF8(Self.startsWithCapital)
            }
        }
        var count = 0
        for (offset, run) in texts.enumerated() {
            // A run that continues the previous one's word takes back the space after it.
            if run.joinsPrevious, offset > 0, joined.last == UInt8(ascii: " ") {
                joined.removeLast()
                count -= 1
            }
            runStarts.append(count)
            if !run.isBoundary {
                run.withUTF8 { bytes in
                    joined.append(contentsOf: bytes)
                    count += Self.scalarCount(bytes) + 1
                }
                joined.append(UInt8(ascii: " "))
            } else if beforeCapital[offset] {
                // The paragraph separator ends a sentence in `FoldedText`; one scalar, as the space.
                joined.append(contentsOf: [0xE2, 0x80, 0xA9])  // U+2029
                count += 1
            } else {
                joined.append(UInt8(ascii: " "))
                count += 1
            }
        }
        self.joined = String(decoding: joined, as: UTF8.self)
        self.runStarts = runStarts
        folded = FoldedText(self.joined)
    }

    /// The index in `body.text.runs` of the run that holds scalar `source` of `joined`.
    func runIndex(containing source: Int) -> Int {
        runs.lowerBound + ((runStarts.lastIndex { $0 <= source }) ?? 0)
    }

    /// The windows of `body`, as ranges of its runs (one, possibly empty, at least).
    static func windows(of body: BodyText) -> [Range<Int>] {
        let runs = body.text.runs
        var windows: [Range<Int>] = []
        var start = 0
        var size = 0
        for (index, run) in runs.enumerated() {
            size += run.utf8Count + 1
            if size >= maxWindowBytes || (size >= windowBytes && (run.isBoundary || run.withUTF8(endsSentence))) {
                windows.append(start..<(index + 1))
                start = index + 1
                size = 0
            }
        }
        if start < runs.count || windows.isEmpty { windows.append(start..<runs.count) }
        return windows
    }

    /// Whether a run's collapsed text (which ends in no white space) ends a sentence: its last
    /// character a full stop, a question or an exclamation mark (ASCII, or the ideographic and
    /// fullwidth ones).
    static func endsSentence(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let last = utf8.last else { return true }
        if last == UInt8(ascii: ".") || last == UInt8(ascii: "!") || last == UInt8(ascii: "?") { return true }
        guard utf8.count >= 3 else { return false }
        let tail = (utf8[utf8.count - 3], utf8[utf8.count - 2], last)
        // 。 U+3002, ！ U+FF01, ？ U+FF1F
        return tail == (0xE3, 0x80, 0x82) || tail == (0xEF, 0xBC, 0x81) || tail == (0xEF, 0xBC, 0x9F)
    }

    /// Whether the first letter of UTF-8 text is a capital (a script with case; never for
    /// the scripts without one).
    static func startsWithCapital(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        var iterator = utf8.makeIterator()
        var decoder = UTF8()
        while case .scalarValue(let scalar) = decoder.decode(&iterator) {
            if scalar.value < 0x80 {
                if ASCII.isLetter(UInt8(scalar.value)) { return scalar.value < 0x61 }
                continue
            }
            guard scalar.properties.isAlphabetic else { continue }
            return scalar.properties.isUppercase || scalar.properties.generalCategory == .titlecaseLetter
        }
        return false
    }

    /// How many unicode scalars UTF-8 text has: its bytes that start one.
    static func scalarCount(_ utf8: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        for byte in utf8 where byte & 0xC0 != 0x80 { count += 1 }
        return count
    }
}

extension LintContext {
    /// The most readable text, in UTF-8 bytes, whose folded windows are kept for every
    /// reader (folded once); a message with more is folded anew for each reader, a window
    /// at a time, and memory stays bounded. Kept windows cost about ten bytes a byte of
    /// text (the joined string, a scalar and a source offset per character): at 4 MiB a
    /// 5 MB template's cache alone was 25.6 MB, 3 MiB past the documented bound.
    static let foldedCacheBytes = 1 << 20

    /// Calls `visit` with every folded window of the readable texts, in document order,
    /// until it returns false.
    func forEachFoldedWindow(_ visit: (FoldedBody) -> Bool) {
        if let cached = foldedWindows {
            for window in cached where !visit(window) { return }
            return
        }
        for body in bodyTexts {
            for runs in FoldedBody.windows(of: body) where !visit(FoldedBody(body, runs: runs)) { return }
        }
    }

    /// The folded windows of every readable text, when they are few enough to keep.
    func makeFoldedWindows() -> [FoldedBody]? {
        let size = bodyTexts.reduce(0) { total, body in total + body.text.runs.reduce(0) { $0 + $1.utf8Count } }
        guard size <= Self.foldedCacheBytes else { return nil }
        return bodyTexts.flatMap { body in FoldedBody.windows(of: body).map { FoldedBody(body, runs: $0) } }
    }
}
