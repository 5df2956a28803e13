import Testing

@testable import MailLint

/// The one-pass phrase matcher every vocabulary uses: word boundaries in spaced scripts,
/// matches anywhere in scripts without spaces, overlapping phrases through failure links,
/// and the word ordinals the dead-end grammar counts distances with.
struct PhraseMatcherTests {
    static func found(_ phrases: [String], in text: String) -> [(phrase: String, text: String, words: Range<Int>)] {
        let matcher = PhraseMatcher<String>(phrases.map { ($0, $0) })
        let folded = FoldedText(text)
        return matcher.matches(in: folded.scalars).map {
            ($0.payload, String(String.UnicodeScalarView(folded.scalars[$0.range])), $0.words)
        }
    }

    @Test func matchesWholeWordsOnlyInSpacedScripts() {
        let matches = Self.found(["reply", "not"], in: "Notably, replying is NOT forbidden: reply.")
        #expect(matches.map(\.text) == ["not", "reply"])
    }

    @Test func reportsTheOrdinalsOfTheWordsAMatchCovers() {
        let matches = Self.found(["do not reply", "reply", "please"], in: "Please, do not reply to this email.")
        #expect(matches.map(\.phrase) == ["please", "do not reply", "reply"])
        #expect(matches.map(\.words) == [0..<1, 1..<4, 3..<4])
    }

    @Test func aStemMatchesFromAWordsStartToItsEnd() {
        let matches = Self.found(["abmeld*", "reply"], in: "Zur Abmeldung, nicht zahlungsabmeldung; abmeld. replying")
        #expect(matches.map(\.text) == ["abmeldung", "abmeld"])
        #expect(matches.map(\.words) == [1..<2, 4..<5])
    }

    @Test func findsOverlappingPhrasesThroughFailureLinks() {
        // "ab c" fails over to "b c" and to "c": all three end at the same place.
        let matches = Self.found(["ab c", "b c", "c", "abx"], in: "xx ab c")
        #expect(matches.map(\.phrase) == ["ab c", "c"])
        #expect(Self.found(["b c"], in: "b c").map(\.phrase) == ["b c"])
    }

    @Test func matchesAnywhereInScriptsWithoutSpaces() {
        let matches = Self.found(["请勿回复", "返信不要", "회신"], in: "此邮件为系统自动发送，请勿回复。메일에회신하지마세요")
        #expect(matches.map(\.phrase) == ["请勿回复", "회신"])
    }

    @Test func readsScalarsOutsideASCIIThroughTheSecondTable() {
        let matches = Self.found(["не отвечайте", "ответ"], in: "Пожалуйста, не отвечайте на это письмо.")
        #expect(matches.map(\.phrase) == ["не отвечайте"])
        #expect(matches.first?.words == 1..<3)
    }
}
