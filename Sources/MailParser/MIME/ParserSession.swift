/// The state of one parse: the buffer, where it came from, the limits and what was found.
///
/// Lives only while `MessageParser.parse` runs; the buffer pointer is valid for that time.
struct ParserSession {
    let bytes: [UInt8]
    let buffer: UnsafeBufferPointer<UInt8>
    let lineIndex: LineIndex
    let origin: SourceOrigin
    let limits: ParserLimits
    var defects: [ParseDefect] = []
    var entityCount = 0
    var partLimitReported = false
    /// The boundaries of the multiparts being split, outermost first.
    var enclosingBoundaries: [String] = []

    /// The file position of buffer offset `offset`.
    func location(of offset: Int) -> SourceLocation {
        MessageLocator(lineIndex: lineIndex, origin: origin).location(of: offset)
    }

    mutating func record(
        _ kind: DefectKind, _ range: Range<Int>, part: PartPath?, header: String? = nil,
        _ evidence: String
    ) {
        // The top-level entity's own path is empty: such defects belong to no part.
        let path = part.flatMap { $0.components.isEmpty ? nil : $0 }
        defects.append(ParseDefect(kind, range: range, partPath: path, headerName: header, evidence: evidence))
    }

    /// Up to `limit` bytes at `range` as printable evidence text.
    func excerpt(_ range: Range<Int>, limit: Int = 80) -> String {
        let upper = min(range.upperBound, range.lowerBound + limit)
        var text = Charset.decodeHeaderBytes(bytes[range.lowerBound..<upper])
        text = text.replacingControlCharacters()
        return upper < range.upperBound ? text + "…" : text
    }
}

/// Turns buffer offsets into file positions through a message's line index and origin.
public struct MessageLocator: Sendable {
    /// The line index of the message buffer.
    public let lineIndex: LineIndex
    /// Where the buffer starts in its file.
    public let origin: SourceOrigin

    /// Creates a locator.
    public init(lineIndex: LineIndex, origin: SourceOrigin) {
        self.lineIndex = lineIndex
        self.origin = origin
    }

    /// The file position of 0-based buffer offset `offset`.
    public func location(of offset: Int) -> SourceLocation {
        let (line, column) = lineIndex.location(of: offset)
        let removed = origin.removedCount(upTo: offset)
        var fileColumn = column
        if removed > 0, let lineStart = lineIndex.offset(ofLine: line),
            origin.removedQuoteOffsets.contains(lineStart)
        {
            fileColumn += 1
        }
        return SourceLocation(
            offset: origin.byteOffset + offset + removed,
            line: origin.line + line - 1,
            column: fileColumn)
    }
}

extension String {
    /// The string with C0 controls (other than tab) and DEL shown as `\u{..}` escapes,
    /// CR as `\r` and LF as `\n`, so that evidence prints on one line.
    func replacingControlCharacters() -> String {
        guard utf8.contains(where: { ($0 < 0x20 && $0 != ASCII.tab) || $0 == 0x7F }) else { return self }
        // Controls are ASCII bytes, never inside a multi-byte sequence: rewrite bytes.
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count + 16)
        for byte in utf8 {
            switch byte {
            case ASCII.cr: out += [ASCII.backslash, UInt8(ascii: "r")]
            case ASCII.lf: out += [ASCII.backslash, UInt8(ascii: "n")]
            case _ where (byte < 0x20 && byte != ASCII.tab) || byte == 0x7F:
                out += Array("\\u{\(String(byte, radix: 16))}".utf8)
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
