/// Maps 1-based lines of a decoded body (after transfer and charset decoding) to 1-based
/// lines of the file. Charset decoding keeps line breaks, so decoded line n starts where
/// line n of the transfer-decoded bytes starts; that offset maps back to the raw part
/// through the body's `DecodedOffsetMap`.
public struct DecodedLineMap: Sendable {
    /// File line of each decoded line (index 0 is line 1).
    let fileLines: [Int]
    /// Message-buffer offset of the raw line each decoded line starts on.
    let rawOffsets: [Int]

    /// The map for a decoded text part of `message`.
    public init(decoded: DecodedText, message: Message) {
        let body = decoded.body
        rawOffsets = decoded.withBytes { LineIndex($0) }.lineStarts.map { body.rawOffset(forDecoded: $0) }
        fileLines = rawOffsets.map { message.location(of: $0).line }
    }

    /// The identity map of a file's own bytes (a template read from disk).
    public init(identityOver bytes: [UInt8]) {
        rawOffsets = LineIndex(bytes).lineStarts
        fileLines = rawOffsets.indices.map { $0 + 1 }
    }

    /// The 0-based offset in the message buffer where the raw line of decoded line `line` starts.
    public func rawOffset(for line: Int) -> Int {
        guard !rawOffsets.isEmpty else { return 0 }
        return rawOffsets[min(max(0, line - 1), rawOffsets.count - 1)]
    }

    /// The 1-based file line of 1-based decoded line `line` (clamped to the body).
    public func fileLine(for line: Int) -> Int {
        guard !fileLines.isEmpty else { return 1 }
        return fileLines[min(max(0, line - 1), fileLines.count - 1)]
    }
}
