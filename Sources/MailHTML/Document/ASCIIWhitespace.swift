/// The ASCII characters Unicode counts as white space (what `Character.isWhitespace` says of
/// them): tab, line feed, vertical tab, form feed, carriage return and space. HTML and CSS
/// leave the vertical tab out (`CSSTokenizer.isWhitespace`); the text a reader sees, and
/// CSS values trimmed as strings, count it.
enum ASCIIWhitespace {
    /// Whether `byte` is one of the six.
    @inline(__always)
    static func contains(_ byte: UInt8) -> Bool { byte == 0x20 || byte &- 0x09 < 5 }
}
