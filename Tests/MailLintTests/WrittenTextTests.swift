import Testing

@testable import MailLint

/// Text as read matched against text as written (`WrittenText`), and the findings it places.
struct WrittenTextTests {
    /// The matched bytes of `needle` at the start of `source`, or nil.
    private func matched(_ needle: String, _ source: String) -> String? {
        let bytes = Array(source.utf8)
        guard let end = WrittenText.matchEnd(of: Array(needle.utf8), at: 0, in: bytes[...]) else { return nil }
        return String(decoding: bytes[..<end], as: UTF8.self)
    }

    @Test(arguments: [
        ("Don't reply", "Don&#39;t&nbsp;reply to", "Don&#39;t&nbsp;reply"),
        ("répondre", "r&eacute;pondre.", "r&eacute;pondre"), ("répondre", "r&#233;pondre", "r&#233;pondre"),
        ("répondre", "r&#xE9;pondre", "r&#xE9;pondre"), ("do not", "do\r\n   not reply", "do\r\n   not"),
        ("do not", "do\u{A0}not", "do\u{A0}not"), ("it’s", "it&rsquo;s", "it&rsquo;s"),
        ("Grüße", "Gr&uuml;&szlig;e", "Gr&uuml;&szlig;e"), ("a & b", "a &amp; b", "a &amp; b"),
    ])
    func referencesAndWhiteSpaceMatchWhatTheyStandFor(needle: String, source: String, expected: String) {
        #expect(matched(needle, source) == expected)
    }

    @Test(arguments: [
        ("don't", "Don&#39;t"), ("do not", "donot"), ("x", "&#xZZ;"), ("x", "&unknown;"), ("x", "&#;"),
        ("é", "&eacute"), ("do not", "do"),
    ])
    func otherTextDoesNotMatch(needle: String, source: String) {
        #expect(matched(needle, source) == nil)
    }

    /// Values every HTML reference lists: the table is HTML 4's Latin-1 set, in order.
    @Test func namedReferencesHaveTheirCodePoints() {
        #expect(WrittenText.namedReferences["nbsp"] == 0xA0)
        #expect(WrittenText.namedReferences["copy"] == 0xA9)
        #expect(WrittenText.namedReferences["Agrave"] == 0xC0)
        #expect(WrittenText.namedReferences["szlig"] == 0xDF)
        #expect(WrittenText.namedReferences["eacute"] == 0xE9)
        #expect(WrittenText.namedReferences["yuml"] == 0xFF)
    }

    /// A statement written with references is placed at its first words, not at the line's start.
    @Test func aStatementWrittenWithReferencesIsPlacedAtItsWords() throws {
        let line = "<p>Your order shipped.</p><h3>Don&#39;t&nbsp;reply&nbsp;to&nbsp;this&nbsp;email</h3>"
        let message = "From: shop@example.com\nSubject: s\nContent-Type: text/html\n\n\(line)\n"
        let finding = try #require(
            Linter().lint(Array(message.utf8), file: "m.eml").first { $0.ruleID == "dead-end-phrase" })
        let column = try #require(line.range(of: "Don&#39;t")).lowerBound.utf16Offset(in: line) + 1
        #expect(finding.location.start.line == 5)
        #expect(finding.location.start.column == column)
        #expect(finding.location.end.column == column + "Don&#39;t&nbsp;reply".utf8.count)
    }
}

extension WrittenTextTests {
    /// In plain text a reference is what it looks like: "&amp;" reads as five characters.
    @Test func plainTextReadsNoReferences() {
        let source = Array("a &amp; b".utf8)[...]
        #expect(WrittenText.matchEnd(of: Array("a & b".utf8), at: 0, in: source, readsReferences: false) == nil)
        #expect(WrittenText.matchEnd(of: Array("a &amp; b".utf8), at: 0, in: source, readsReferences: false) == 9)
    }
}
