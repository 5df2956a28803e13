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
        var joined = ""
        joined.reserveCapacity(texts.reduce(0) { $0 + $1.text.utf8.count + 1 })
        var runStarts: [Int] = []
        runStarts.reserveCapacity(texts.count)
        // A block boundary before a capital starts a sentence ("Please do not" as one
        // paragraph, "Reply to this email if …" as the next); before a lower-case letter it
        // continues one ("do not<br>reply"). Read backwards once: whether the next text run
        // after each starts with a capital.
        var beforeCapital = [Bool](repeating: false, count: texts.count)
        var nextStartsWithCapital = false
        for (offset, run) in texts.enumerated().reversed() {
            if run.text == "\n" {
                beforeCapital[offset] = nextStartsWithCapital
            } else {
                nextStartsWithCapital = Self.startsWithCapital(run.text)
            }
        }
        var count = 0
        for (offset, run) in texts.enumerated() {
            // A run that continues the previous one's word takes back the space after it.
            if run.joinsPrevious, offset > 0, joined.utf8.last == UInt8(ascii: " ") {
                joined.removeLast()
                count -= 1
            }
            runStarts.append(count)
            if run.text != "\n" {
                joined += run.text
                joined += " "
                count += Self.scalarCount(run.text) + 1
            } else {
                // The paragraph separator ends a sentence in `FoldedText`; one scalar, as the space.
                joined += beforeCapital[offset] ? "\u{2029}" : " "
                count += 1
            }
        }
        self.joined = joined
        self.runStarts = runStarts
        folded = FoldedText(joined)
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
            size += run.text.utf8.count + 1
            if size >= maxWindowBytes || (size >= windowBytes && endsSentence(run.text)) {
                windows.append(start..<(index + 1))
                start = index + 1
                size = 0
            }
        }
        if start < runs.count || windows.isEmpty { windows.append(start..<runs.count) }
        return windows
    }

    /// Whether a run ends a sentence: a line break, or a run whose last character that is not
    /// white space is a full stop, a question or an exclamation mark.
    static func endsSentence(_ text: String) -> Bool {
        guard let last = text.unicodeScalars.last(where: { !$0.properties.isWhitespace }) else { return true }
        return ".!?。！？".unicodeScalars.contains(last)
    }

    /// Whether the first letter of `text` is a capital (a script with case; never for the
    /// scripts without one).
    static func startsWithCapital(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first(where: { $0.properties.isAlphabetic }) else { return false }
        return first.properties.isUppercase || first.properties.generalCategory == .titlecaseLetter
    }

    /// How many unicode scalars `text` has: its UTF-8 bytes that start one.
    static func scalarCount(_ text: String) -> Int {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            var count = 0
            for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
            return count
        } ?? text.unicodeScalars.count
    }
}

extension LintContext {
    /// The most readable text, in UTF-8 bytes, whose folded windows are kept for every
    /// reader (folded once); a message with more is folded anew for each reader, a window
    /// at a time, and memory stays bounded.
    static let foldedCacheBytes = 4 << 20

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
        let size = bodyTexts.reduce(0) { total, body in total + body.text.runs.reduce(0) { $0 + $1.text.utf8.count } }
        guard size <= Self.foldedCacheBytes else { return nil }
        return bodyTexts.flatMap { body in FoldedBody.windows(of: body).map { FoldedBody(body, runs: $0) } }
    }
}
