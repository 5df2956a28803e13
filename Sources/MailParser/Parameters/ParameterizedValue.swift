/// A MIME header value of the form `value *(";" name=value)`: Content-Type,
/// Content-Disposition (RFC 2045 §5.1, RFC 2183), with RFC 2231 parameter continuations,
/// charsets and languages.
///
/// Reading is liberal, as Thunderbird reads: comments are skipped between values; an
/// unquoted value runs to the first white space or `;`, so it may contain tspecials
/// (`boundary=----=_Part_1` is common; an issue all the same, since parsers that follow
/// RFC 2045 stop the value at the first tspecial) but not spaces (`name=a b.txt` is `a`,
/// the rest an issue); an unterminated quoted string runs to the end; and RFC 2047 encoded
/// words in values are decoded (common in filenames although RFC 2047 §5 forbids it).
/// Each deviation is an issue with its range.
public struct ParameterizedValue: Sendable, Equatable {
    /// The value before the first `;`, comments and white space removed, as written.
    public var value: String
    /// The parameters in order, names lowercased, values decoded. A name given twice
    /// keeps its first value.
    public var parameters: [(name: String, value: String)]
    /// Deviations found.
    public var issues: [EncodedWordDecoder.Issue]

    /// The value of parameter `name` (case-insensitive), or nil.
    public func parameter(_ name: String) -> String? {
        let key = name.lowercased()
        return parameters.first { $0.name == key }?.value
    }

    /// Whether both hold the same values.
    public static func == (lhs: ParameterizedValue, rhs: ParameterizedValue) -> Bool {
        lhs.value == rhs.value && lhs.issues == rhs.issues
            && lhs.parameters.elementsEqual(rhs.parameters) { $0.name == $1.name && $0.value == $1.value }
    }

    /// Parses a raw header value; `bytes`' indices are offsets in the message.
    public init(parsing bytes: ArraySlice<UInt8>) {
        var scanner = ParameterScanner(bytes: bytes)
        var issues: [EncodedWordDecoder.Issue] = []
        value = scanner.readUnquoted()
        var raw: [RawParameter] = []
        while scanner.skipSemicolon() {
            scanner.skipCFWS()
            if scanner.atEnd || scanner.peek == ASCII.semicolon { continue }
            let nameStart = scanner.index
            let name = scanner.readName()
            guard scanner.consume(ASCII.equals), !name.isEmpty else {
                scanner.skipToSemicolon()
                issues.append(
                    .init(
                        kind: .invalidParameter, range: nameStart..<scanner.index,
                        evidence: "parameter without a value: \(ASCII.string(bytes[nameStart..<scanner.index]))"))
                continue
            }
            scanner.skipWhitespace()
            let valueStart = scanner.index
            var quoted = false
            let valueBytes: [UInt8]
            if scanner.peek == ASCII.doubleQuote {
                quoted = true
                let (content, closed) = scanner.readQuotedString()
                valueBytes = content
                if !closed {
                    issues.append(
                        .init(
                            kind: .invalidParameter, range: valueStart..<scanner.index,
                            evidence: "unterminated quoted string in parameter \(name)"))
                }
                scanner.skipToSemicolon()
            } else {
                valueBytes = scanner.readUnquotedValue()
                let range = nameStart..<scanner.index
                if let issue = Self.unquotedValueIssue(name: name, value: valueBytes, range: range) {
                    issues.append(issue)
                }
                scanner.skipCFWS()
                let restStart = scanner.index
                scanner.skipToSemicolon()
                if restStart < scanner.index {
                    issues.append(
                        Self.textAfterUnquotedValueIssue(
                            name: name, value: valueBytes, text: bytes[restStart..<scanner.index],
                            range: nameStart..<scanner.index))
                }
            }
            raw.append(
                RawParameter(
                    name: name.lowercased(), bytes: valueBytes, quoted: quoted,
                    range: nameStart..<scanner.index))
        }
        var assembled: [(name: String, value: String)] = []
        for parameter in RFC2231.assemble(raw, issues: &issues) {
            if assembled.contains(where: { $0.name == parameter.name }) {
                issues.append(
                    .init(
                        kind: .duplicateParameter, range: parameter.range,
                        evidence: "parameter \(parameter.name) given more than once; the first is used"))
                continue
            }
            assembled.append((parameter.name, parameter.value))
        }
        parameters = assembled
        self.issues = issues
    }
}

extension ParameterizedValue {
    /// The issue of an unquoted value that holds a byte RFC 2045 allows only in quotes
    /// (a tspecial, a control character), with what a parser that follows it reads
    /// instead: the value up to that byte. Nil for a token.
    static func unquotedValueIssue(name: String, value: [UInt8], range: Range<Int>) -> EncodedWordDecoder.Issue? {
        guard let byte = value.first(where: { $0 < 0x80 && !ASCII.isMIMETokenByte($0) }) else { return nil }
        let what: String
        switch byte {
        case 0..<0x20, 0x7F: what = "a control character"
        default: what = "“\(ASCII.string([byte]))”"
        }
        return .init(
            kind: .invalidParameter, range: range,
            evidence: "\(name)=\(ASCII.string(value)) is not quoted, but has \(what), which RFC 2045 allows "
                + "only in quotes: parsers that follow it read \(name)=\(ASCII.string(value.prefix { $0 != byte }))")
    }

    /// The issue of text between an unquoted value and the next `;`: a value with spaces
    /// that was not quoted (`name=a b.txt`), or a missing `;`. Readers end the value at the
    /// white space, as MailLint does, and ignore the text.
    static func textAfterUnquotedValueIssue(
        name: String, value: [UInt8], text: ArraySlice<UInt8>, range: Range<Int>
    ) -> EncodedWordDecoder.Issue {
        // Its first line, without trailing white space.
        var shown = Array(text.prefix { $0 != ASCII.cr && $0 != ASCII.lf })
        while let last = shown.last, ASCII.isWhitespaceOrLineBreak(last) { shown.removeLast() }
        return .init(
            kind: .invalidParameter, range: range,
            evidence:
                "\(name)=\(ASCII.string(value)) is followed by “\(ASCII.string(shown))” before the next "
                + "“;”: an unquoted value ends at white space, so readers ignore that text (quote a value with spaces)")
    }
}

/// A parameter as written, before RFC 2231 continuations are joined.
struct RawParameter {
    var name: String
    var bytes: [UInt8]
    var quoted: Bool
    var range: Range<Int>
}

/// A cursor over a parameterised header value.
struct ParameterScanner {
    let bytes: ArraySlice<UInt8>
    var index: Int

    init(bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        index = bytes.startIndex
    }

    var atEnd: Bool { index >= bytes.endIndex }
    var peek: UInt8? { atEnd ? nil : bytes[index] }

    mutating func consume(_ byte: UInt8) -> Bool {
        guard peek == byte else { return false }
        index += 1
        return true
    }

    mutating func skipWhitespace() {
        while let byte = peek, ASCII.isWhitespaceOrLineBreak(byte) { index += 1 }
    }

    /// Skips white space and (nested) comments.
    mutating func skipCFWS() {
        while let byte = peek {
            if ASCII.isWhitespaceOrLineBreak(byte) {
                index += 1
            } else if byte == ASCII.openParen {
                skipComment()
            } else {
                return
            }
        }
    }

    mutating func skipComment() {
        var depth = 0
        while let byte = peek {
            index += 1
            if byte == ASCII.backslash {
                if !atEnd { index += 1 }
            } else if byte == ASCII.openParen {
                depth += 1
            } else if byte == ASCII.closeParen {
                depth -= 1
                if depth == 0 { return }
            }
        }
    }

    /// Moves past the next top-level `;`; false at the end.
    mutating func skipSemicolon() -> Bool {
        skipToSemicolon()
        return consume(ASCII.semicolon)
    }

    mutating func skipToSemicolon() {
        while let byte = peek, byte != ASCII.semicolon {
            if byte == ASCII.openParen {
                skipComment()
            } else if byte == ASCII.doubleQuote {
                _ = readQuotedString()
            } else {
                index += 1
            }
        }
    }

    /// A parameter name: up to `=` or `;`, white space trimmed.
    mutating func readName() -> String {
        let start = index
        while let byte = peek, byte != ASCII.equals, byte != ASCII.semicolon { index += 1 }
        var end = index
        while end > start, ASCII.isWhitespaceOrLineBreak(bytes[end - 1]) { end -= 1 }
        return ASCII.string(bytes[start..<end])
    }

    /// The value before the first `;`: up to `;`, comments removed, white space trimmed at
    /// both ends.
    mutating func readUnquoted() -> String {
        skipCFWS()
        var collected: [UInt8] = []
        while let byte = peek, byte != ASCII.semicolon {
            if byte == ASCII.openParen {
                skipComment()
                continue
            }
            collected.append(byte)
            index += 1
        }
        while let last = collected.last, ASCII.isWhitespaceOrLineBreak(last) { collected.removeLast() }
        return Charset.decodeHeaderBytes(collected)
    }

    /// An unquoted parameter value: up to the first white space or `;`.
    mutating func readUnquotedValue() -> [UInt8] {
        let start = index
        while let byte = peek, byte != ASCII.semicolon, !ASCII.isWhitespaceOrLineBreak(byte) {
            index += 1
        }
        return Array(bytes[start..<index])
    }

    /// A quoted string's content with backslash escapes removed; `closed` is false when
    /// the closing quote is missing.
    mutating func readQuotedString() -> (content: [UInt8], closed: Bool) {
        index += 1
        var content: [UInt8] = []
        while let byte = peek {
            index += 1
            if byte == ASCII.doubleQuote { return (content, true) }
            if byte == ASCII.backslash, let next = peek {
                content.append(next)
                index += 1
            } else if byte != ASCII.cr && byte != ASCII.lf {
                content.append(byte)
            }
        }
        return (content, false)
    }
}
