/// ASCII letter case, byte by byte: HTML tag and attribute names, CSS property names and
/// URL schemes are ASCII case-insensitive, and are compared without making strings.
enum ASCIICase {
    /// Whether `byte` is A–Z.
    @inline(__always)
    static func isUpper(_ byte: UInt8) -> Bool { byte &- 0x41 < 26 }

    /// `byte` with A–Z made a–z; every other byte as it is.
    @inline(__always)
    static func lowered(_ byte: UInt8) -> UInt8 { isUpper(byte) ? byte | 0x20 : byte }
}
