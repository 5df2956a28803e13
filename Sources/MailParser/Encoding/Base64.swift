/// Base64 decoding (RFC 2045 §6.8), tolerant as mail clients are.
///
/// - Line breaks and white space are skipped.
/// - Other bytes outside the alphabet are skipped and counted as invalid.
/// - Missing padding is accepted; a final group of one character carries no byte and is
///   counted as invalid padding; data after `=` padding is not decoded and is counted
///   as invalid characters.
public enum Base64 {
    /// The decoded bytes, where each raw line starts in the output, and what was wrong.
    public struct Result: Sendable {
        /// The decoded bytes.
        public var bytes: [UInt8]
        /// Where each raw line starts in the output.
        public var offsetMap: DecodedOffsetMap
        /// Bytes outside the alphabet (white space and line breaks not counted).
        public var invalidCharacters: Int
        /// Offset (in the input's indices) of the first invalid byte.
        public var firstInvalidCharacter: Int?
        /// Whether the data did not end in whole, correctly padded groups.
        public var badPadding: Bool
        /// Whether decoding stopped at the output limit.
        public var truncated: Bool
    }

    /// `bytes` in base64 without line breaks, padded (as DKIM's `bh=` and `b=` write it).
    public static func encode(_ bytes: [UInt8]) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var index = 0
        while index < bytes.count {
            let count = min(3, bytes.count - index)
            var value = UInt32(bytes[index]) << 16
            if count > 1 { value |= UInt32(bytes[index + 1]) << 8 }
            if count > 2 { value |= UInt32(bytes[index + 2]) }
            for position in 0..<4 {
                out.append(
                    position <= count ? alphabet[Int((value >> UInt32(18 - 6 * position)) & 0x3F)] : UInt8(ascii: "="))
            }
            index += 3
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static let table: [UInt8] = {
        var table = [UInt8](repeating: 0xFF, count: 256)
        for (value, byte) in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8
            .enumerated()
        {
            table[Int(byte)] = UInt8(value)
        }
        table[Int(ASCII.equals)] = 0xFE
        return table
    }()

    /// Decodes `bytes`, whose indices are offsets in the message; stops after `limit`
    /// output bytes.
    public static func decode(_ bytes: ArraySlice<UInt8>, limit: Int = .max) -> Result {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count / 4 * 3 + 3)
        var map = DecodedOffsetMap()
        var invalid = 0
        var firstInvalid: Int?
        var accumulator: UInt32 = 0
        var count = 0
        var sawPadding = false
        var dataAfterPadding = false
        var truncated = false
        var atLineStart = true
        let table = Self.table
        for index in bytes.indices {
            let byte = bytes[index]
            if atLineStart {
                map.add(decoded: out.count, raw: index)
                atLineStart = false
            }
            let value = table[Int(byte)]
            if value < 64 {
                if sawPadding {
                    // Data after the padding is not decoded (as Python's email and most
                    // clients do): it is usually junk that followed the encoded body.
                    dataAfterPadding = true
                    if firstInvalid == nil { firstInvalid = index }
                    invalid += 1
                    continue
                }
                accumulator = accumulator << 6 | UInt32(value)
                count += 1
                if count == 4 {
                    if out.count >= limit {
                        truncated = true
                        break
                    }
                    out.append(UInt8(truncatingIfNeeded: accumulator >> 16))
                    out.append(UInt8(truncatingIfNeeded: accumulator >> 8))
                    out.append(UInt8(truncatingIfNeeded: accumulator))
                    accumulator = 0
                    count = 0
                }
                continue
            }
            if value == 0xFE {
                if count >= 2 {
                    // "=" ends a group of 2 or 3 characters: real padding.
                    flush(&out, &accumulator, &count)
                    sawPadding = true
                } else if !sawPadding {
                    // "=" where no padding can stand ("name=" in text that is not base64).
                    invalid += 1
                    if firstInvalid == nil { firstInvalid = index }
                }
                continue
            }
            if byte == ASCII.lf {
                atLineStart = true
                continue
            }
            if byte == ASCII.cr {
                // A bare CR ends a line; in CR LF the LF does.
                let next = index + 1
                if next >= bytes.endIndex || bytes[next] != ASCII.lf { atLineStart = true }
                continue
            }
            if ASCII.isWhitespace(byte) { continue }
            invalid += 1
            if firstInvalid == nil { firstInvalid = index }
        }
        let leftover = count
        flush(&out, &accumulator, &count)
        return Result(
            bytes: out, offsetMap: map, invalidCharacters: invalid, firstInvalidCharacter: firstInvalid,
            badPadding: leftover != 0 || dataAfterPadding,
            truncated: truncated)
    }

    /// Writes the bytes a partial group of 2 or 3 characters carries.
    private static func flush(_ out: inout [UInt8], _ accumulator: inout UInt32, _ count: inout Int) {
        switch count {
        case 2:
            out.append(UInt8(truncatingIfNeeded: accumulator >> 4))
        case 3:
            out.append(UInt8(truncatingIfNeeded: accumulator >> 10))
            out.append(UInt8(truncatingIfNeeded: accumulator >> 2))
        default:
            break
        }
        accumulator = 0
        count = 0
    }
}
