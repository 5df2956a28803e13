/// Reads a header block (RFC 5322 §2.2, §3.6) from a buffer, tolerating what real mail
/// does wrong and recording each deviation.
///
/// - Fields end at CR LF, bare LF or bare CR; a line starting with SP or HTAB continues
///   the field before it (folding).
/// - A continuation line before the first field is skipped
///   (`DefectKind.firstLineIsContinuation`).
/// - White space between name and colon is accepted (`DefectKind.whitespaceBeforeColon`).
/// - A line that is neither a field nor a continuation ends the header block without the
///   blank line (`DefectKind.missingHeaderBodySeparator`): it is the body's first line,
///   as Python's `email` package and most clients read it.
/// - Raw 8-bit bytes are kept (`DefectKind.header8Bit`), NUL bytes too
///   (`DefectKind.nulByte`).
/// - Limits: `ParserLimits.maxHeaderFields` and `ParserLimits.maxHeaderBytes`.
enum HeaderBlockParser {
    /// The parsed block and the 0-based offset at which the body starts.
    struct Result {
        var block: HeaderBlock
        var bodyStart: Int
        /// Whether a blank line ended the block (false: missing separator or end of data).
        var endedByBlankLine: Bool
    }

    static func parse(
        _ session: inout ParserSession, range: Range<Int>, part: PartPath?,
        allowEnvelopeLine: Bool
    ) -> Result {
        let buffer = session.buffer
        let end = range.upperBound
        var position = range.lowerBound
        var fields: [HeaderField] = []
        var pending: (nameStart: Int, nameEnd: Int, valueStart: Int, contentEnd: Int)?
        var limitReported = false

        func flush(_ session: inout ParserSession) {
            guard let field = pending else { return }
            pending = nil
            guard fields.count < session.limits.maxHeaderFields else {
                if !limitReported {
                    limitReported = true
                    session.record(
                        .tooManyHeaderFields, field.nameStart..<field.contentEnd, part: part,
                        "more than \(session.limits.maxHeaderFields) header fields; the rest are ignored")
                }
                return
            }
            let name = ASCII.string(session.bytes[field.nameStart..<field.nameEnd])
            let value = session.bytes[field.valueStart..<field.contentEnd]
            checkBytes(&session, value: value, fieldStart: field.nameStart, name: name, part: part)
            fields.append(
                HeaderField(
                    name: name, rawValue: value, range: field.nameStart..<field.contentEnd,
                    location: session.location(of: field.nameStart)))
        }

        if allowEnvelopeLine, position < end, hasEnvelopePrefix(buffer, at: position, end: end) {
            let line = buffer.scanLine(from: position, limit: end)
            // `From sender date`, but not `From  : a@b.example` (a field in obsolete syntax).
            if fieldNameEnd(buffer, line) == nil {
                session.record(
                    .envelopeLine, line.start..<line.contentEnd, part: part,
                    session.excerpt(line.start..<line.contentEnd))
                position = line.end
            }
        }
        let blockStart = position

        while position < end {
            if position - blockStart > session.limits.maxHeaderBytes {
                flush(&session)
                session.record(
                    .headerBlockTooLarge, position..<min(end, position + 1), part: part,
                    "header block larger than \(session.limits.maxHeaderBytes) bytes; the rest is ignored")
                let rest = skipToBlankLine(buffer, from: position, end: end)
                return Result(
                    block: HeaderBlock(fields: fields, range: blockStart..<rest.bodyStart),
                    bodyStart: rest.bodyStart, endedByBlankLine: rest.found)
            }
            let line = buffer.scanLine(from: position, limit: end)
            if line.contentLength == 0 {
                flush(&session)
                return Result(
                    block: HeaderBlock(fields: fields, range: blockStart..<line.end),
                    bodyStart: line.end, endedByBlankLine: line.lineBreak != .none)
            }
            let first = buffer[line.start]
            if ASCII.isWhitespace(first) {
                if pending != nil {
                    pending!.contentEnd = line.contentEnd
                    if isBlank(buffer, line) {
                        session.record(
                            .whitespaceOnlyContinuation, line.start..<line.contentEnd, part: part,
                            "a folded line with only white space")
                    }
                } else if fields.isEmpty {
                    session.record(
                        .firstLineIsContinuation, line.start..<line.contentEnd, part: part,
                        session.excerpt(line.start..<line.contentEnd))
                } else {
                    // The field before it was dropped by a limit; so is its continuation.
                }
                position = line.end
                continue
            }
            guard let colon = fieldNameEnd(buffer, line) else {
                flush(&session)
                if fields.isEmpty, startsWithByteOrderMark(buffer, line) {
                    let rest = line.start + 3..<line.contentEnd
                    session.record(
                        .byteOrderMark, line.start..<line.contentEnd, part: part,
                        "EF BB BF (a UTF-8 byte order mark) before “\(session.excerpt(rest))”: receivers read "
                            + "no header field, so the whole message is body text")
                } else {
                    session.record(
                        .missingHeaderBodySeparator, line.start..<line.contentEnd, part: part,
                        session.excerpt(line.start..<line.contentEnd))
                }
                return Result(
                    block: HeaderBlock(fields: fields, range: blockStart..<line.start),
                    bodyStart: line.start, endedByBlankLine: false)
            }
            flush(&session)
            var nameEnd = colon
            while nameEnd > line.start, ASCII.isWhitespace(buffer[nameEnd - 1]) { nameEnd -= 1 }
            if nameEnd < colon {
                session.record(
                    .whitespaceBeforeColon, nameEnd..<colon + 1, part: part,
                    header: ASCII.string(session.bytes[line.start..<nameEnd]),
                    session.excerpt(line.start..<colon + 1))
            }
            pending = (line.start, nameEnd, colon + 1, line.contentEnd)
            position = line.end
        }
        flush(&session)
        return Result(
            block: HeaderBlock(fields: fields, range: blockStart..<end), bodyStart: end,
            endedByBlankLine: false)
    }

    /// The offset of the colon that ends a field name on `line`, or nil when the line is
    /// not a field: the name must be 1 or more printable US-ASCII bytes other than colon,
    /// optionally followed by white space (obsolete syntax).
    private static func fieldNameEnd(_ buffer: UnsafeBufferPointer<UInt8>, _ line: ScannedLine)
        -> Int?
    {
        var index = line.start
        while index < line.contentEnd {
            let byte = buffer[index]
            if byte == ASCII.colon { return index > line.start ? index : nil }
            if byte < 0x21 || byte > 0x7E {
                guard ASCII.isWhitespace(byte), index > line.start else { return nil }
                var after = index
                while after < line.contentEnd, ASCII.isWhitespace(buffer[after]) { after += 1 }
                return after < line.contentEnd && buffer[after] == ASCII.colon ? after : nil
            }
            index += 1
        }
        return nil
    }

    private static func startsWithByteOrderMark(_ buffer: UnsafeBufferPointer<UInt8>, _ line: ScannedLine) -> Bool {
        line.contentLength >= 3 && buffer[line.start] == 0xEF && buffer[line.start + 1] == 0xBB
            && buffer[line.start + 2] == 0xBF
    }

    private static func isBlank(_ buffer: UnsafeBufferPointer<UInt8>, _ line: ScannedLine) -> Bool {
        (line.start..<line.contentEnd).allSatisfy { ASCII.isWhitespace(buffer[$0]) }
    }

    /// Whether an mbox `From ` envelope line starts at `position`.
    static func hasEnvelopePrefix(_ buffer: UnsafeBufferPointer<UInt8>, at position: Int, end: Int)
        -> Bool
    {
        guard end - position >= 5 else { return false }
        return buffer[position] == 0x46 && buffer[position + 1] == 0x72
            && buffer[position + 2] == 0x6F && buffer[position + 3] == 0x6D
            && buffer[position + 4] == ASCII.space
    }

    private static func skipToBlankLine(_ buffer: UnsafeBufferPointer<UInt8>, from: Int, end: Int)
        -> (bodyStart: Int, found: Bool)
    {
        var position = from
        while position < end {
            let line = buffer.scanLine(from: position, limit: end)
            if line.contentLength == 0 { return (line.end, true) }
            position = line.end
        }
        return (end, false)
    }

    private static func checkBytes(
        _ session: inout ParserSession, value: ArraySlice<UInt8>, fieldStart: Int, name: String,
        part: PartPath?
    ) {
        var first8Bit: Int?
        var firstNul: Int?
        for index in value.indices {
            let byte = value[index]
            if byte >= 0x80 {
                if first8Bit == nil { first8Bit = index }
            } else if byte == 0 {
                if firstNul == nil { firstNul = index }
            }
        }
        if let offset = first8Bit {
            // The range covers the first run of non-ASCII bytes (a whole character or word).
            let runEnd = value[offset...].firstIndex { $0 < 0x80 } ?? value.endIndex
            session.record(
                .header8Bit, offset..<runEnd, part: part, header: name,
                "raw non-ASCII bytes in \(name): \(session.excerpt(offset..<value.endIndex, limit: 40))"
            )
        }
        if let offset = firstNul {
            session.record(
                .nulByte, offset..<offset + 1, part: part, header: name, "NUL byte in \(name)")
        }
        _ = fieldStart
    }
}
