/// One header field exactly as written, with its position.
///
/// The name and the value are kept as the raw bytes of the message (`ArraySlice`s share
/// the message's buffer, and their indices are offsets in it); decoded views are computed
/// on demand. A folded field spans several lines; its line breaks stay in `rawValue`.
public struct HeaderField: Sendable, Equatable {
    /// The field name as written, without the colon or any white space before it.
    /// Bytes outside ASCII are shown as U+FFFD.
    public let name: String
    /// `name` in lowercase ASCII, for lookups.
    public let lowercasedName: String
    /// The bytes after the colon up to the field's last line break (not included): the
    /// value with its leading white space and its folding line breaks, as written.
    public let rawValue: ArraySlice<UInt8>
    /// 0-based byte offsets of the whole field in the message buffer, from the first byte
    /// of the name to the end of the value (the final line break not included).
    public let range: Range<Int>
    /// Where the field's name starts in the file (1-based line and byte column).
    public let location: SourceLocation

    /// Creates a field. `rawValue`'s indices must be offsets in the message buffer.
    public init(name: String, rawValue: ArraySlice<UInt8>, range: Range<Int>, location: SourceLocation) {
        self.name = name
        self.lowercasedName = name.lowercased()
        self.rawValue = rawValue
        self.range = range
        self.location = location
    }

    /// The value unfolded (RFC 5322 §2.2.3): line breaks removed, the white space that
    /// followed them kept, leading and trailing white space removed. Raw bytes.
    public var unfoldedValue: [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(rawValue.count)
        for byte in rawValue where byte != ASCII.cr && byte != ASCII.lf {
            if out.isEmpty, ASCII.isWhitespace(byte) { continue }
            out.append(byte)
        }
        while let last = out.last, ASCII.isWhitespace(last) { out.removeLast() }
        return out
    }

    /// The unfolded value as text: UTF-8 where valid, else Windows-1252, with no RFC 2047
    /// decoding. Use `EncodedWordDecoder` for the decoded text.
    public var unfoldedText: String { Charset.decodeHeaderBytes(unfoldedValue) }

    /// Whether the field spans more than one line.
    public var isFolded: Bool { rawValue.contains(ASCII.lf) || rawValue.contains(ASCII.cr) }
}
