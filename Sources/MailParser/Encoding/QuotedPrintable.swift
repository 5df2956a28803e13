/// Quoted-printable decoding (RFC 2045 §6.7), tolerant as mail clients are.
///
/// - `=XX` with two hex digits (either case) becomes that byte.
/// - `=` at the end of a line, with optional white space after it, is a soft line break.
/// - Any other `=` is kept as written and counted as an invalid escape.
/// - White space at the end of a line is kept (Python's `email` does the same; RFC 2045
///   says to drop it, but senders that pad lines are rare and dropping would change
///   the text hash the structure oracle compares).
/// - Line breaks (CR LF, LF, CR) are copied as written.
public enum QuotedPrintable {
    /// The decoded bytes, where each raw line starts in the output, and how many invalid
    /// escapes there were (with the first one's 0-based offset in `bytes`).
    public struct Result: Sendable {
        /// The decoded bytes.
        public var bytes: [UInt8]
        /// Where each raw line starts in the output.
        public var offsetMap: DecodedOffsetMap
        /// How many `=` were not followed by two hex digits or a line break.
        public var invalidEscapes: Int
        /// Offset (in the input's indices) of the first invalid escape.
        public var firstInvalidEscape: Int?
        /// Whether decoding stopped at the output limit.
        public var truncated: Bool
    }

    /// Decodes `bytes`, whose indices are offsets in the message; stops after `limit`
    /// output bytes.
    public static func decode(_ bytes: ArraySlice<UInt8>, limit: Int = .max) -> Result {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var map = DecodedOffsetMap()
        var invalid = 0
        var firstInvalid: Int?
        var truncated = false
        var index = bytes.startIndex
        let end = bytes.endIndex
        var atLineStart = true
        while index < end {
            if out.count >= limit {
                truncated = true
                break
            }
            if atLineStart {
                map.add(decoded: out.count, raw: index)
                atLineStart = false
            }
            let byte = bytes[index]
            if byte == ASCII.equals {
                // Soft line break: "=" [white space] line break (or end of data).
                var after = index + 1
                while after < end, ASCII.isWhitespace(bytes[after]) { after += 1 }
                if after == end {
                    index = end
                    continue
                }
                if bytes[after] == ASCII.lf || bytes[after] == ASCII.cr {
                    index =
                        after + (bytes[after] == ASCII.cr && after + 1 < end && bytes[after + 1] == ASCII.lf ? 2 : 1)
                    atLineStart = true
                    continue
                }
                if index + 2 < end, let high = ASCII.hexValue(bytes[index + 1]),
                    let low = ASCII.hexValue(bytes[index + 2])
                {
                    out.append(high << 4 | low)
                    index += 3
                    continue
                }
                invalid += 1
                if firstInvalid == nil { firstInvalid = index }
                out.append(byte)
                index += 1
                continue
            }
            out.append(byte)
            index += 1
            if byte == ASCII.lf {
                atLineStart = true
            } else if byte == ASCII.cr, index >= end || bytes[index] != ASCII.lf {
                atLineStart = true
            }
        }
        return Result(
            bytes: out, offsetMap: map, invalidEscapes: invalid, firstInvalidEscape: firstInvalid,
            truncated: truncated)
    }
}
