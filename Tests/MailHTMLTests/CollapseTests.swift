import Testing

@testable import MailHTML

/// White space as a reader sees it: every Unicode space collapsed to one space, trimmed; the
/// zero-width space and non-joiner dropped inside a word and part of the white space around
/// them (a preheader's padding); everything else kept byte for byte.
struct CollapseTests {
    @Test(arguments: [
        ("  a \t\n b  ", "a b"), ("a\u{A0}\u{A0}b", "a b"), ("a\u{200B}\u{200C}b", "ab"),
        ("mail\u{200B}box", "mailbox"), ("a \u{200C}\u{A0}\u{200C} b", "a b"), ("a\u{200B} b", "a b"),
        ("\u{200C}\u{A0}\u{200C}\u{A0}", ""),
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
            let expected = scalar.properties.isWhitespace ? "a b" : value == 0x200B || value == 0x200C ? "ab" : text
            #expect(VisibleText.collapse(text) == expected, "U+\(String(value, radix: 16))")
        }
    }
}

/// Runs read their text from the bytes they come from wherever collapsing leaves it as it
/// is, and from their own copy where it does not.
struct CollapsedStretchTests {
    @Test(arguments: [
        ("a b", 0, "a b", true), ("  a b \n", 2, "a b", true), ("a  b", 0, "a b", false), ("a\tb", 0, "a b", false),
        ("a\u{A0}b", 0, "a b", false), ("mail\u{200B}box", 0, "mailbox", false), (" \u{A0} ", 4, "", true),
    ])
    func aStretchIsUnchangedOnlyWhenItsWhiteSpaceIsSingleSpaces(
        _ text: String, _ start: Int, _ expected: String, _ unchanged: Bool
    ) {
        let bytes = Array(text.utf8)
        var out = [UInt8](repeating: 0, count: bytes.count)
        let result = bytes.withUnsafeBufferPointer { input in
            out.withUnsafeMutableBufferPointer { VisibleText.collapse(input, into: $0.baseAddress!) }
        }
        #expect(result.start == start)
        #expect(String(decoding: out[0..<result.count], as: UTF8.self) == expected)
        if !expected.isEmpty { #expect(result.unchanged == unchanged, "\(text)") }
    }

    /// A large message has millions of runs: each is 24 bytes, its text not copied.
    @Test func aRunIsTwentyFourBytes() {
        #expect(MemoryLayout<VisibleText.Run>.stride == 24)
        let run = VisibleText.Run(text: "Unsub", line: 70_000, node: 12, joinsPrevious: true)
        #expect(run.text == "Unsub" && run.line == 70_000 && run.node == 12 && run.joinsPrevious)
        #expect(!VisibleText.Run(text: "x", line: 1, node: -1).joinsPrevious)
    }

    @Test func plainTextRunsReadTheirLinesWhateverTheyStartWith() {
        let text = VisibleText(plainText: "\n\n \t\nHello  world\nSecond line\n\nThird\u{200B}word\n")
        #expect(text.runs.map(\.text) == ["Hello world", "Second line", "\n", "Thirdword"])
        #expect(text.runs.map(\.line) == [4, 5, 6, 7])
        #expect(text.runs.map(\.isBoundary) == [false, false, true, false])
        #expect(text.runs.map(\.utf8Count) == [11, 11, 1, 9])
    }
}
