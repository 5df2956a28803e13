import Testing

@testable import MailLint

/// Long texts are folded window by window (`FoldedBody.windows`), so that the folded form of
/// a large message never exists whole; what the phrase readers find must not change.
struct FoldedWindowTests {
    /// A plain message of `paragraphs` filler lines with `ending` as its last line.
    static func message(paragraphs: Int, ending: String) -> [UInt8] {
        var text = "From: Shop <news@example.com>\nTo: a@example.org\nSubject: News\n\n"
        let filler = "Our stores are open every day from nine to six, and the team is glad to help you.\n"
        text.reserveCapacity(paragraphs * filler.utf8.count + 200)
        for _ in 0..<paragraphs { text += filler }
        text += ending + "\n"
        return Array(text.utf8)
    }

    @Test func windowsCoverEveryRunOnceAndEndAtSentences() throws {
        let linter = Linter()
        let context = linter.messageContext(Self.message(paragraphs: 20_000, ending: "Bye."), file: "m.eml")
        let body = try #require(context.bodyTexts.first)
        let windows = FoldedBody.windows(of: body)
        #expect(windows.count > 3)
        #expect(windows.first?.lowerBound == 0)
        #expect(windows.last?.upperBound == body.text.runs.count)
        for (previous, next) in zip(windows, windows.dropFirst()) {
            #expect(previous.upperBound == next.lowerBound)
            let last = body.text.runs[previous.upperBound - 1]
            #expect(last.isBoundary || last.withUTF8(FoldedBody.endsSentence))
        }
    }

    /// A message within the cache (8,000 lines, 680 KB; the cache keeps 1 MiB of text) is kept
    /// whole; 20,000 lines (1.7 MB) and 60,000 (5 MB) are read window by window: the dead end
    /// on the last line is found there, with its line.
    @Test(arguments: [8_000, 20_000, 60_000]) func aDeadEndAtTheEndOfALongTextIsFoundOnItsLine(paragraphs: Int) {
        let linter = Linter(rules: [DeadEndPhraseRule.self])
        let bytes = Self.message(paragraphs: paragraphs, ending: "Please do not reply to this email.")
        let context = linter.messageContext(bytes, file: "m.eml")
        #expect((context.foldedWindows == nil) == (paragraphs > 8_000))
        let diagnostics = linter.lint(context)
        #expect(diagnostics.map(\.ruleID) == ["dead-end-phrase"])
        #expect(diagnostics.first?.location.start.line == 4 + paragraphs + 1)
    }

    /// A block boundary before a capital ends a sentence; before a lower-case letter (a
    /// `<br>` inside a sentence) it does not. Postal addresses read across it still.
    @Test(arguments: [
        ("<p>Please do not</p><p>Reply to this email if you have questions.</p>", 0),
        ("<p>Please do not<br>reply to this email.</p>", 1), ("<p>Please do not reply<br>to this email.</p>", 1),
        ("<td>This mailbox is</td><td>not monitored.</td>", 1),
    ])
    func aParagraphBeforeACapitalStartsASentence(_ html: String, _ findings: Int) {
        let linter = Linter(rules: [DeadEndPhraseRule.self])
        let message = "From: Shop <shop@example.com>\nContent-Type: text/html\n\n<html><body>\(html)</body></html>\n"
        let context = linter.messageContext(Array(message.utf8), file: "m.eml")
        #expect(linter.lint(context).count == findings, "\(html)")
    }

    @Test func aParagraphSeparatorSeparatesWordTokens() {
        let tokens = WordTokens(Array("Hauptstraße 5\u{2029}10115 Berlin".utf8))
        #expect(tokens.tokens.count == 4)
    }
}
