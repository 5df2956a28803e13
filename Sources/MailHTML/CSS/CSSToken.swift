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
public struct CSSTokenizer {
    private let scalars: [Unicode.Scalar]
    private var index = 0
    /// The 0-based line (counting LF) of each token, parallel to the result of `tokenize`.
    public private(set) var lines: [Int] = []
    private var line = 0

    /// Creates a tokenizer over `text`.
    public init(_ text: String) { scalars = Array(text.unicodeScalars) }

    /// Every token of the text.
    public mutating func tokenize() -> [CSSToken] {
        var tokens: [CSSToken] = []
        tokens.reserveCapacity(scalars.count / 3)
        while let token = next() {
            tokens.append(token)
            lines.append(line)
        }
        return tokens
    }

    private func peek(_ offset: Int = 0) -> Unicode.Scalar? {
        index + offset < scalars.count ? scalars[index + offset] : nil
    }

    private mutating func advance() -> Unicode.Scalar? {
        guard index < scalars.count else { return nil }
        let scalar = scalars[index]
        index += 1
        if scalar == "\n" { line += 1 }
        return scalar
    }

    private static func isNameStart(_ scalar: Unicode.Scalar) -> Bool {
        // CSS Syntax §4.2 ident-start code point: an ASCII letter, "_", or any non-ASCII code point.
        let value = scalar.value
        return (value | 0x20) &- 0x61 < 26 || value == 0x5F || value >= 0x80
    }

    private static func isName(_ scalar: Unicode.Scalar) -> Bool {
        isNameStart(scalar) || scalar == "-" || ("0"..."9").contains(scalar)
    }

    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "\u{0C}"
    }

    private func startsEscape(_ offset: Int = 0) -> Bool {
        peek(offset) == "\\" && peek(offset + 1) != "\n" && peek(offset + 1) != nil
    }

    private func startsIdentifier(_ offset: Int = 0) -> Bool {
        guard let first = peek(offset) else { return false }
        if first == "-" {
            guard let second = peek(offset + 1) else { return false }
            return Self.isNameStart(second) || second == "-" || startsEscape(offset + 1)
        }
        return Self.isNameStart(first) || startsEscape(offset)
    }

    private func startsNumber() -> Bool {
        guard let first = peek() else { return false }
        if ("0"..."9").contains(first) { return true }
        if first == "." { return peek(1).map { ("0"..."9").contains($0) } ?? false }
        if first == "+" || first == "-" {
            guard let second = peek(1) else { return false }
            if ("0"..."9").contains(second) { return true }
            return second == "." && (peek(2).map { ("0"..."9").contains($0) } ?? false)
        }
        return false
    }

    private mutating func escape() -> Unicode.Scalar {
        _ = advance()  // backslash
        guard let first = advance() else { return "\u{FFFD}" }
        guard first.properties.isASCIIHexDigit else { return first }
        var hex = String(first)
        while hex.count < 6, let next = peek(), next.properties.isASCIIHexDigit {
            hex.unicodeScalars.append(advance()!)
        }
        if let next = peek(), Self.isWhitespace(next) { _ = advance() }
        let value = UInt32(hex, radix: 16) ?? 0xFFFD
        return value == 0 || value > 0x10FFFF || (0xD800...0xDFFF).contains(value) ? "\u{FFFD}" : Unicode.Scalar(value)!
    }

    private mutating func name() -> String {
        // The common case, a run of name code points that no escape ends, is taken in one
        // piece (names hold no newline, so no line is counted).
        let start = index
        var isASCII = true
        while index < scalars.count, Self.isName(scalars[index]) {
            if scalars[index].value >= 0x80 { isASCII = false }
            index += 1
        }
        if !startsEscape() {
            let run = scalars[start..<index]
            if isASCII { return String(decoding: run.map { UInt8(truncatingIfNeeded: $0.value) }, as: UTF8.self) }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: run)
            return String(view)
        }
        index = start
        var out = String.UnicodeScalarView()
        while let scalar = peek() {
            if Self.isName(scalar) {
                out.append(advance()!)
            } else if startsEscape() {
                out.append(escape())
            } else {
                break
            }
        }
        return String(out)
    }

    private mutating func number() -> Double {
        var text = ""
        if let sign = peek(), sign == "+" || sign == "-" { text.unicodeScalars.append(advance()!) }
        while let digit = peek(), ("0"..."9").contains(digit) { text.unicodeScalars.append(advance()!) }
        if peek() == ".", let next = peek(1), ("0"..."9").contains(next) {
            text.unicodeScalars.append(advance()!)
            while let digit = peek(), ("0"..."9").contains(digit) { text.unicodeScalars.append(advance()!) }
        }
        if let e = peek(), e == "e" || e == "E", let next = peek(1),
            ("0"..."9").contains(next)
                || ((next == "+" || next == "-") && (peek(2).map { ("0"..."9").contains($0) } ?? false))
        {
            text.unicodeScalars.append(advance()!)
            text.unicodeScalars.append(advance()!)
            while let digit = peek(), ("0"..."9").contains(digit) { text.unicodeScalars.append(advance()!) }
        }
        return Double(text) ?? 0
    }

    private mutating func stringToken(_ quote: Unicode.Scalar) -> CSSToken {
        var out = String.UnicodeScalarView()
        while let scalar = peek() {
            if scalar == quote {
                _ = advance()
                return .string(String(out))
            }
            if scalar == "\n" { return .badString }
            if scalar == "\\" {
                if peek(1) == "\n" {
                    _ = advance()
                    _ = advance()
                } else if peek(1) == nil {
                    _ = advance()
                } else {
                    out.append(escape())
                }
                continue
            }
            out.append(advance()!)
        }
        return .string(String(out))
    }

    private mutating func urlToken() -> CSSToken {
        while let scalar = peek(), Self.isWhitespace(scalar) { _ = advance() }
        var out = String.UnicodeScalarView()
        while let scalar = peek() {
            if scalar == ")" {
                _ = advance()
                return .url(String(out))
            }
            if Self.isWhitespace(scalar) {
                while let space = peek(), Self.isWhitespace(space) { _ = advance() }
                continue
            }
            if startsEscape() {
                out.append(escape())
            } else {
                out.append(advance()!)
            }
        }
        return .url(String(out))
    }

    private mutating func next() -> CSSToken? {
        // Comments.
        while peek() == "/", peek(1) == "*" {
            index += 2
            while index < scalars.count, !(scalars[index] == "*" && peek(1) == "/") { _ = advance() }
            index = min(scalars.count, index + 2)
        }
        guard let scalar = peek() else { return nil }
        if Self.isWhitespace(scalar) {
            while let space = peek(), Self.isWhitespace(space) { _ = advance() }
            return .whitespace
        }
        if scalar == "\"" || scalar == "'" {
            _ = advance()
            return stringToken(scalar)
        }
        if startsNumber() {
            let value = number()
            if startsIdentifier() { return .dimension(value, unit: name().lowercased()) }
            if peek() == "%" {
                _ = advance()
                return .percentage(value)
            }
            return .number(value)
        }
        if startsIdentifier() {
            let identifier = name()
            if peek() == "(" {
                _ = advance()
                if identifier.lowercased() == "url" {
                    var lookahead = 0
                    while let space = peek(lookahead), Self.isWhitespace(space) { lookahead += 1 }
                    if peek(lookahead) != "\"" && peek(lookahead) != "'" { return urlToken() }
                }
                return .function(identifier.lowercased())
            }
            return .ident(identifier)
        }
        _ = advance()
        switch scalar {
        case "#":
            if let next = peek(), Self.isName(next) || startsEscape() { return .hash(name()) }
            return .delim("#")
        case "@":
            if startsIdentifier() { return .atKeyword(name().lowercased()) }
            return .delim("@")
        case ":": return .colon
        case ";": return .semicolon
        case ",": return .comma
        case "[": return .openSquare
        case "]": return .closeSquare
        case "(": return .openParen
        case ")": return .closeParen
        case "{": return .openCurly
        case "}": return .closeCurly
        case "<":
            if peek() == "!", peek(1) == "-", peek(2) == "-" {
                index += 3
                return .cdo
            }
            return .delim("<")
        case "-":
            if peek() == "-", peek(1) == ">" {
                index += 2
                return .cdc
            }
            return .delim("-")
        default:
            return .delim(Character(scalar))
        }
    }
}
