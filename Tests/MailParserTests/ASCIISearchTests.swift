import Testing

@testable import MailParser

/// Byte search ignoring ASCII case, as the rules use it on URLs and text.
struct ASCIISearchTests {
    @Test func findsWordsIgnoringASCIICaseOnly() {
        let text = Array("Click HERE to Unsubscribe: https://x.example/UnSub?id=1".utf8)
        #expect(ASCIISearch.firstIndex(of: Array("unsubscribe".utf8), in: text, from: 0) == 14)
        #expect(ASCIISearch.firstIndex(of: Array("unsub".utf8), in: text, from: 16) == 45)
        #expect(ASCIISearch.contains(Array("here".utf8), in: text))
        #expect(!ASCIISearch.contains(Array("optout".utf8), in: text))
        // Bytes outside ASCII are compared as they are: "É" is not "é".
        #expect(!ASCIISearch.contains(Array("é".utf8), in: Array("É".utf8)))
    }

    @Test func edgesAndSlices() {
        let bytes = Array("abcABC".utf8)
        #expect(ASCIISearch.firstIndex(of: Array("abc".utf8), in: bytes, from: 1) == 3)
        #expect(ASCIISearch.firstIndex(of: Array("abcd".utf8), in: bytes, from: 0) == nil)
        #expect(ASCIISearch.firstIndex(of: [], in: bytes, from: 0) == nil)
        let slice = bytes[2...]
        #expect(ASCIISearch.firstIndex(of: Array("ca".utf8), in: slice, from: slice.startIndex) == 2)
        #expect(!ASCIISearch.contains(Array("ab".utf8), in: Array("a".utf8)))
    }

    /// The buffer search tests eight bytes at a time; every position of a needle, in either
    /// case, against the plain byte-by-byte definition.
    @Test func everyPositionAgainstTheDefinition() {
        let needles = ["mail-lint-disable", "-->", "x", "@b"].map { Array($0.utf8) }
        for length in 0..<40 {
            for position in 0..<max(1, length) {
                for needle in needles where position + needle.count <= length {
                    for upper in [false, true] {
                        var text = [UInt8](repeating: UInt8(ascii: "."), count: length)
                        for (offset, byte) in needle.enumerated() {
                            text[position + offset] = upper && byte >= 0x61 && byte <= 0x7A ? byte - 0x20 : byte
                        }
                        // A near miss (the first byte alone) just before, where it fits.
                        if position > 0 { text[position - 1] = needle[0] }
                        func definition(from start: Int) -> Int? {
                            guard start <= length - needle.count else { return nil }
                            return (start...(length - needle.count)).first { start in
                                (0..<needle.count).allSatisfy { ASCII.lowercased(text[start + $0]) == needle[$0] }
                            }
                        }
                        #expect(ASCIISearch.firstIndex(of: needle, in: text, from: 0) == definition(from: 0))
                        #expect(ASCIISearch.firstIndex(of: needle, in: text[1...], from: 1) == definition(from: 1))
                        #expect(ASCIISearch.firstIndex(of: needle, in: text, from: 3) == definition(from: 3))
                    }
                }
            }
        }
    }
}
