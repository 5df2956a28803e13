/// The header fields of a message or of a MIME part, in the order written.
public struct HeaderBlock: Sendable, Equatable {
    /// The fields in order. Fields past `ParserLimits.maxHeaderFields` are not included.
    public var fields: [HeaderField]
    /// 0-based byte offsets of the header block, from its first field to the end of the
    /// blank line that ends it (or to where the body starts when that line is missing).
    public var range: Range<Int>

    /// Creates a header block.
    public init(fields: [HeaderField] = [], range: Range<Int>) {
        self.fields = fields
        self.range = range
    }

    /// The first field named `name` (ASCII case-insensitive), or nil.
    public func first(_ name: String) -> HeaderField? {
        let key = name.lowercased()
        return fields.first { $0.lowercasedName == key }
    }

    /// Every field named `name` (ASCII case-insensitive), in order.
    public func all(_ name: String) -> [HeaderField] {
        let key = name.lowercased()
        return fields.filter { $0.lowercasedName == key }
    }

    /// Whether a field named `name` is present.
    public func contains(_ name: String) -> Bool { first(name) != nil }
}
