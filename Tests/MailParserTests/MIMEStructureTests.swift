import Testing

@testable import MailParser

/// Multipart splitting, defaults, nesting limits and IMAP numbering on small messages.
struct MIMEStructureTests {
    static func parse(_ text: String, limits: ParserLimits = .default) -> Message {
        MessageParser.parse(Array(text.utf8), limits: limits)
    }

    static func paths(_ message: Message) -> [String] { message.leafParts.map(\.path.description) }

    @Test func singlePartMessageIsPartOne() {
        let message = Self.parse("Subject: x\r\n\r\nhello\r\n")
        #expect(Self.paths(message) == ["1"])
        #expect(message.leafParts[0].contentType == .textPlain)
        #expect(!message.leafParts[0].hasDeclaredContentType)
    }

    @Test func outerBoundaryEndsAnUnclosedInnerMultipart() {
        let message = Self.parse(
            """
            Content-Type: multipart/mixed; boundary=outer\r
            \r
            --outer\r
            Content-Type: multipart/alternative; boundary=inner\r
            \r
            --inner\r
            \r
            text\r
            --outer\r
            Content-Type: text/html\r
            \r
            <p>html</p>\r
            --outer--\r

            """)
        #expect(Self.paths(message) == ["1.1", "2"])
        let closeMissing = message.defects.filter { $0.kind == .closeBoundaryMissing }
        #expect(closeMissing.map(\.partPath?.description) == ["1"])
        let text = message.leafParts[0]
        #expect(String(decoding: message.bytes[text.bodyRange], as: UTF8.self) == "text")
    }

    @Test func preambleEpilogueAndBoundaryLines() throws {
        let message = Self.parse(
            "Content-Type: multipart/mixed; boundary=\"b 1\"\r\n\r\npreamble\r\n--b 1  \r\n\r\none\r\n--b 1--\r\nepilogue\r\n"
        )
        let root = message.root
        #expect(root.kind == .multipart)
        #expect(String(decoding: message.bytes[try #require(root.preambleRange)], as: UTF8.self) == "preamble")
        #expect(String(decoding: message.bytes[try #require(root.epilogueRange)], as: UTF8.self) == "epilogue\r\n")
        #expect(root.boundaryLineRanges.count == 2)
        #expect(Self.paths(message) == ["1"])
    }

    @Test func similarBoundaryIsNotABoundary() {
        let message = Self.parse(
            "Content-Type: multipart/mixed; boundary=abc\r\n\r\n--abc\r\n\r\n--abcd is text\r\n--abc--\r\n")
        #expect(Self.paths(message) == ["1"])
        #expect(String(decoding: message.bytes[message.leafParts[0].bodyRange], as: UTF8.self) == "--abcd is text")
    }

    @Test func multipartWithoutBoundaryOrDelimiterIsALeaf() {
        let noParameter = Self.parse("Content-Type: multipart/mixed\r\n\r\nbody\r\n")
        #expect(Self.paths(noParameter) == ["1"])
        #expect(noParameter.defects.map(\.kind) == [.multipartWithoutBoundary])
        let noLine = Self.parse("Content-Type: multipart/mixed; boundary=x\r\n\r\nbody\r\n")
        #expect(noLine.leafParts[0].contentType.mimeType == "multipart/mixed")
        #expect(noLine.defects.map(\.kind) == [.startBoundaryNotFound])
    }

    @Test func digestChildrenDefaultToMessageRFC822() {
        let message = Self.parse(
            "Content-Type: multipart/digest; boundary=d\r\n\r\n--d\r\n\r\nSubject: inner\r\n\r\nhi\r\n--d--\r\n")
        let parts = message.root.allParts
        #expect(parts.map(\.contentType.mimeType) == ["multipart/digest", "message/rfc822", "text/plain"])
        #expect(Self.paths(message) == ["1.1"])
    }

    @Test func nestingLimitStopsDescending() {
        var text = ""
        for depth in 0..<10 { text += "Content-Type: multipart/mixed; boundary=b\(depth)\r\n\r\n--b\(depth)\r\n" }
        text += "\r\nleaf\r\n"
        let message = Self.parse(text, limits: ParserLimits(maxNestingDepth: 3))
        #expect(message.defects.contains { $0.kind == .nestingTooDeep })
        #expect(message.leafParts.count == 1)
    }

    @Test func partLimitStopsSplitting() {
        let parts = (0..<50).map { "--b\r\n\r\npart \($0)\r\n" }.joined()
        let message = Self.parse(
            "Content-Type: multipart/mixed; boundary=b\r\n\r\n" + parts + "--b--\r\n",
            limits: ParserLimits(maxParts: 10))
        #expect(message.leafParts.count == 9)
        #expect(message.defects.filter { $0.kind == .tooManyParts }.count == 1)
    }

    @Test func invalidBoundaryAndCompositeEncodingAreReported() {
        let message = Self.parse(
            "Content-Type: multipart/mixed; boundary=\"\(String(repeating: "x", count: 71))\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        )
        #expect(
            Set(message.defects.map(\.kind)) == [.invalidBoundary, .compositeTransferEncoding, .startBoundaryNotFound])
    }
}
