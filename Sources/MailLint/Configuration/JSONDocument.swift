/// A small JSON reader (RFC 8259) that remembers the line and column of every value and
/// key, so that a configuration error can name the line it is on.
struct JSONDocument {
    /// A value with its position.
    struct Node {
        indirect enum Value {
            case null
            case bool(Bool)
            case number(Double)
            case string(String)
            case array([Node])
            case object([(key: String, keyLine: Int, keyColumn: Int, value: Node)])
        }
        var value: Value
        var line: Int
        var column: Int

        /// The value without positions.
        var plain: ConfigurationValue {
            switch value {
            case .null: return .null
            case .bool(let value): return .bool(value)
            case .number(let value): return .number(value)
            case .string(let value): return .string(value)
            case .array(let items): return .array(items.map(\.plain))
            case .object(let members):
                return .object(
                    Dictionary(members.map { ($0.key, $0.value.plain) }, uniquingKeysWith: { first, _ in first }))
            }
        }
    }

    /// A syntax error and where it is.
    struct SyntaxError: Error {
        var message: String
        var line: Int
        var column: Int
    }

    private let bytes: [UInt8]
    private var index = 0
    private var line = 1
    private var lineStart = 0

    /// Parses `bytes` (UTF-8, an optional byte order mark skipped) into one value.
    static func parse(_ bytes: [UInt8]) throws(SyntaxError) -> Node {
        var reader = JSONDocument(bytes: bytes)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { reader.index = 3 }
        let node = try reader.value(depth: 0)
        reader.skipWhitespace()
        guard reader.index == bytes.count else { throw reader.error("unexpected text after the JSON value") }
        return node
    }

    private init(bytes: [UInt8]) { self.bytes = bytes }

    private var column: Int { index - lineStart + 1 }

    private func error(_ message: String) -> SyntaxError { SyntaxError(message: message, line: line, column: column) }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0D: index += 1
            case 0x0A:
                index += 1
                line += 1
                lineStart = index
            default: return
            }
        }
    }

    private mutating func value(depth: Int) throws(SyntaxError) -> Node {
        skipWhitespace()
        guard depth < 64 else { throw error("nesting deeper than 64 levels") }
        guard index < bytes.count else { throw error("unexpected end of the file; a value was expected") }
        let (startLine, startColumn) = (line, column)
        func node(_ value: Node.Value) -> Node { Node(value: value, line: startLine, column: startColumn) }
        switch bytes[index] {
        case UInt8(ascii: "{"):
            index += 1
            var members: [(key: String, keyLine: Int, keyColumn: Int, value: Node)] = []
            skipWhitespace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
                index += 1
                return node(.object(members))
            }
            while true {
                skipWhitespace()
                let (keyLine, keyColumn) = (line, column)
                guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                    throw error("a quoted key was expected")
                }
                let key = try string()
                skipWhitespace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                    throw error("\":\" was expected after the key \"\(key)\"")
                }
                index += 1
                members.append((key, keyLine, keyColumn, try value(depth: depth + 1)))
                skipWhitespace()
                guard index < bytes.count else { throw error("unexpected end of the file; \"}\" was expected") }
                if bytes[index] == UInt8(ascii: ",") {
                    index += 1
                    continue
                }
                guard bytes[index] == UInt8(ascii: "}") else { throw error("\",\" or \"}\" was expected") }
                index += 1
                return node(.object(members))
            }
        case UInt8(ascii: "["):
            index += 1
            var items: [Node] = []
            skipWhitespace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
                index += 1
                return node(.array(items))
            }
            while true {
                items.append(try value(depth: depth + 1))
                skipWhitespace()
                guard index < bytes.count else { throw error("unexpected end of the file; \"]\" was expected") }
                if bytes[index] == UInt8(ascii: ",") {
                    index += 1
                    continue
                }
                guard bytes[index] == UInt8(ascii: "]") else { throw error("\",\" or \"]\" was expected") }
                index += 1
                return node(.array(items))
            }
        case UInt8(ascii: "\""):
            return node(.string(try string()))
        case UInt8(ascii: "t"):
            try literal("true")
            return node(.bool(true))
        case UInt8(ascii: "f"):
            try literal("false")
            return node(.bool(false))
        case UInt8(ascii: "n"):
            try literal("null")
            return node(.null)
        default:
            return node(.number(try number()))
        }
    }

    private mutating func literal(_ word: String) throws(SyntaxError) {
        let expected = Array(word.utf8)
        guard bytes.count - index >= expected.count, Array(bytes[index..<index + expected.count]) == expected else {
            throw error("unexpected character; a JSON value was expected")
        }
        index += expected.count
    }

    private mutating func number() throws(SyntaxError) -> Double {
        let start = index
        while index < bytes.count, "+-0123456789.eE".utf8.contains(bytes[index]) { index += 1 }
        guard index > start, let value = Double(String(decoding: bytes[start..<index], as: UTF8.self)) else {
            index = start
            throw error("unexpected character; a JSON value was expected")
        }
        return value
    }

    private mutating func string() throws(SyntaxError) -> String {
        index += 1
        var out: [UInt8] = []
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if byte == UInt8(ascii: "\"") { return String(decoding: out, as: UTF8.self) }
            if byte < 0x20 { throw error("control character in a string") }
            guard byte == UInt8(ascii: "\\") else {
                out.append(byte)
                continue
            }
            guard index < bytes.count else { break }
            let escape = bytes[index]
            index += 1
            switch escape {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(escape)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "u"):
                guard index + 4 <= bytes.count,
                    let code = UInt32(String(decoding: bytes[index..<index + 4], as: UTF8.self), radix: 16)
                else { throw error("invalid \\u escape") }
                index += 4
                var scalarValue = code
                if (0xD800..<0xDC00).contains(code), index + 6 <= bytes.count, bytes[index] == UInt8(ascii: "\\"),
                    bytes[index + 1] == UInt8(ascii: "u"),
                    let low = UInt32(String(decoding: bytes[index + 2..<index + 6], as: UTF8.self), radix: 16),
                    (0xDC00..<0xE000).contains(low)
                {
                    index += 6
                    scalarValue = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                }
                out += Array(String(Unicode.Scalar(scalarValue).map(Character.init) ?? "\u{FFFD}").utf8)
            default:
                throw error("invalid escape \\\(Character(Unicode.Scalar(escape)))")
            }
        }
        throw error("unterminated string")
    }
}
