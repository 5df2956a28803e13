import MailParser
import Testing

@testable import MailLintCLI

/// The line a text diagnostic shows, and the columns SARIF gives, on short and very long
/// lines (minified HTML keeps a whole newsletter on one line).
@Suite struct SourceExcerptTests {
    private func message(_ body: String) -> Message {
        MessageParser.parse(Array("Subject: s\r\n\r\n\(body)\r\nnext line\r\n".utf8))
    }

    /// The scalars of `window` under its caret.
    private func underCaret(_ window: SourceExcerpt.Window) -> String {
        let scalars = Array(window.text.unicodeScalars)
        let from = window.caretColumn - 1
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[from..<min(scalars.count, from + window.caretWidth)])
        return String(view)
    }

    @Test func aShortLineIsShownWholeWithTheCaretInScalars() throws {
        let line = "Grüße, <a href=x>hier</a>"
        let bytesBefore = Array("Grüße, ".utf8).count
        let window = try #require(
            SourceExcerpt.window(
                line: 3, startColumn: bytesBefore + 1, endColumn: bytesBefore + 3, of: message(line)))
        #expect(window.text == line)
        #expect(window.caretColumn == 8)
        #expect(underCaret(window) == "<a")
    }

    @Test func aLongLineIsShownAroundTheColumnWithEllipses() throws {
        let filler = String(repeating: "<td>x</td>", count: 1000)
        let line = filler + "<a href=target>here</a>" + filler
        let column = filler.utf8.count + 1
        let window = try #require(
            SourceExcerpt.window(line: 3, startColumn: column, endColumn: column + 2, of: message(line)))
        #expect(window.text.hasPrefix("…"))
        #expect(window.text.hasSuffix("…"))
        #expect(window.text.unicodeScalars.count <= SourceExcerpt.windowBytes + 2)
        #expect(underCaret(window) == "<a")
        #expect(window.caretColumn <= SourceExcerpt.leadingContext + 2)
    }

    @Test func aWindowNeverSplitsACharacter() throws {
        // Two-byte and three-byte characters, so that a cut 60 bytes before the column can
        // fall inside one whichever the column.
        let line = String(repeating: "é€", count: 2000)
        for scalarsBefore in [301, 302, 303, 1000, 1001] {
            let before = String(line.unicodeScalars.prefix(scalarsBefore))
            let column = before.utf8.count + 1
            let window = try #require(
                SourceExcerpt.window(line: 3, startColumn: column, endColumn: nil, of: message(line)))
            let inner = window.text.dropFirst().dropLast()
            #expect(inner.allSatisfy { $0 == "é" || $0 == "€" }, "\(scalarsBefore)")
            #expect(
                String(window.text.unicodeScalars.dropFirst(window.caretColumn - 1).prefix(1))
                    == String(line.unicodeScalars.dropFirst(scalarsBefore).prefix(1)))
        }
    }

    @Test func aColumnPastTheLineEndPutsTheCaretAfterTheLastCharacter() throws {
        let window = try #require(
            SourceExcerpt.window(line: 3, startColumn: 40, endColumn: nil, of: message("short")))
        #expect(window.text == "short")
        #expect(window.caretColumn == 6)
        #expect(window.caretWidth == 1)
    }

    @Test func aLineOutsideTheMessageHasNoWindow() {
        #expect(SourceExcerpt.window(line: 99, startColumn: 1, endColumn: nil, of: message("x")) == nil)
    }

    @Test func scalarColumnsCountedOnAgreeWithCountingFromTheLineStart() {
        let line = "ab é€ 𝄞 <a>" + String(repeating: "ü<a>", count: 50)
        let parsed = message(line)
        let bytes = Array(line.utf8)
        let boundaries = (0...bytes.count).filter { $0 == bytes.count || bytes[$0] & 0xC0 != 0x80 }
        func expected(_ offset: Int) -> Int {
            String(decoding: bytes[..<offset], as: UTF8.self).unicodeScalars.count + 1
        }
        // In order, as diagnostics arrive, then backwards, which restarts the count.
        var columns = ScalarColumns()
        for offset in boundaries + boundaries.reversed() {
            #expect(columns.column(offset + 1, line: 3, of: parsed) == expected(offset))
        }
        // Past the end of the line each byte is one column.
        #expect(columns.column(bytes.count + 5, line: 3, of: parsed) == expected(bytes.count) + 4)
        #expect(columns.column(7, line: 99, of: parsed) == 7)
    }
}

/// What the text reporter shows of a diagnostic on a terminal.
@Suite struct TextReporterTests {
    /// A terminal shows a long evidence value cut, and says how much was left out.
    @Test func longEvidenceIsCutForTheTerminal() {
        let url = "https://tracker.example/click?upn=" + String(repeating: "a1B2", count: 300)
        let shown = TextReporter.shortened(url)
        #expect(shown.hasPrefix(String(url.prefix(TextReporter.evidenceLength))))
        #expect(
            shown.hasSuffix("… (\(url.count - TextReporter.evidenceLength) more characters; --format json shows all)"))
        #expect(TextReporter.shortened("short") == "short")
    }
}
