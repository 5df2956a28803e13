import MailLintTestSupport
import Testing

@testable import MailParser

/// The MIME structure of fixture messages, with byte offsets and lines read off
/// `grep -bn` (see Fixtures/ORIGIN.md), checked on the file as it is and converted to the
/// other line-ending style.
struct StructureFixtureTests {
    struct ExpectedPart: CustomStringConvertible {
        var path: String
        var mimeType: String
        var headerStart: Int
        var bodyStart: Int
        var bodyEnd: Int
        var description: String { "\(path) \(mimeType)" }
    }

    static let nestedMulti: [ExpectedPart] = [
        .init(path: "0", mimeType: "multipart/alternative", headerStart: 0, bodyStart: 65, bodyEnd: 728),
        .init(path: "1", mimeType: "text/plain", headerStart: 83, bodyStart: 159, bodyEnd: 173),
        .init(path: "2", mimeType: "multipart/related", headerStart: 192, bodyStart: 253, bodyEnd: 706),
        .init(path: "2.1", mimeType: "text/html", headerStart: 271, bodyStart: 346, bodyEnd: 361),
        .init(path: "2.2", mimeType: "text/plain", headerStart: 380, bodyStart: 506, bodyEnd: 531),
        .init(path: "2.3", mimeType: "text/plain", headerStart: 550, bodyStart: 656, bodyEnd: 686),
    ]

    static let embeddedMessage: [ExpectedPart] = [
        .init(path: "0", mimeType: "multipart/mixed", headerStart: 0, bodyStart: 382, bodyEnd: 823),
        .init(path: "1", mimeType: "text/plain", headerStart: 426, bodyStart: 467, bodyEnd: 493),
        .init(path: "2", mimeType: "message/rfc822", headerStart: 538, bodyStart: 568, bodyEnd: 776),
        .init(path: "2.1", mimeType: "text/plain", headerStart: 568, bodyStart: 741, bodyEnd: 776),
    ]

    static func check(_ bytes: [UInt8], _ expected: [ExpectedPart], map: (Int) -> Int) {
        let message = MessageParser.parse(bytes)
        let parts = message.root.allParts
        #expect(parts.map(\.path.description) == expected.map(\.path))
        let lineIndex = LineIndex(bytes)
        for (part, want) in zip(parts, expected) {
            #expect(part.contentType.mimeType == want.mimeType, "\(want)")
            #expect(part.header.range.lowerBound == map(want.headerStart), "\(want) header start")
            #expect(part.bodyRange == map(want.bodyStart)..<map(want.bodyEnd), "\(want) body")
            // A part's location is the line its header starts on, counted independently.
            #expect(
                message.location(of: part.header.range.lowerBound).line
                    == lineIndex.location(of: map(want.headerStart)).line)
        }
    }

    @Test func nestedMultipartAsWritten() {
        Self.check(TestFiles.fixture("nestedmulti.eml"), Self.nestedMulti) { $0 }
    }

    @Test func nestedMultipartConvertedToCRLF() {
        let converted = LineEndings.toCRLF(TestFiles.fixture("nestedmulti.eml"))
        Self.check(converted.bytes, Self.nestedMulti) { converted.map[$0] }
    }

    @Test func embeddedMessageAsWritten() {
        Self.check(TestFiles.fixture("simple-embedded-message.eml"), Self.embeddedMessage) { $0 }
    }

    @Test func embeddedMessageConvertedToCRLF() {
        let converted = LineEndings.toCRLF(TestFiles.fixture("simple-embedded-message.eml"))
        Self.check(converted.bytes, Self.embeddedMessage) { converted.map[$0] }
    }

    @Test func nestedMultipartLines() {
        let message = MessageParser.parse(TestFiles.fixture("nestedmulti.eml"))
        // grep -n: part 2.2's header starts on line 17, its body on line 21.
        let part = message.root.allParts.first { $0.path.description == "2.2" }!
        #expect(message.location(of: part.header.range.lowerBound) == SourceLocation(offset: 380, line: 17, column: 1))
        #expect(message.location(of: part.bodyRange.lowerBound).line == 21)
        #expect(part.filename == "attach.txt")
        #expect(part.disposition?.type == "inline")
    }

    @Test func crlfFileAndItsLFTwin() throws {
        let original = TestFiles.fixture("crlf-endings.eml")
        let converted = LineEndings.toLF(original)
        for (bytes, map) in [(original, { (offset: Int) in offset }), (converted.bytes, { converted.map[$0] })] {
            let message = MessageParser.parse(bytes)
            let subject = try #require(message.header.first("Subject"))
            // grep -bn: "Subject:" is line 9 at byte 442 of the CR LF file; the body at 554.
            #expect(subject.range.lowerBound == map(442))
            #expect(subject.location.line == 9)
            #expect(ASCII.string(subject.unfoldedValue) == "whitelist test case")
            let received = try #require(message.header.first("Received"))
            #expect(received.isFolded)
            #expect(message.leafParts.map(\.bodyRange.lowerBound) == [map(554)])
        }
        #expect(!MessageParser.parse(original).defects.contains { $0.kind == .bareLineFeed })
        #expect(MessageParser.parse(converted.bytes).defects.contains { $0.kind == .bareLineFeed })
    }
}
