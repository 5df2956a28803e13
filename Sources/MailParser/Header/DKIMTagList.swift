/// The tag list of a DKIM-Signature field (RFC 6376 §3.2): `tag=value` pairs separated by
/// semicolons, with folding white space allowed around tags, `=` and values.
///
/// Only the syntax is read; nothing is verified.
public struct DKIMTagList: Sendable {
    /// One `tag=value`.
    public struct Tag: Sendable, Equatable {
        /// The tag name as written ("h", "d").
        public var name: String
        /// The value with all folding white space removed (as RFC 6376 §3.2 compares values).
        public var value: String
        /// 0-based byte offsets in the message buffer of the whole `tag=value`.
        public var range: Range<Int>
    }

    /// The tags in order.
    public var tags: [Tag]

    /// The first tag named `name`, or nil.
    public func tag(_ name: String) -> Tag? { tags.first { $0.name == name } }

    /// The header names of the `h=` tag, lowercased, in order; empty when there is no `h=`.
    public var signedHeaderNames: [String] {
        guard let value = tag("h")?.value else { return [] }
        return value.split(separator: ":").map { $0.lowercased() }.filter { !$0.isEmpty }
    }

    /// Reads the tag list of `field`.
    public init(_ field: HeaderField) {
        tags = []
        let bytes = field.rawValue
        var start = bytes.startIndex
        while start < bytes.endIndex {
            let end = bytes[start...].firstIndex(of: UInt8(ascii: ";")) ?? bytes.endIndex
            var first = start
            while first < end, ASCII.isWhitespaceOrLineBreak(bytes[first]) { first += 1 }
            var last = end
            while last > first, ASCII.isWhitespaceOrLineBreak(bytes[last - 1]) { last -= 1 }
            if first < last, let equals = bytes[first..<last].firstIndex(of: UInt8(ascii: "=")) {
                let name = String(
                    decoding: bytes[first..<equals].filter { !ASCII.isWhitespaceOrLineBreak($0) }, as: UTF8.self)
                let value = String(
                    decoding: bytes[(equals + 1)..<last].filter { !ASCII.isWhitespaceOrLineBreak($0) }, as: UTF8.self)
                tags.append(Tag(name: name, value: value, range: first..<last))
            }
            start = end + 1
        }
    }
}
