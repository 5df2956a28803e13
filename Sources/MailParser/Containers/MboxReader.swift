/// One message taken out of an mbox file.
public struct MboxMessage: Sendable {
    /// 0-based position of the message in the mbox.
    public var index: Int
    /// The message bytes: after the `From ` separator line, without the blank line that
    /// separates it from the next message, with mboxrd quoting undone (`>From ` → `From `,
    /// `>>From ` → `>From `).
    public var bytes: [UInt8]
    /// Where the bytes stand in the mbox file.
    public var origin: SourceOrigin
    /// The separator line as written, without its line break.
    public var separatorLine: [UInt8]
}

/// Splits an mbox file (mboxo, mboxrd) into messages, reading it in chunks so that a large
/// mailbox is never held in memory whole: at most one message and one chunk at a time.
///
/// A line is a separator when it starts with `From ` and looks like one: a sender token
/// followed by a date (any digit), or the `From -` form some clients write. A body line
/// such as `From Russia with love` that a writer forgot to quote is therefore kept in its
/// message (Python's `mailbox` splits there; Thunderbird does not). Lines end at CR LF,
/// LF or CR, as everywhere in MailParser. A UTF-8 byte order mark at the start is skipped.
/// Bytes before the first separator are not a message: `leadingJunk` reports them.
public final class MboxReader: Sequence, IteratorProtocol {
    private let file: FileInput?
    private var buffer: [UInt8]
    /// File offset of `buffer[0]`.
    private var bufferOffset = 0
    /// Position in `buffer` of the next line to read.
    private var position = 0
    private var atEndOfFile: Bool
    private var line = 1
    private var nextIndex = 0
    private var started = false
    private let chunkSize: Int
    /// The separator that starts the next message: (line content, offset after it, its line + 1).
    private var pendingSeparator: (content: [UInt8], bodyOffset: Int, bodyLine: Int)?
    /// Bytes before the first separator line that are not blank: (offset, line, length).
    public private(set) var leadingJunk: (offset: Int, line: Int, length: Int)?
    /// A read error that ended the iteration early.
    public private(set) var error: FileReadError?

    /// Reads the mbox at `path` in chunks of `chunkSize` bytes.
    public init(path: String, chunkSize: Int = 1 << 20) throws(FileReadError) {
        file = try FileInput(path: path)
        buffer = []
        atEndOfFile = false
        self.chunkSize = Swift.max(64, chunkSize)
    }

    /// Splits an mbox already in memory.
    public init(bytes: [UInt8]) {
        file = nil
        buffer = bytes
        atEndOfFile = true
        chunkSize = 1 << 20
    }

    /// The next message, or nil at the end (or after a read error, see `error`).
    public func next() -> MboxMessage? {
        if !started {
            started = true
            skipByteOrderMark()
            findFirstSeparator()
        }
        guard let separator = pendingSeparator else { return nil }
        pendingSeparator = nil
        var bytes: [UInt8] = []
        var removed: [Int] = []
        var lastLineWasBlank = false
        var lastLineStart = 0
        while let current = readLine() {
            if isSeparator(current.content) {
                pendingSeparator = (Array(current.content), current.offset + current.length, line)
                break
            }
            lastLineStart = bytes.count
            lastLineWasBlank = current.content.isEmpty
            if let unquoted = Self.unquotedFromLine(current.content) {
                removed.append(bytes.count)
                bytes += unquoted
            } else {
                bytes += current.content
            }
            bytes += current.lineBreak
        }
        // The blank line before the next separator (or the end) separates; it is not content.
        if lastLineWasBlank, !bytes.isEmpty { bytes.removeSubrange(lastLineStart...) }
        let message = MboxMessage(
            index: nextIndex, bytes: bytes,
            origin: SourceOrigin(
                byteOffset: separator.bodyOffset, line: separator.bodyLine, removedQuoteOffsets: removed),
            separatorLine: separator.content)
        nextIndex += 1
        return message
    }

    // MARK: Lines

    /// A line as a view of `buffer` (no copy a line: a large message has millions).
    private struct Line {
        var content: ArraySlice<UInt8>
        var lineBreak: ArraySlice<UInt8>
        var offset: Int
        var length: Int
    }

    /// The next line, or nil at the end of the file. Advances `line`.
    private func readLine() -> Line? {
        while true {
            if let line = lineInBuffer() { return line }
            if atEndOfFile {
                guard position < buffer.count else { return nil }
                let content = buffer[position...]
                let result = Line(
                    content: content, lineBreak: [], offset: bufferOffset + position, length: content.count)
                position = buffer.count
                return result
            }
            refill()
        }
    }

    private func lineInBuffer() -> Line? {
        var index = position
        let count = buffer.count
        while index < count {
            let byte = buffer[index]
            if byte == ASCII.lf || byte == ASCII.cr {
                var breakLength = 1
                if byte == ASCII.cr {
                    if index + 1 >= count, !atEndOfFile { return nil }  // CR at chunk end: need the next byte
                    if index + 1 < count, buffer[index + 1] == ASCII.lf { breakLength = 2 }
                }
                let result = Line(
                    content: buffer[position..<index], lineBreak: buffer[index..<index + breakLength],
                    offset: bufferOffset + position, length: index + breakLength - position)
                position = index + breakLength
                line += 1
                return result
            }
            index += 1
        }
        return nil
    }

    private func refill() {
        guard let file else {
            atEndOfFile = true
            return
        }
        if position > 0 {
            buffer.removeSubrange(0..<position)
            bufferOffset += position
            position = 0
        }
        do {
            let chunk = try file.read(upTo: chunkSize)
            if chunk.isEmpty { atEndOfFile = true } else { buffer += chunk }
        } catch {
            self.error = error
            atEndOfFile = true
        }
    }

    private func skipByteOrderMark() {
        while buffer.count < 3, !atEndOfFile { refill() }
        if buffer.count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF { position = 3 }
    }

    private func findFirstSeparator() {
        var junkStart: (offset: Int, line: Int)?
        var junkEnd = 0
        while let current = readLine() {
            if Self.startsWithFrom(current.content), junkStart == nil || isSeparator(current.content) {
                pendingSeparator = (Array(current.content), current.offset + current.length, line)
                break
            }
            if !current.content.allSatisfy(ASCII.isWhitespace) {
                if junkStart == nil { junkStart = (current.offset, line - 1) }
                junkEnd = current.offset + current.length
            }
        }
        if let junkStart { leadingJunk = (junkStart.offset, junkStart.line, junkEnd - junkStart.offset) }
    }

    // MARK: Separators and quoting

    private static func startsWithFrom(_ content: ArraySlice<UInt8>) -> Bool {
        let start = content.startIndex
        return content.count >= 5 && content[start] == 0x46 && content[start + 1] == 0x72
            && content[start + 2] == 0x6F && content[start + 3] == 0x6D && content[start + 4] == ASCII.space
    }

    /// `From ` + sender + (a date with a digit, or nothing when the sender is `-` or an address).
    func isSeparator(_ content: ArraySlice<UInt8>) -> Bool {
        guard Self.startsWithFrom(content) else { return false }
        let rest = content.dropFirst(5).drop(while: ASCII.isWhitespace)
        guard let senderEnd = rest.firstIndex(where: ASCII.isWhitespace) ?? (rest.isEmpty ? nil : rest.endIndex) else {
            return false
        }
        let sender = rest[rest.startIndex..<senderEnd]
        if sender.elementsEqual([ASCII.hyphen]) || sender.contains(ASCII.at) { return true }
        return rest[senderEnd...].contains(where: ASCII.isDigit)
    }

    /// For `>From `, `>>From `, …: the line with one `>` removed; otherwise nil.
    static func unquotedFromLine(_ content: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
        var index = content.startIndex
        while index < content.endIndex, content[index] == ASCII.greaterThan { index += 1 }
        guard index > content.startIndex, startsWithFrom(content[index...]) else { return nil }
        return content.dropFirst()
    }
}
