/// A lexical token of a structured header field (RFC 5322 §3.2), with its byte range.
struct AddressToken {
    enum Kind: Equatable {
        /// A run of atext (RFC 6532: bytes of 0x80 and above count as atext).
        case atom
        /// A quoted string; `content` holds it without quotes and escapes.
        case quotedString
        /// `[...]`, kept with its brackets.
        case domainLiteral
        /// One of `< > @ , ; : .` and any other special byte outside a token.
        case special(UInt8)
    }

    var kind: Kind
    /// 0-based offsets in the message buffer.
    var range: Range<Int>
    /// The token's text: the atom, the unquoted string, the literal, the special byte.
    var content: [UInt8]
    /// Whether white space or a comment stood before it.
    var precededBySpace: Bool

    var isWord: Bool { kind == .atom || kind == .quotedString }
    func isSpecial(_ byte: UInt8) -> Bool { kind == .special(byte) }
}

/// Splits a structured field's raw value into tokens, skipping white space, folding line
/// breaks and comments (nested, with quoted pairs).
enum AddressTokenizer {
    static func tokenize(_ bytes: ArraySlice<UInt8>, defects: inout [ParseDefect]) -> [AddressToken] {
        var tokens: [AddressToken] = []
        var index = bytes.startIndex
        let end = bytes.endIndex
        var space = false
        while index < end {
            let byte = bytes[index]
            if ASCII.isWhitespaceOrLineBreak(byte) {
                space = true
                index += 1
                continue
            }
            let start = index
            switch byte {
            case ASCII.openParen:
                var depth = 0
                while index < end {
                    let current = bytes[index]
                    index += 1
                    if current == ASCII.backslash {
                        index = min(end, index + 1)
                    } else if current == ASCII.openParen {
                        depth += 1
                    } else if current == ASCII.closeParen {
                        depth -= 1
                        if depth == 0 { break }
                    }
                }
                if depth > 0 {
                    defects.append(
                        ParseDefect(.unterminatedToken, range: start..<end, evidence: "comment is never closed"))
                }
                space = true
                continue
            case ASCII.doubleQuote:
                var content: [UInt8] = []
                index += 1
                var closed = false
                while index < end {
                    let current = bytes[index]
                    index += 1
                    if current == ASCII.doubleQuote {
                        closed = true
                        break
                    }
                    if current == ASCII.backslash, index < end {
                        content.append(bytes[index])
                        index += 1
                    } else if current != ASCII.cr && current != ASCII.lf {
                        content.append(current)
                    }
                }
                if !closed {
                    defects.append(
                        ParseDefect(
                            .unterminatedToken, range: start..<end, evidence: "quoted string is never closed"))
                }
                tokens.append(
                    AddressToken(kind: .quotedString, range: start..<index, content: content, precededBySpace: space))
            case ASCII.openBracket:
                index += 1
                while index < end, bytes[index] != ASCII.closeBracket {
                    index += bytes[index] == ASCII.backslash ? 2 : 1
                }
                if index >= end {
                    index = end
                    defects.append(
                        ParseDefect(
                            .unterminatedToken, range: start..<end, evidence: "domain literal is never closed"))
                } else {
                    index += 1
                }
                tokens.append(
                    AddressToken(
                        kind: .domainLiteral, range: start..<index, content: Array(bytes[start..<index]),
                        precededBySpace: space))
            case ASCII.lessThan, ASCII.greaterThan, ASCII.at, ASCII.comma, ASCII.semicolon, ASCII.colon,
                ASCII.period, ASCII.backslash, ASCII.closeParen, ASCII.closeBracket:
                index += 1
                tokens.append(
                    AddressToken(kind: .special(byte), range: start..<index, content: [byte], precededBySpace: space))
            default:
                while index < end, isAtomByte(bytes[index]) { index += 1 }
                if index == start { index += 1 }
                tokens.append(
                    AddressToken(
                        kind: .atom, range: start..<index, content: Array(bytes[start..<index]), precededBySpace: space)
                )
            }
            space = false
        }
        return tokens
    }

    /// atext of RFC 5322 §3.2.3, plus every byte of 0x80 and above (RFC 6532).
    static func isAtomByte(_ byte: UInt8) -> Bool {
        if byte >= 0x80 { return true }
        if byte <= 0x20 || byte == 0x7F { return false }
        switch byte {
        case ASCII.openParen, ASCII.closeParen, ASCII.lessThan, ASCII.greaterThan, ASCII.openBracket,
            ASCII.closeBracket, ASCII.colon, ASCII.semicolon, ASCII.at, ASCII.backslash, ASCII.comma,
            ASCII.period, ASCII.doubleQuote:
            return false
        default:
            return true
        }
    }
}
