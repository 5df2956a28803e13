/// Byte values and byte classes of US-ASCII that the scanners test for.
///
/// Everything here works on single bytes; a byte of 0x80 or above is never a letter,
/// digit or white space.
public enum ASCII {
    /// HT (0x09).
    public static let tab: UInt8 = 0x09
    /// LF (0x0A).
    public static let lf: UInt8 = 0x0A
    /// CR (0x0D).
    public static let cr: UInt8 = 0x0D
    /// SP (0x20).
    public static let space: UInt8 = 0x20
    /// `"` (0x22).
    public static let doubleQuote: UInt8 = 0x22
    /// `#` (0x23).
    public static let hash: UInt8 = 0x23
    /// `'` (0x27).
    public static let apostrophe: UInt8 = 0x27
    /// `(` (0x28).
    public static let openParen: UInt8 = 0x28
    /// `)` (0x29).
    public static let closeParen: UInt8 = 0x29
    /// `*` (0x2A).
    public static let asterisk: UInt8 = 0x2A
    /// `+` (0x2B).
    public static let plus: UInt8 = 0x2B
    /// `,` (0x2C).
    public static let comma: UInt8 = 0x2C
    /// `-` (0x2D).
    public static let hyphen: UInt8 = 0x2D
    /// `.` (0x2E).
    public static let period: UInt8 = 0x2E
    /// `/` (0x2F).
    public static let slash: UInt8 = 0x2F
    /// `:` (0x3A).
    public static let colon: UInt8 = 0x3A
    /// `;` (0x3B).
    public static let semicolon: UInt8 = 0x3B
    /// `<` (0x3C).
    public static let lessThan: UInt8 = 0x3C
    /// `=` (0x3D).
    public static let equals: UInt8 = 0x3D
    /// `>` (0x3E).
    public static let greaterThan: UInt8 = 0x3E
    /// `?` (0x3F).
    public static let questionMark: UInt8 = 0x3F
    /// `@` (0x40).
    public static let at: UInt8 = 0x40
    /// `[` (0x5B).
    public static let openBracket: UInt8 = 0x5B
    /// `\` (0x5C).
    public static let backslash: UInt8 = 0x5C
    /// `]` (0x5D).
    public static let closeBracket: UInt8 = 0x5D
    /// `_` (0x5F).
    public static let underscore: UInt8 = 0x5F

    /// SP or HTAB: RFC 5322's WSP.
    @inlinable public static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == space || byte == tab
    }

    /// SP, HTAB, CR or LF.
    @inlinable public static func isWhitespaceOrLineBreak(_ byte: UInt8) -> Bool {
        byte == space || byte == tab || byte == cr || byte == lf
    }

    /// `A`–`Z` mapped to `a`–`z`; every other byte unchanged.
    @inlinable public static func lowercased(_ byte: UInt8) -> UInt8 {
        byte &- 0x41 < 26 ? byte | 0x20 : byte
    }

    /// `bytes` with each `%XX` escape (RFC 3986 §2.1, RFC 2231 §4) decoded; other bytes,
    /// and a `%` not followed by two hex digits, as written.
    public static func percentDecoded(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            if bytes[index] == 0x25, index + 2 < bytes.endIndex, let high = hexValue(bytes[index + 1]),
                let low = hexValue(bytes[index + 2])
            {
                out.append(high << 4 | low)
                index += 3
            } else {
                out.append(bytes[index])
                index += 1
            }
        }
        return out
    }

    /// The value of a hexadecimal digit (either case), or nil.
    @inlinable public static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: return byte - 0x30
        case 0x41...0x46: return byte - 0x41 + 10
        case 0x61...0x66: return byte - 0x61 + 10
        default: return nil
        }
    }

    /// Whether `byte` is `0`–`9`.
    @inlinable public static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }

    /// Whether `byte` is a letter `A`–`Z` or `a`–`z`.
    @inlinable public static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }

    /// Whether `byte` is a hexadecimal digit `0`–`9`, `a`–`f` or `A`–`F`.
    @inlinable public static func isHexDigit(_ byte: UInt8) -> Bool { hexValue(byte) != nil }

    /// Whether `byte` is a lowercase letter `a`–`z`.
    @inlinable public static func isLowercaseLetter(_ byte: UInt8) -> Bool { byte &- 0x61 < 26 }

    /// Whether `byte` is an ASCII letter or digit.
    @inlinable public static func isAlphanumeric(_ byte: UInt8) -> Bool { isLetter(byte) || isDigit(byte) }

    /// Whether `byte` may stand in a MIME token (RFC 2045 §5.1): printable US-ASCII other
    /// than space and the tspecials `()<>@,;:\"/[]?=`.
    @inlinable public static func isMIMETokenByte(_ byte: UInt8) -> Bool {
        guard byte > 0x20, byte < 0x7F else { return false }
        switch byte {
        case openParen, closeParen, lessThan, greaterThan, at, comma, semicolon, colon, backslash, doubleQuote,
            slash, openBracket, closeBracket, questionMark, equals:
            return false
        default:
            return true
        }
    }

    /// Whether two byte sequences are equal when ASCII letters are compared without case.
    @inlinable
    public static func caseInsensitiveEquals(
        _ lhs: some Collection<UInt8>, _ rhs: some Collection<UInt8>
    ) -> Bool {
        guard lhs.count == rhs.count else { return false }
        return zip(lhs, rhs).allSatisfy { lowercased($0) == lowercased($1) }
    }

    /// Whether `bytes` starts with `prefix`, ASCII letters compared without case.
    @inlinable
    public static func hasPrefixIgnoringCase(_ bytes: some Collection<UInt8>, _ prefix: String)
        -> Bool
    {
        var iterator = bytes.makeIterator()
        for expected in prefix.utf8 {
            guard let byte = iterator.next(), lowercased(byte) == lowercased(expected) else {
                return false
            }
        }
        return true
    }

    /// `bytes` read as text: UTF-8 where valid, each invalid byte replaced by U+FFFD.
    @inlinable public static func string(_ bytes: some Collection<UInt8>) -> String {
        String(decoding: bytes, as: UTF8.self)
    }
}
