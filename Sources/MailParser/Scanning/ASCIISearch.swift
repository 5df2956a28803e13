/// Searching bytes for ASCII words, ignoring ASCII case, without building lowercase copies
/// or going through Foundation's generic searches (which cost a hundred times more per byte).
public enum ASCIISearch {
    /// The index of the first occurrence of `needle` (lowercase ASCII) in `haystack` at or
    /// after `start`, ignoring ASCII case; nil when there is none.
    @inlinable public static func firstIndex<C: RandomAccessCollection>(
        of needle: [UInt8], in haystack: C, from start: C.Index
    )
        -> C.Index? where C.Element == UInt8, C.Index == Int
    {
        guard let first = needle.first, haystack.count >= needle.count else { return nil }
        var index = start
        let last = haystack.endIndex - needle.count
        while index <= last {
            if haystack[index] | (isUpper(haystack[index]) ? 0x20 : 0) == first {
                var offset = 1
                while offset < needle.count {
                    let byte = haystack[index + offset]
                    if byte | (isUpper(byte) ? 0x20 : 0) != needle[offset] { break }
                    offset += 1
                }
                if offset == needle.count { return index }
            }
            index += 1
        }
        return nil
    }

    /// Whether `haystack` contains `needle` (lowercase ASCII), ignoring ASCII case.
    @inlinable public static func contains<C: RandomAccessCollection>(_ needle: [UInt8], in haystack: C) -> Bool
    where C.Element == UInt8, C.Index == Int {
        firstIndex(of: needle, in: haystack, from: haystack.startIndex) != nil
    }

    @inlinable @inline(__always) static func isUpper(_ byte: UInt8) -> Bool { byte &- 0x41 < 26 }
}
