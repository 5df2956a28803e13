/// A token of CSS Syntax Level 3 (§4), as much of it as style sheets in email need.
public enum CSSToken: Sendable, Equatable {
    case ident(String)
    case function(String)
    case atKeyword(String)
    case hash(String)
    case string(String)
    case badString
    case url(String)
    case delim(Character)
    case number(Double)
    case percentage(Double)
    case dimension(Double, unit: String)
    case whitespace
    case colon, semicolon, comma
    case openSquare, closeSquare, openParen, closeParen, openCurly, closeCurly
    case cdo, cdc
}

/// Splits CSS text into tokens (CSS Syntax Level 3 §4): comments removed, escapes decoded,
/// strings and url() read whole, unterminated strings reported as `badString`. Work is
/// linear in the input; nothing here can loop without consuming input.
///
/// The text is read as UTF-8 bytes: every byte of a non-ASCII character is a name code
/// point (CSS Syntax §4.2 counts every non-ASCII code point as one), so names, strings and
/// URLs copy such characters whole without decoding them.
public struct CSSTokenizer {
    /// The text.
    private let storage: [UInt8]
    /// The text's bytes while `tokenize` runs (every reading method is called from it).
    private var bytes = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    private var index = 0
    /// The 0-based line (counting LF) of each token, parallel to the result of `tokenize`
    /// (empty unless the tokenizer was made to keep lines).
    public private(set) var lines: [Int] = []
    private var line = 0
    private let keepsLines: Bool

    /// Creates a tokenizer over `text`.
    public init(_ text: String) {
        storage = Array(text.utf8)
        keepsLines = true
    }

    /// Creates a tokenizer over UTF-8 text; with `keepingLines`, `lines` is filled.
    init(utf8: [UInt8], keepingLines: Bool = true) {
        storage = utf8
        keepsLines = keepingLines
    }

    /// Every token of the text.
    public mutating func tokenize() -> [CSSToken] {
        var tokens: [CSSToken] = []
        // Minified sheets hold up to a token per two bytes; a declaration's few tokens
        // need no more than a small array.
        tokens.reserveCapacity(storage.count < 64 ? 8 : storage.count / 2 + 16)
        if keepsLines { lines.reserveCapacity(storage.count / 2 + 16) }
        let storage = storage
        storage.withUnsafeBufferPointer { buffer in
            bytes = buffer
            while let token = next() {
                tokens.append(token)
                if keepsLines { lines.append(line) }
            }
            bytes = UnsafeBufferPointer(start: nil, count: 0)
        }
        return tokens
    }

    @inline(__always) private func peek(_ offset: Int = 0) -> UInt8? {
        index + offset < bytes.count ? bytes[index + offset] : nil
    }

    private mutating func advance() -> UInt8? {
        guard index < bytes.count else { return nil }
        let byte = bytes[index]
        index += 1
        if byte == 0x0A { line += 1 }
        return byte
    }

    private static func isNameStart(_ byte: UInt8) -> Bool {
        // CSS Syntax §4.2 ident-start code point: an ASCII letter, "_", or any non-ASCII code point.
        (byte | 0x20) &- 0x61 < 26 || byte == 0x5F || byte >= 0x80
    }

    /// A byte of a name (CSS Syntax §4.2 ident code point; every byte of a non-ASCII one).
    static func isName(_ byte: UInt8) -> Bool {
        isNameStart(byte) || byte == 0x2D || isDigit(byte)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }

    private static func isDigit(_ byte: UInt8?) -> Bool { byte.map(isDigit) ?? false }

    /// The value of an ASCII hex digit, or nil for any other byte.
    static func hexDigitValue(_ byte: UInt8) -> UInt8? {
        if isDigit(byte) { return byte &- 0x30 }
        let lowered = byte | 0x20
        return lowered &- 0x61 < 6 ? lowered &- 0x61 &+ 10 : nil
    }

    /// CSS white space (CSS Syntax §4.2), the same five bytes as HTML's ASCII white space.
    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }

    @inline(__always) private func startsEscape(_ offset: Int = 0) -> Bool {
        peek(offset) == 0x5C && peek(offset + 1) != 0x0A && peek(offset + 1) != nil
    }

    @inline(__always) private func startsIdentifier(_ offset: Int = 0) -> Bool {
        guard let first = peek(offset) else { return false }
        if first == 0x2D {
            guard let second = peek(offset + 1) else { return false }
            return Self.isNameStart(second) || second == 0x2D || startsEscape(offset + 1)
        }
        return Self.isNameStart(first) || startsEscape(offset)
    }

    @inline(__always) private func startsNumber() -> Bool {
        guard let first = peek() else { return false }
        if Self.isDigit(first) { return true }
        if first == 0x2E { return Self.isDigit(peek(1)) }
        if first == 0x2B || first == 0x2D {
            guard let second = peek(1) else { return false }
            if Self.isDigit(second) { return true }
            return second == 0x2E && Self.isDigit(peek(2))
        }
        return false
    }

    /// Reads an escape and appends the character it stands for to `out` as UTF-8.
    private mutating func escape(into out: inout [UInt8]) {
        _ = advance()  // backslash
        guard let first = advance() else {
            out += [0xEF, 0xBF, 0xBD]  // U+FFFD
            return
        }
        guard let firstValue = Self.hexDigitValue(first) else {
            // The escaped character itself; the rest of a multi-byte one follows as name bytes.
            out.append(first)
            return
        }
        var value = UInt32(firstValue)
        var digits = 1
        while digits < 6, let next = peek(), let nibble = Self.hexDigitValue(next) {
            value = value << 4 | UInt32(nibble)
            digits += 1
            _ = advance()
        }
        if let next = peek(), Self.isWhitespace(next) { _ = advance() }
        let scalar =
            value == 0 || value > 0x10FFFF || (0xD800...0xDFFF).contains(value)
            ? Unicode.Scalar(0xFFFD)! : Unicode.Scalar(value)!
        out += Array(String(Character(scalar)).utf8)
    }

    /// A name (CSS Syntax §4.3.11), with `lowercased` in ASCII lower case as the spec
    /// compares function names, at-keywords and units (other letters are left as written).
    private mutating func name(lowercased: Bool = false) -> String {
        // The common case, a run of name bytes that no escape ends, is taken in one piece
        // (names hold no newline, so no line is counted); a run without upper case needs no
        // copy to be lowered.
        let start = index
        var end = index
        var hasUppercase = false
        while end < bytes.count {
            let byte = bytes[end]
            guard Self.isName(byte) else { break }
            hasUppercase = hasUppercase || ASCIICase.isUpper(byte)
            end += 1
        }
        index = end
        if !startsEscape() {
            let run = UnsafeBufferPointer(rebasing: bytes[start..<index])
            guard lowercased, hasUppercase else { return String(decoding: run, as: UTF8.self) }
            return String(decoding: run.map(ASCIICase.lowered), as: UTF8.self)
        }
        var out = Array(bytes[start..<index])
        while let byte = peek() {
            if Self.isName(byte) {
                out.append(byte)
                index += 1
            } else if startsEscape() {
                escape(into: &out)
            } else {
                break
            }
        }
        if lowercased {
            for position in out.indices { out[position] = ASCIICase.lowered(out[position]) }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private mutating func number() -> Double {
        let start = index
        if let sign = peek(), sign == 0x2B || sign == 0x2D { index += 1 }
        while Self.isDigit(peek()) { index += 1 }
        if peek() == 0x2E, Self.isDigit(peek(1)) {
            index += 1
            while Self.isDigit(peek()) { index += 1 }
        }
        if let e = peek(), e == 0x65 || e == 0x45, let next = peek(1),
            Self.isDigit(next) || ((next == 0x2B || next == 0x2D) && Self.isDigit(peek(2)))
        {
            index += 2
            while Self.isDigit(peek()) { index += 1 }
        }
        return Self.decimal(storage[start..<index])
    }

    /// The value of a CSS number's text, correctly rounded: up to 15 significant digits
    /// and a power of ten up to 22 are exact doubles, and one multiplication or division
    /// of two exact doubles is correctly rounded; longer forms go through `Double(String)`.
    static func decimal(_ text: ArraySlice<UInt8>) -> Double {
        var index = text.startIndex
        var negative = false
        if index < text.endIndex, text[index] == 0x2B || text[index] == 0x2D {
            negative = text[index] == 0x2D
            index += 1
        }
        var mantissa: Int64 = 0
        var digits = 0
        var scale = 0
        var seenPoint = false
        while index < text.endIndex {
            let byte = text[index]
            if byte == 0x2E {
                seenPoint = true
            } else if isDigit(byte) {
                if mantissa != 0 || byte != 0x30 { digits += 1 }
                mantissa = mantissa &* 10 &+ Int64(byte - 0x30)
                if seenPoint { scale -= 1 }
            } else {
                break
            }
            index += 1
        }
        guard index == text.endIndex, digits <= 15, scale >= -22 else {
            return Double(String(decoding: text, as: UTF8.self)) ?? 0
        }
        let value = scale == 0 ? Double(mantissa) : Double(mantissa) / powersOfTen[-scale]
        return negative ? -value : value
    }

    private static let powersOfTen: [Double] = (0...22).map { exponent in
        var value = 1.0
        for _ in 0..<exponent { value *= 10 }
        return value
    }

    private mutating func stringToken(_ quote: UInt8) -> CSSToken {
        var out: [UInt8] = []
        while let byte = peek() {
            if byte == quote {
                _ = advance()
                return .string(String(decoding: out, as: UTF8.self))
            }
            if byte == 0x0A { return .badString }
            if byte == 0x5C {
                if peek(1) == 0x0A {
                    _ = advance()
                    _ = advance()
                } else if peek(1) == nil {
                    _ = advance()
                } else {
                    escape(into: &out)
                }
                continue
            }
            out.append(byte)
            index += 1
        }
        return .string(String(decoding: out, as: UTF8.self))
    }

    private mutating func urlToken() -> CSSToken {
        while let byte = peek(), Self.isWhitespace(byte) { _ = advance() }
        var out: [UInt8] = []
        while let byte = peek() {
            if byte == 0x29 {
                _ = advance()
                return .url(String(decoding: out, as: UTF8.self))
            }
            if Self.isWhitespace(byte) {
                while let space = peek(), Self.isWhitespace(space) { _ = advance() }
                continue
            }
            if startsEscape() {
                escape(into: &out)
            } else {
                out.append(byte)
                index += 1
            }
        }
        return .url(String(decoding: out, as: UTF8.self))
    }

    /// The name that began at `start` on `line` read again, in ASCII lower case; it ends
    /// where the first reading did.
    private mutating func relowered(from start: Int, line startLine: Int) -> String {
        index = start
        line = startLine
        return name(lowercased: true)
    }

    /// The ASCII characters by byte, for `delim` tokens.
    private static let asciiCharacters: [Character] = (0..<128).map { Character(Unicode.Scalar(UInt8($0))) }

    private mutating func next() -> CSSToken? {
        // Comments.
        while peek() == 0x2F, peek(1) == 0x2A {
            index += 2
            while index < bytes.count, !(bytes[index] == 0x2A && peek(1) == 0x2F) { _ = advance() }
            index = min(bytes.count, index + 2)
        }
        guard let byte = peek() else { return nil }
        if Self.isWhitespace(byte) {
            repeat {
                if bytes[index] == 0x0A { line += 1 }
                index += 1
            } while index < bytes.count && Self.isWhitespace(bytes[index])
            return .whitespace
        }
        if byte == 0x22 || byte == 0x27 {
            index += 1
            return stringToken(byte)
        }
        if startsNumber() {
            let value = number()
            if startsIdentifier() { return .dimension(value, unit: name(lowercased: true)) }
            if peek() == 0x25 {
                index += 1
                return .percentage(value)
            }
            return .number(value)
        }
        if startsIdentifier() {
            let (start, startLine) = (index, line)
            let identifier = name()
            if peek() == 0x28 {
                // A function's name compares in ASCII lower case: read again so when it has
                // upper case.
                let function =
                    identifier.utf8.contains(where: ASCIICase.isUpper)
                    ? relowered(from: start, line: startLine) : identifier
                index += 1
                if function == "url" {
                    var lookahead = 0
                    while let space = peek(lookahead), Self.isWhitespace(space) { lookahead += 1 }
                    if peek(lookahead) != 0x22 && peek(lookahead) != 0x27 { return urlToken() }
                }
                return .function(function)
            }
            return .ident(identifier)
        }
        _ = advance()
        switch byte {
        case 0x23:  // #
            if let next = peek(), Self.isName(next) || startsEscape() { return .hash(name()) }
            return .delim("#")
        case 0x40:  // @
            if startsIdentifier() { return .atKeyword(name(lowercased: true)) }
            return .delim("@")
        case 0x3A: return .colon
        case 0x3B: return .semicolon
        case 0x2C: return .comma
        case 0x5B: return .openSquare
        case 0x5D: return .closeSquare
        case 0x28: return .openParen
        case 0x29: return .closeParen
        case 0x7B: return .openCurly
        case 0x7D: return .closeCurly
        case 0x3C:  // <
            if peek() == 0x21, peek(1) == 0x2D, peek(2) == 0x2D {
                index += 3
                return .cdo
            }
            return .delim("<")
        case 0x2D:  // -
            if peek() == 0x2D, peek(1) == 0x3E {
                index += 2
                return .cdc
            }
            return .delim("-")
        default:
            return .delim(byte < 0x80 ? Self.asciiCharacters[Int(byte)] : Character(Unicode.Scalar(byte)))
        }
    }
}
