/// A body after transfer decoding (RFC 2045 §6), with a way back to the raw lines.
public struct DecodedBody: Sendable {
    /// The decoded bytes.
    public var bytes: [UInt8]
    /// The part it belongs to.
    public var partPath: PartPath
    /// 0-based offset of the raw body in the message buffer.
    public var rawStart: Int
    /// Checkpoints from decoded offsets to raw offsets; empty for identity encodings.
    public var offsetMap: DecodedOffsetMap
    /// Deviations found while decoding (invalid base64, bad escapes, the size limit).
    public var defects: [ParseDefect]

    /// The 0-based offset in the message buffer of the raw line that produced decoded
    /// byte `offset`: the byte itself for identity encodings, the start of its raw line
    /// for quoted-printable and base64.
    public func rawOffset(forDecoded offset: Int) -> Int {
        offsetMap.rawOffset(forDecoded: offset) ?? (rawStart + offset)
    }
}

/// A text part's body after transfer and charset decoding.
public struct DecodedText: Sendable {
    /// The text as UTF-8: a string decoding made, or, where the part's raw bytes already are
    /// its text (identity transfer encoding, valid UTF-8 or ASCII), the message's own bytes,
    /// read in place so that a large part is not kept twice.
    private enum Storage: Sendable {
        case string(String)
        case messageBytes(ArraySlice<UInt8>)
    }

    private var storage: Storage
    /// The transfer-decoded bytes it came from, with their way back to the raw lines. Where
    /// those bytes are the text's UTF-8 byte for byte (`bytesAreText`), `body.bytes` is left
    /// empty, so that a large part is not kept twice: read them with `withBytes`.
    public var body: DecodedBody
    /// The charset label as declared, lowercase, or nil.
    public var declaredCharset: String?
    /// What charset decoding found (its `text` is left empty: read `text`).
    public var charset: Charset.Decoded
    /// Whether the transfer-decoded bytes are the text's UTF-8, and `body.bytes` is empty.
    public private(set) var bytesAreText: Bool

    init(text: String, body: DecodedBody, declaredCharset: String?, charset: Charset.Decoded) {
        var body = body
        var charset = charset
        // Valid UTF-8 (or ASCII) read as it is, nothing repaired and nothing dropped (a byte
        // order mark): the string holds the same bytes.
        bytesAreText =
            charset.invalidBytes == 0 && (charset.charsetUsed == "utf-8" || charset.charsetUsed == "us-ascii")
            && text.utf8.count == body.bytes.count
        if bytesAreText { body.bytes = [] }
        charset.text = ""
        storage = .string(text)
        self.body = body
        self.declaredCharset = declaredCharset
        self.charset = charset
    }

    /// A text that is the message's own bytes `utf8`, already known to be valid UTF-8.
    init(messageBytes utf8: ArraySlice<UInt8>, body: DecodedBody, declaredCharset: String?, charsetUsed: String) {
        storage = .messageBytes(utf8)
        bytesAreText = true
        self.body = body
        self.declaredCharset = declaredCharset
        charset = Charset.Decoded(text: "", charsetUsed: charsetUsed, labelKnown: true, invalidBytes: 0)
    }

    /// The text, line breaks as written. Where the text is read in place from the message,
    /// each call makes the string anew: large readers use `withTextUTF8`.
    public var text: String {
        switch storage {
        case .string(let text): text
        case .messageBytes(let utf8): String(decoding: utf8, as: UTF8.self)
        }
    }

    /// The number of UTF-8 bytes of the text.
    private var textByteCount: Int {
        switch storage {
        case .string(let text): text.utf8.count
        case .messageBytes(let utf8): utf8.count
        }
    }

    /// The number of transfer-decoded bytes.
    public var byteCount: Int { bytesAreText ? textByteCount : body.bytes.count }

    /// Calls `read` with the transfer-decoded bytes, without copying them.
    public func withBytes<R>(_ read: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        guard bytesAreText else { return try body.bytes.withUnsafeBufferPointer(read) }
        return try withTextUTF8(read)
    }

    /// The text's UTF-8 as an array slice to keep: the message's own bytes, shared, where
    /// the text is read in place; a copy of the string's bytes otherwise.
    public var sharedTextUTF8: ArraySlice<UInt8> {
        switch storage {
        case .messageBytes(let utf8): utf8
        case .string(let text): Array(text.utf8)[...]
        }
    }

    /// The text's UTF-8 where it is read in place: the message's own bytes, shared; nil
    /// where decoding made a string of it.
    public var inPlaceTextUTF8: ArraySlice<UInt8>? {
        switch storage {
        case .messageBytes(let utf8): utf8
        case .string: nil
        }
    }

    /// Calls `read` with the text's UTF-8, without copying it where the string is stored
    /// as UTF-8 (every string decoding makes) or read in place from the message.
    public func withTextUTF8<R>(_ read: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        switch storage {
        case .messageBytes(let utf8):
            return try utf8.withUnsafeBufferPointer(read)
        case .string(let text):
            if let result = try text.utf8.withContiguousStorageIfAvailable(read) { return result }
            return try Array(text.utf8).withUnsafeBufferPointer(read)
        }
    }
}

extension Message {
    /// The body of `part` after transfer decoding, at most `ParserLimits.maxDecodedBytes`.
    ///
    /// Identity encodings (7bit, 8bit, binary and unknown ones) return the raw bytes.
    /// Deviations are returned on the result, not added to `defects`.
    public func decodedBody(of part: MIMEPart, limits: ParserLimits = .default) -> DecodedBody {
        let raw = bytes[part.bodyRange]
        var defects: [ParseDefect] = []
        var out: [UInt8]
        var map = DecodedOffsetMap()
        var truncated = false
        switch part.effectiveTransferEncoding {
        case .quotedPrintable:
            let result = QuotedPrintable.decode(raw, limit: limits.maxDecodedBytes)
            out = result.bytes
            map = result.offsetMap
            truncated = result.truncated
            if let first = result.firstInvalidEscape {
                defects.append(
                    ParseDefect(
                        .quotedPrintableInvalidEscape, range: first..<min(first + 3, part.bodyRange.upperBound),
                        partPath: part.path,
                        evidence: "\(result.invalidEscapes) \"=\" not followed by two hex digits or a line break"
                    ))
            }
        case .base64:
            let result = Base64.decode(raw, limit: limits.maxDecodedBytes)
            out = result.bytes
            map = result.offsetMap
            truncated = result.truncated
            if let first = result.firstInvalidCharacter {
                defects.append(
                    ParseDefect(
                        .base64InvalidCharacters, range: first..<first + 1, partPath: part.path,
                        evidence: "\(result.invalidCharacters) byte(s) outside the base64 alphabet"))
            }
            if result.badPadding {
                defects.append(
                    ParseDefect(
                        .base64InvalidPadding, range: part.bodyRange, partPath: part.path,
                        evidence: "base64 data is not a whole number of 4-character groups"))
            }
        default:
            out = Array(raw.prefix(limits.maxDecodedBytes))
            truncated = raw.count > limits.maxDecodedBytes
            defects += eightBitIn7Bit(raw, part: part)
        }
        if part.effectiveTransferEncoding == .quotedPrintable || part.effectiveTransferEncoding == .base64,
            let long = LongLines.find(in: self, range: part.bodyRange, over: 76)
        {
            defects.append(
                ParseDefect(
                    .encodedLineTooLong, range: long.first, partPath: part.path,
                    evidence:
                        "\(long.count) encoded line(s) over 76 characters, the longest \(long.longest.count) (\(part.effectiveTransferEncoding.name))"
                ))
        }
        if truncated {
            defects.append(
                ParseDefect(
                    .decodedSizeLimit, range: part.bodyRange, partPath: part.path,
                    evidence: "decoded body larger than \(limits.maxDecodedBytes) bytes; decoding stopped there"))
            out = Array(out.prefix(limits.maxDecodedBytes))
        }
        return DecodedBody(
            bytes: out, partPath: part.path, rawStart: part.bodyRange.lowerBound, offsetMap: map, defects: defects)
    }

    /// The text of `part` after transfer and charset decoding (see `Charset`).
    ///
    /// Meant for `text/*` parts; any part can be decoded this way. Charset problems are
    /// added to the body's defects (`unknownCharset`, `charsetDecodingError`).
    public func decodedText(of part: MIMEPart, limits: ParserLimits = .default) -> DecodedText {
        if let text = textInPlace(of: part, limits: limits) { return text }
        var body = decodedBody(of: part, limits: limits)
        let declared = part.contentType.charset
        let decoded = Charset.decode(body.bytes, label: declared)
        let fieldRange = MessageParser.fieldRange(part.header, "content-type")
        if !decoded.labelKnown, let declared {
            body.defects.append(
                ParseDefect(
                    .unknownCharset, range: fieldRange, partPath: part.path, headerName: "Content-Type",
                    evidence: "unknown charset \"\(declared)\"; decoded as \(decoded.charsetUsed)"))
        }
        if decoded.invalidBytes > 0 {
            body.defects.append(
                ParseDefect(
                    .charsetDecodingError, range: part.bodyRange, partPath: part.path,
                    evidence: "\(decoded.invalidBytes) byte(s) are not valid \(decoded.charsetUsed)"))
        } else if let declared,
            let first = Charset.utf8InOneByteCharset(body.bytes, decodedAs: decoded.charsetUsed)
        {
            let character = Array(body.bytes[first])
            let line = location(of: body.rawOffset(forDecoded: first.lowerBound)).line
            body.defects.append(
                ParseDefect(
                    .charsetMislabelled, range: part.bodyRange, partPath: part.path,
                    evidence: "the text is UTF-8 (“\(String(decoding: character, as: UTF8.self))” on line \(line)) "
                        + "but declares charset=\(declared): readers show "
                        + "“\(Charset.decode(character, label: declared).text)”"))
        }
        return DecodedText(text: decoded.text, body: body, declaredCharset: declared, charset: decoded)
    }

    /// The text of `part` read in place, when its raw body already is its text: an identity
    /// transfer encoding, within the size limit, and valid UTF-8 declared as such, or ASCII
    /// declared as ASCII, Windows-1252 or nothing. Nil otherwise (decoded the long way).
    private func textInPlace(of part: MIMEPart, limits: ParserLimits) -> DecodedText? {
        switch part.effectiveTransferEncoding {
        case .quotedPrintable, .base64: return nil
        default: break
        }
        let raw = bytes[part.bodyRange]
        guard raw.count <= limits.maxDecodedBytes, !raw.starts(with: [0xEF, 0xBB, 0xBF]) else { return nil }
        let declared = part.contentType.charset
        let name = declared.map(Charset.canonicalName) ?? "us-ascii"
        let readable: Bool
        switch name {
        case "utf-8": readable = Charset.isValidUTF8(raw)
        case "us-ascii", "windows-1252": readable = Charset.isASCII(raw)
        default: return nil
        }
        guard readable else { return nil }
        let body = DecodedBody(
            bytes: [], partPath: part.path, rawStart: part.bodyRange.lowerBound, offsetMap: DecodedOffsetMap(),
            defects: eightBitIn7Bit(raw, part: part))
        return DecodedText(messageBytes: raw, body: body, declaredCharset: declared, charsetUsed: name)
    }

    /// The bytes above 127 of a part declared (or defaulting to) 7bit, as a defect.
    private func eightBitIn7Bit(_ raw: ArraySlice<UInt8>, part: MIMEPart) -> [ParseDefect] {
        guard part.effectiveTransferEncoding == .sevenBit, !Charset.isASCII(raw),
            let first = raw.firstIndex(where: { $0 >= 0x80 })
        else { return [] }
        let count = raw.reduce(0) { $0 + ($1 >= 0x80 ? 1 : 0) }
        return [
            ParseDefect(
                .eightBitIn7Bit, range: first..<first + 1, partPath: part.path,
                evidence:
                    "\(count) byte(s) above 127 in a part that is 7bit\(part.transferEncoding == nil ? " (no Content-Transfer-Encoding: 7bit is the default)" : "")"
            )
        ]
    }
}
