import Testing

@testable import MailLint

/// The re-encoding variants of the example tests must be right themselves: the decoded body
/// is the original, and the offset map leads where MailParser's decoded-offset map leads.
struct ExampleVariantsTests {
    static let html = """
        From: a@example.org
        Content-Type: multipart/alternative; boundary=b

        --b
        Content-Type: text/plain

        plain
        --b
        Content-Type: text/html; charset=utf-8
        Content-Transfer-Encoding: 8bit

        <p style="color:#eee">Caf\u{E9} = 1 \(String(repeating: "long ", count: 40))</p>
        <a href="https://example.org/unsubscribe?a=1&amp;b=2">Unsubscribe</a>\u{20}
        --b--

        """

    @Test(arguments: [TransferEncoding.quotedPrintable, .base64])
    func reencodedHTMLDecodesToTheOriginal(_ encoding: TransferEncoding) throws {
        let bytes = Array(Self.html.utf8)
        let reencoded = try #require(ExampleVariants.reencodingHTML(bytes, as: encoding))
        let original = MessageParser.parse(bytes)
        let message = MessageParser.parse(reencoded.bytes)
        // LF line breaks are what examples are written with; nothing else may be wrong.
        let defects = message.defects.filter { $0.kind != .bareLineFeed }
        #expect(defects.isEmpty, "\(defects)")
        let part = try #require(message.leafParts.last)
        #expect(part.transferEncoding == encoding)
        #expect(message.decodedText(of: part).text == original.decodedText(of: original.leafParts[1]).text)
        #expect(message.header.fields.map(\.name) == original.header.fields.map(\.name))
    }

    @Test(arguments: [TransferEncoding.quotedPrintable, .base64])
    func offsetsMapToTheEncodedLineMailParserReportsBack(_ encoding: TransferEncoding) throws {
        let bytes = Array(Self.html.utf8)
        let reencoded = try #require(ExampleVariants.reencodingHTML(bytes, as: encoding))
        let originalPart = MessageParser.parse(bytes).leafParts[1]
        let message = MessageParser.parse(reencoded.bytes)
        let body = message.decodedText(of: try #require(message.leafParts.last)).body
        let anchor = try #require(bytes.indices.first { bytes[$0...].starts(with: Array("<a href".utf8)) })
        let decodedOffset = anchor - originalPart.bodyRange.lowerBound
        #expect(body.rawOffset(forDecoded: decodedOffset) == reencoded.map[anchor])
        #expect(reencoded.htmlLine[anchor] == 2)
        #expect(reencoded.htmlLine[0] == nil)
        // Bytes outside the part keep their text.
        let from = reencoded.map[bytes.firstIndex(of: UInt8(ascii: "a"))!]
        #expect(reencoded.bytes[from] == UInt8(ascii: "a"))
    }

    @Test func messagesWithoutHTMLHaveNoVariant() {
        #expect(ExampleVariants.reencodingHTML(Array("From: a@example.org\n\nhi\n".utf8), as: .base64) == nil)
    }
}
