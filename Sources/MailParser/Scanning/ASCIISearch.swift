/// Case-insensitive search for an ASCII needle in bytes (the needle is given in lowercase).
public enum ASCIISearch {
    /// The index of the first occurrence of `needle` (lowercase ASCII) in `haystack` at or
    /// after `start`, ignoring ASCII case; nil when there is none.
    ///
    /// Contiguous haystacks (arrays, slices of arrays) are searched through their buffer by
    /// `firstOffset(of:in:from:)`, which is compiled once, here, for every caller.
    @inlinable public static func firstIndex<C: RandomAccessCollection>(
        of needle: [UInt8], in haystack: C, from start: C.Index
    )
        -> C.Index? where C.Element == UInt8, C.Index == Int
    {
        guard !needle.isEmpty, start >= haystack.startIndex, haystack.endIndex - start >= needle.count else {
            return nil
        }
        let base = haystack.startIndex
        if let found = haystack.withContiguousStorageIfAvailable({
            firstOffset(of: needle, in: $0, from: start - base)
        }) {
            return found.map { $0 + base }
        }
        var index = start
        let last = haystack.endIndex - needle.count
        while index <= last {
            var offset = 0
            while offset < needle.count, ASCII.lowercased(haystack[index + offset]) == needle[offset] { offset += 1 }
            if offset == needle.count { return index }
            index += 1
        }
        return nil
    }

    /// Whether `haystack` contains `needle` (lowercase ASCII), ignoring ASCII case.
    @inlinable public static func contains<C: RandomAccessCollection>(_ needle: [UInt8], in haystack: C) -> Bool
    where C.Element == UInt8, C.Index == Int {
        firstIndex(of: needle, in: haystack, from: haystack.startIndex) != nil
    }

    /// The offset in `buffer` of the first occurrence of `needle` (lowercase ASCII) at or
    /// after `start`, ignoring ASCII case. Eight bytes at a time are tested for the needle's
    /// first byte (either case of a letter: `byte | 0x20` is a lowercase letter only for that
    /// letter and its capital); the whole needle is compared only where it may start.
    public static func firstOffset(of needle: [UInt8], in buffer: UnsafeBufferPointer<UInt8>, from start: Int)
        -> Int?
    {
        guard let first = needle.first, let bytes = buffer.baseAddress, start >= 0,
            buffer.count - start >= needle.count
        else { return nil }
        let fold: UInt8 = first &- 0x61 < 26 ? 0x20 : 0
        let last = buffer.count - needle.count
        return needle.withUnsafeBufferPointer { needle -> Int? in
            func matches(at index: Int) -> Bool {
                var offset = 1
                while offset < needle.count, ASCII.lowercased(bytes[index + offset]) == needle[offset] { offset += 1 }
                return offset == needle.count
            }
            let ones: UInt64 = 0x0101_0101_0101_0101
            let highs: UInt64 = 0x8080_8080_8080_8080
            let pattern = UInt64(first) &* ones
            let folds = UInt64(fold) &* ones
            let raw = UnsafeRawPointer(bytes)
            var index = start
            while index + 8 <= last + 1 {
                // A byte of `difference` is zero where the first byte stands.
                let difference = (raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) | folds) ^ pattern
                if (difference &- ones) & ~difference & highs != 0 {
                    for candidate in index..<(index + 8)
                    where bytes[candidate] | fold == first && matches(at: candidate) {
                        return candidate
                    }
                }
                index += 8
            }
            while index <= last {
                if bytes[index] | fold == first && matches(at: index) { return index }
                index += 1
            }
            return nil
        }
    }
}
