/// Maps 1-based lines of a decoded body (after transfer and charset decoding) to 1-based
/// lines of the file. Charset decoding keeps line breaks, so decoded line n starts where
/// line n of the transfer-decoded bytes starts; that offset maps back to the raw part
/// through the body's `DecodedOffsetMap`, or, in an identity transfer encoding, is the
/// start of the body's raw line n.
public struct DecodedLineMap: Sendable {
    /// Message-buffer offset of the raw line each decoded line starts on, in four bytes (a
    /// message is far below 4 GiB; a large one has a million lines); empty where the
    /// message's own lines are the body's (`bodyLines`).
    let rawOffsets: [UInt32]
    /// For a body in an identity transfer encoding, its decoded lines are the message's:
    /// the message's line index, the 0-based index of the body's first line there and the
    /// body's line count. No map is kept for them.
    let bodyLines: (index: LineIndex, first: Int, count: Int)?
    /// Where the message's offsets stand in its file; nil when decoded lines are the file's
    /// lines (a template read from disk).
    let locator: MessageLocator?

    /// The map for decoded text part `part` of `message`.
    public init(decoded: DecodedText, part: MIMEPart, message: Message) {
        let body = decoded.body
        locator = message.locator
        if part.effectiveTransferEncoding.isIdentity {
            // Charset decoding keeps line breaks: decoded line n is raw line n of the body.
            let index = message.locator.lineIndex
            let first = index.location(of: body.rawStart).line - 1
            let last = index.location(of: max(body.rawStart, part.bodyRange.upperBound - 1)).line - 1
            rawOffsets = []
            bodyLines = (index, first, last - first + 1)
        } else {
            let index = decoded.withBytes { LineIndex($0) }
            rawOffsets = (0..<index.lineCount).map {
                UInt32(clamping: body.rawOffset(forDecoded: index.lineStart($0)))
            }
            bodyLines = nil
        }
    }

    /// The identity map of a file's own bytes (a template read from disk).
    public init(identityOver bytes: [UInt8]) {
        let index = LineIndex(bytes)
        rawOffsets = []
        bodyLines = (index, 0, index.lineCount)
        locator = nil
    }

    /// How many decoded lines the map knows.
    private var lineCount: Int { bodyLines?.count ?? rawOffsets.count }

    /// The raw offset of 0-based decoded line `index` (`index < lineCount`).
    private func offset(ofDecoded index: Int) -> Int {
        guard let bodyLines else { return Int(rawOffsets[index]) }
        return bodyLines.index.lineStart(min(bodyLines.first + index, bodyLines.index.lineCount - 1))
    }

    /// The 0-based offset in the message buffer where the raw line of decoded line `line` starts.
    public func rawOffset(for line: Int) -> Int {
        guard lineCount > 0 else { return 0 }
        return offset(ofDecoded: min(max(0, line - 1), lineCount - 1))
    }

    /// The 1-based file line of 1-based decoded line `line` (clamped to the body), looked
    /// up when asked: most lines are never named in a finding.
    public func fileLine(for line: Int) -> Int {
        guard lineCount > 0 else { return 1 }
        let clamped = min(max(1, line), lineCount)
        guard let locator else { return clamped }
        return locator.location(of: offset(ofDecoded: clamped - 1)).line
    }
}
