import MailLint

/// Conversions of a rule example, each with a map from old byte offsets to new ones, so that
/// the positions marked in the example hold in its converted twin.
enum ExampleVariants {
    /// The message after an mbox `From ` line, with body lines starting `From ` quoted.
    static func inMbox(_ bytes: [UInt8]) -> (bytes: [UInt8], map: [Int]) {
        var out = Array("From sender@example.org Mon Jan  1 00:00:00 2024\n".utf8)
        var map: [Int] = []
        var atLineStart = true
        for (index, byte) in bytes.enumerated() {
            if atLineStart, bytes[index...].starts(with: Array("From ".utf8)) { out.append(0x3E) }
            map.append(out.count)
            out.append(byte)
            atLineStart = byte == 0x0A
        }
        map.append(out.count)
        return (out, map)
    }

    /// A message whose HTML parts were re-encoded.
    struct Reencoded {
        /// The new message.
        var bytes: [UInt8]
        /// New offset of each old offset. In a re-encoded body an old offset maps to the
        /// start of the encoded line that holds its byte, which is where MailParser's
        /// decoded-offset map leads back to.
        var map: [Int]
        /// For each old offset inside a re-encoded body, its 1-based line in that body (the
        /// line a diagnostic reports as `htmlLine`); nil elsewhere.
        var htmlLine: [Int?]
    }

    /// The message with every `text/html` part that was sent as it is (7bit, 8bit, binary or
    /// no Content-Transfer-Encoding) re-encoded as `encoding` (quoted-printable or base64),
    /// its Content-Transfer-Encoding field written or replaced; nil when there is no such
    /// part. The message is expected with LF line breaks, as examples are written.
    static func reencodingHTML(_ bytes: [UInt8], as encoding: TransferEncoding) -> Reencoded? {
        let message = MessageParser.parse(bytes)
        let parts = message.root.leafParts.filter {
            $0.contentType.type == "text" && $0.contentType.subtype == "html"
                && $0.effectiveTransferEncoding.isIdentity
        }
        guard !parts.isEmpty else { return nil }
        var out: [UInt8] = []
        var map = [Int](repeating: 0, count: bytes.count + 1)
        var htmlLine = [Int?](repeating: nil, count: bytes.count + 1)
        var copied = 0
        func copy(upTo end: Int) {
            while copied < end {
                map[copied] = out.count
                out.append(bytes[copied])
                copied += 1
            }
        }
        let field = Array("Content-Transfer-Encoding: \(encoding.name)".utf8)
        for part in parts {
            if let existing = part.header.first("Content-Transfer-Encoding") {
                copy(upTo: existing.range.lowerBound)
                for offset in existing.range { map[offset] = out.count }
                out += field
                copied = existing.range.upperBound
            } else {
                let insertion = part.header.fields.last.map { $0.range.upperBound + 1 } ?? part.header.range.lowerBound
                copy(upTo: insertion)
                out += field + [0x0A]
            }
            copy(upTo: part.bodyRange.lowerBound)
            let body = Array(bytes[part.bodyRange])
            let encoded = encoding == .base64 ? base64(body) : quotedPrintable(body)
            var line = 1
            for (index, byte) in body.enumerated() {
                map[part.bodyRange.lowerBound + index] = out.count + encoded.lineStart[index]
                htmlLine[part.bodyRange.lowerBound + index] = line
                if byte == 0x0A { line += 1 }
            }
            out += encoded.bytes
            if part.bodyRange.upperBound == bytes.count, encoded.bytes.last != 0x0A { out.append(0x0A) }
            copied = part.bodyRange.upperBound
        }
        copy(upTo: bytes.count)
        map[bytes.count] = out.count
        return Reencoded(bytes: out, map: map, htmlLine: htmlLine)
    }

    /// Quoted-printable (RFC 2045 §6.7) with LF hard breaks and soft breaks before column
    /// 76; `lineStart[i]` is the offset of the encoded line holding input byte `i`.
    static func quotedPrintable(_ input: [UInt8]) -> (bytes: [UInt8], lineStart: [Int]) {
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        var lineStart: [Int] = []
        var currentLine = 0
        for (index, byte) in input.enumerated() {
            if byte == 0x0A {
                lineStart.append(currentLine)
                out.append(byte)
                currentLine = out.count
                continue
            }
            let atLineEnd = index + 1 == input.count || input[index + 1] == 0x0A
            let literal =
                (byte >= 0x21 && byte <= 0x7E && byte != 0x3D) || ((byte == 0x20 || byte == 0x09) && !atLineEnd)
            let encoded = literal ? [byte] : [0x3D, hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            if out.count - currentLine + encoded.count > 75 {
                out += [0x3D, 0x0A]
                currentLine = out.count
            }
            lineStart.append(currentLine)
            out += encoded
        }
        return (out, lineStart)
    }

    /// Base64 (RFC 2045 §6.8, `Base64.encode`) in lines of 76 characters; `lineStart[i]` is
    /// the offset of the encoded line holding input byte `i` (57 bytes per line of 76 + LF).
    static func base64(_ input: [UInt8]) -> (bytes: [UInt8], lineStart: [Int]) {
        let encoded = Array(Base64.encode(input).utf8)
        var out: [UInt8] = []
        for start in stride(from: 0, to: encoded.count, by: 76) {
            if start > 0 { out.append(0x0A) }
            out += encoded[start..<min(start + 76, encoded.count)]
        }
        return (out, input.indices.map { $0 / 57 * 77 })
    }
}
