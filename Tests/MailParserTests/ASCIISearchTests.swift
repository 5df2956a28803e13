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
}
