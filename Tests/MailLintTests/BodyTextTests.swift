import Testing

@testable import MailLint

/// Plain and HTML parts read in one form, with lines back to the file.
struct BodyTextTests {
    @Test func plainAndHTMLPartsAlike() throws {
        let message = """
            From: a@example.org\r
            Content-Type: multipart/alternative; boundary=b\r
            \r
            --b\r
            Content-Type: text/plain\r
            \r
            Hello.\r
            Please do not reply.\r
            --b\r
            Content-Type: text/html\r
            Content-Transfer-Encoding: quoted-printable\r
            \r
            <p>Hello.</p><p style=3D"display:none">hidden</p>=\r
            <p>Please do not reply.</p>\r
            --b--\r

            """
        let context = LintContext(message: MessageParser.parse(Array(message.utf8)), file: "a.eml")
        let texts = context.bodyTexts
        #expect(texts.count == 2)
        #expect(texts[0].text.text == "Hello. Please do not reply.")
        #expect(!texts[0].isHTML)
        let plainRun = try #require(texts[0].text.runs.first { $0.text == "Please do not reply." })
        #expect(texts[0].lines.fileLine(for: plainRun.line) == 8)
        #expect(texts[1].text.text == "Hello.\nPlease do not reply.")
        let htmlRun = try #require(texts[1].text.runs.first { $0.text == "Please do not reply." })
        #expect(htmlRun.line == 1)  // one HTML line: the soft break joins the raw lines
        #expect(texts[1].lines.fileLine(for: htmlRun.line) == 13)
    }

    /// A part in an identity transfer encoding whose charset decoding changes the bytes'
    /// count (Latin-1 to UTF-8): its decoded lines are still the file's lines, read from the
    /// message's own line index, and a line past the body stays in the body.
    @Test func aCharsetDecodedIdentityPartKeepsTheFilesLines() throws {
        var bytes = Array("From: a@example.org\r\nContent-Type: text/plain; charset=iso-8859-1\r\n\r\n".utf8)
        bytes += [0xC0, 0xE9, 0xE8, 0xFC, 0x0D, 0x0A]  // "Àéèü": eight bytes in UTF-8
        bytes += Array("M\u{00}erci.\r\nNe r\u{00}pondez pas.\r\n".utf8).map { $0 == 0 ? 0xE9 : $0 }
        let context = LintContext(message: MessageParser.parse(bytes), file: "a.eml")
        let body = try #require(context.bodyTexts.first)
        let run = try #require(body.text.runs.first { $0.text == "Ne répondez pas." })
        #expect(run.line == 3)
        #expect(body.lines.fileLine(for: run.line) == 6)
        #expect(body.lines.rawOffset(for: run.line) == bytes.count - "Ne r\u{00}pondez pas.\r\n".utf8.count)
        #expect(body.lines.fileLine(for: 99) == 6)
    }
}
