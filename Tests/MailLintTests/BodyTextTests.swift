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
}
