/// Maps 1-based lines of a decoded body (after transfer and charset decoding) to 1-based
/// lines of the file. Charset decoding keeps line breaks, so decoded line n starts where
/// line n of the transfer-decoded bytes starts; that offset maps back to the raw part
/// through the body's `DecodedOffsetMap`.
public struct DecodedLineMap: Sendable {
    /// Message-buffer offset of the raw line each decoded line starts on.
    let rawOffsets: [Int]
    /// Where the message's offsets stand in its file; nil when decoded lines are the file's
    /// lines (a template read from disk).
    let locator: MessageLocator?

    /// The map for a decoded text part of `message`.
    public init(decoded: DecodedText, message: Message) {
        let body = decoded.body
        rawOffsets = decoded.withBytes { LineIndex($0) }.lineStarts.map { body.rawOffset(forDecoded: $0) }
        locator = message.locator
    }

    /// The identity map of a file's own bytes (a template read from disk).
    public init(identityOver bytes: [UInt8]) {
        rawOffsets = LineIndex(bytes).lineStarts
        locator = nil
    }

    /// The 0-based offset in the message buffer where the raw line of decoded line `line` starts.
    public func rawOffset(for line: Int) -> Int {
        guard !rawOffsets.isEmpty else { return 0 }
        return rawOffsets[min(max(0, line - 1), rawOffsets.count - 1)]
    }

    /// The 1-based file line of 1-based decoded line `line` (clamped to the body), looked
    /// up when asked: most lines are never named in a finding.
    public func fileLine(for line: Int) -> Int {
        guard !rawOffsets.isEmpty else { return 1 }
        let clamped = min(max(1, line), rawOffsets.count)
        guard let locator else { return clamped }
        return locator.location(of: rawOffsets[clamped - 1]).line
    }
}
