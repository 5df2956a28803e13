import Testing

@testable import MailParser

/// The header block: folding, line breaks, obsolete syntax and what ends it.
struct HeaderBlockTests {
    static func parse(_ text: String) -> Message { MessageParser.parse(Array(text.utf8)) }
    static func kinds(_ message: Message) -> [DefectKind] { message.defects.map(\.kind) }

    @Test func foldedFieldKeepsRawValueAndUnfolds() throws {
        let message = Self.parse("Subject: one\r\n two\r\n\tthree\r\nTo: a@b.example\r\n\r\nbody")
        let subject = try #require(message.header.first("subject"))
        #expect(subject.name == "Subject")
        #expect(ASCII.string(subject.rawValue) == " one\r\n two\r\n\tthree")
        #expect(ASCII.string(subject.unfoldedValue) == "one two\tthree")
        #expect(subject.location == SourceLocation(offset: 0, line: 1, column: 1))
        #expect(message.header.first("To")?.location.line == 4)
        #expect(message.root.bodyRange.lowerBound == 47)
        #expect(Self.kinds(message).isEmpty)
    }

    @Test func bareLineFeedsAndCarriageReturnsAreCountedOnce() {
        let message = Self.parse("A: 1\nB: 2\rC: 3\r\n\r\nx\ny\n")
        #expect(message.header.fields.map(\.name) == ["A", "B", "C"])
        let lf = message.defects.first { $0.kind == .bareLineFeed }
        #expect(lf?.range.lowerBound == 4)
        #expect(lf?.evidence.hasPrefix("3 lines end in a bare LF") == true)
        #expect(message.defects.first { $0.kind == .bareCarriageReturn }?.range.lowerBound == 9)
    }

    @Test func whitespaceBeforeColonIsObsoleteButRead() {
        let message = Self.parse("Subject : hi\r\n\r\n")
        #expect(message.header.first("Subject").map { ASCII.string($0.unfoldedValue) } == "hi")
        #expect(Self.kinds(message) == [.whitespaceBeforeColon])
    }

    @Test func lineWithoutColonEndsTheHeader() {
        let message = Self.parse("From: a@b.example\r\nthis is body text\r\nTo: c@d.example\r\n")
        #expect(message.header.fields.map(\.name) == ["From"])
        #expect(message.root.bodyRange.lowerBound == 19)
        #expect(Self.kinds(message) == [.missingHeaderBodySeparator])
    }

    @Test func byteOrderMarkIsNamedNotHidden() {
        // A file saved with a BOM: receivers see no field, and neither does MailLint, but
        // the defect says why instead of quoting an invisible character.
        let message = MessageParser.parse([0xEF, 0xBB, 0xBF] + Array("From: a@b.example\r\n\r\nbody\r\n".utf8))
        #expect(message.header.fields.isEmpty)
        #expect(Self.kinds(message) == [.byteOrderMark])
        #expect(
            message.defects.first?.evidence.hasPrefix("EF BB BF (a UTF-8 byte order mark) before “From: a@b.example”")
                == true)
        // Later in the header it is an ordinary line that is not a field.
        let later = MessageParser.parse(
            Array("To: c@d.example\r\n".utf8) + [0xEF, 0xBB, 0xBF] + Array("From: a\r\n\r\n".utf8))
        #expect(Self.kinds(later) == [.missingHeaderBodySeparator])
    }

    @Test func continuationBeforeTheFirstField() {
        let message = Self.parse("  lost\r\nFrom: a@b.example\r\n\r\n")
        #expect(message.header.fields.map(\.name) == ["From"])
        #expect(Self.kinds(message) == [.firstLineIsContinuation])
    }

    @Test func envelopeLineIsSkippedAndReported() {
        let message = Self.parse("From sender@example.org Mon Jan  1 00:00:00 2024\r\nFrom: a@b.example\r\n\r\n")
        #expect(message.header.fields.map(\.name) == ["From"])
        #expect(Self.kinds(message) == [.envelopeLine])
    }

    @Test func obsoleteFromFieldIsNotAnEnvelopeLine() {
        // RFC 5322 Appendix A.6.3: white space before the colon is obsolete syntax, and
        // `From  :` starts a field, not an mbox separator (which has no colon after From).
        let message = Self.parse("From  : John Doe <jdoe@example.org>\r\nTo    : a@b.example\r\n\r\n")
        #expect(message.header.fields.map(\.name) == ["From", "To"])
        #expect(Self.kinds(message) == [.whitespaceBeforeColon, .whitespaceBeforeColon])
    }

    @Test func rawEightBitAndNulAreKeptAndReported() {
        var bytes = Array("Subject: caf".utf8) + [0xC3, 0xA9] + Array("\r\nX: a".utf8) + [0] + Array("\r\n\r\n".utf8)
        let message = MessageParser.parse(bytes)
        #expect(message.header.first("Subject")?.unfoldedText == "café")
        #expect(Self.kinds(message) == [.header8Bit, .nulByte])
        bytes = Array("Subject: caf".utf8) + [0xE9] + Array("\r\n\r\n".utf8)
        #expect(MessageParser.parse(bytes).header.first("Subject")?.unfoldedText == "café")  // Windows-1252
    }

    @Test func headerOnlyMessage() {
        let message = Self.parse("From: a@b.example\r\nSubject: no body")
        #expect(message.header.fields.count == 2)
        #expect(message.root.bodyRange.isEmpty)
        #expect(message.leafParts.count == 1)
    }

    @Test func fieldLimitIsRecorded() {
        let text = (0..<20).map { "X-\($0): v\r\n" }.joined() + "\r\n"
        let message = MessageParser.parse(Array(text.utf8), limits: ParserLimits(maxHeaderFields: 5))
        #expect(message.header.fields.count == 5)
        #expect(Self.kinds(message) == [.tooManyHeaderFields])
    }
}
