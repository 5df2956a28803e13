import MailLint
import MailParser

/// The piece of a source line a reporter shows under a diagnostic, and columns counted in
/// Unicode scalars. Both read only the bytes they need: a minified HTML line of a megabyte
/// with thousands of findings costs each finding a window of it, not the whole line.
enum SourceExcerpt {
    /// What the text reporter prints: `text`, the line or a piece of it (control characters
    /// as written; the reporter makes them printable), and the caret under it, in Unicode
    /// scalars (1-based column).
    struct Window: Equatable {
        var text: String
        var caretColumn: Int
        var caretWidth: Int
    }

    /// Bytes of the line shown before the diagnostic's column when the line is cut on the left.
    static let leadingContext = 60
    /// Bytes of the line a window holds at most.
    static let windowBytes = 200
    /// Where a window starts cutting on the left: a column further in than this is shown
    /// with `leadingContext` bytes before it and "…".
    static let cutAfter = 120

    /// The offset in `message.bytes` at which file line `line` starts, or nil when the line is
    /// outside the message.
    static func lineStart(_ line: Int, of message: Message) -> Int? {
        let local = line - message.locator.origin.line + 1
        guard let start = message.locator.lineIndex.offset(ofLine: local), start <= message.bytes.count else {
            return nil
        }
        return start
    }

    /// The window of file line `line` around byte columns `startColumn` (and `endColumn` when
    /// the diagnostic ends on the same line): the line itself when it is short, otherwise
    /// about `windowBytes` of it with "…" where it is cut, never splitting a UTF-8 sequence.
    /// Bytes that are not UTF-8 are read as Windows-1252, as header bytes are.
    static func window(line: Int, startColumn: Int, endColumn: Int?, of message: Message) -> Window? {
        guard let lineStart = lineStart(line, of: message) else { return nil }
        let bytes = message.bytes
        let isLineEnd = { (index: Int) in bytes[index] == ASCII.lf || bytes[index] == ASCII.cr }
        // The line's end, from where the next line starts: the column may lie past it (a
        // finding at the end of a line), and then the caret stands there.
        var lineEnd = Self.lineStart(line + 1, of: message) ?? bytes.count
        while lineEnd > lineStart, isLineEnd(lineEnd - 1) { lineEnd -= 1 }
        var start = lineStart
        let startByte = min(lineStart + max(0, startColumn - 1), lineEnd)
        if startByte - lineStart > cutAfter {
            start = startByte - leadingContext
            while start < startByte, isContinuation(bytes[start]) { start += 1 }
        }
        var end = min(lineEnd, start + windowBytes)
        let cutRight = end < lineEnd
        if cutRight {
            while end > startByte, isContinuation(bytes[end]) { end -= 1 }
        }
        let slice = bytes[start..<end]
        let isUTF8 = Charset.isValidUTF8(slice)
        func scalars(_ range: Range<Int>) -> Int {
            isUTF8 ? bytes[range].reduce(0) { $0 + (isContinuation($1) ? 0 : 1) } : range.count
        }
        let cutLeft = start > lineStart
        var text = Charset.decodeHeaderBytes(slice)
        if cutLeft { text = "…" + text }
        if cutRight { text += "…" }
        let caretColumn = (cutLeft ? 1 : 0) + scalars(start..<startByte) + 1
        // To the diagnostic's end on this line, or to the window's end when it goes on.
        let caretEnd = endColumn.map { min(max(startByte, lineStart + $0 - 1), end) } ?? end
        return Window(text: text, caretColumn: caretColumn, caretWidth: max(1, scalars(startByte..<caretEnd)))
    }

    private static func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }
}

/// Byte columns turned into columns in Unicode scalars, for reporters that give exact
/// columns (SARIF). Diagnostics arrive in document order, so it counts on from where the
/// last one on the same line stood instead of from the line's start each time.
struct ScalarColumns {
    private var lineStart = -1
    private var byteOffset = 0
    private var scalarCount = 0

    /// The 1-based column in Unicode scalars of 1-based byte column `byteColumn` of file line
    /// `line`; `byteColumn` itself when the line is outside the message. Bytes past the line's
    /// end count one column each.
    mutating func column(_ byteColumn: Int, line: Int, of message: Message) -> Int {
        guard let start = SourceExcerpt.lineStart(line, of: message) else { return byteColumn }
        let target = start + max(0, byteColumn - 1)
        if start != lineStart || target < byteOffset {
            lineStart = start
            byteOffset = start
            scalarCount = 0
        }
        let available = min(target, message.bytes.count)
        if available > byteOffset {
            scalarCount += message.bytes.withUnsafeBufferPointer { buffer in
                String(decoding: UnsafeBufferPointer(rebasing: buffer[byteOffset..<available]), as: UTF8.self)
                    .unicodeScalars.count
            }
            byteOffset = available
        }
        return scalarCount + (target - available) + 1
    }
}
