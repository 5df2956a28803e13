import Testing

@testable import MailHTML

/// White space as a reader sees it: every Unicode space (and the zero-width ones templates
/// pad with) collapsed to one space, trimmed; everything else kept byte for byte.
struct CollapseTests {
    @Test(arguments: [
        ("  a \t\n b  ", "a b"), ("a\u{A0}\u{A0}b", "a b"), ("a\u{200B}\u{200C}b", "a b"),
        ("a\u{2003}b\u{3000}c", "a b c"),
        ("a\u{2028}b\u{2029}c\u{202F}d\u{205F}e\u{1680}f\u{85}g", "a b c d e f g"), ("\u{200D}", "\u{200D}"),
        ("Grüße, 日本語 テキスト", "Grüße, 日本語 テキスト"), ("\u{2010}x\u{2011}", "\u{2010}x\u{2011}"), ("", ""),
        ("\u{A0} \u{3000}", ""),
    ])
    func collapses(_ text: String, _ expected: String) {
        #expect(VisibleText.collapse(text) == expected)
        #expect(VisibleText.collapse(Array(text.utf8)[...]) == expected)
    }

    @Test func agreesWithUnicodeWhiteSpaceOnEveryScalarBelowU3001() {
        for value in UInt32(0)...0x3000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "a" + String(scalar) + "b"
            let isSpace = scalar.properties.isWhitespace || value == 0x200B || value == 0x200C
            #expect(VisibleText.collapse(text) == (isSpace ? "a b" : text), "U+\(String(value, radix: 16))")
        }
    }
}
