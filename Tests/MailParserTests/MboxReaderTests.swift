import Foundation
import Testing

@testable import MailParser

/// Splitting mbox files: separators, mboxrd quoting, positions in the file.
struct MboxReaderTests {
    static let mbox = """
        From alice@example.org Mon Jan  1 00:00:00 2024
        Subject: one

        >From the start
        >>From two levels
        From Russia with love

        From - Tue Jan  2 00:00:00 2024
        Subject: two

        body two

        """

    @Test func splitsAtSeparatorLinesOnly() {
        let messages = Array(MboxReader(bytes: Array(Self.mbox.utf8)))
        #expect(messages.count == 2)
        #expect(
            String(decoding: messages[0].bytes, as: UTF8.self)
                == "Subject: one\n\nFrom the start\n>From two levels\nFrom Russia with love\n")
        #expect(String(decoding: messages[1].bytes, as: UTF8.self) == "Subject: two\n\nbody two\n")
        #expect(messages.map(\.index) == [0, 1])
    }

    @Test func positionsPointIntoTheFile() {
        let messages = Array(MboxReader(bytes: Array(Self.mbox.utf8)))
        #expect(messages[0].origin.byteOffset == 48)
        #expect(messages[0].origin.line == 2)
        #expect(messages[1].origin.line == 9)
        // "From the start" was ">From the start" on line 4 of the file; its "the" is at column 7.
        let message = MessageParser.parse(messages[0].bytes, origin: messages[0].origin)
        let offset = 14 + 5  // in the message: after "Subject: one\n\n" and "From "
        #expect(message.location(of: offset) == SourceLocation(offset: 48 + 14 + 1 + 5, line: 4, column: 7))
    }

    @Test func readsInSmallChunksTheSameWay() throws {
        let path = temporaryFile(Self.mbox)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let reader = try MboxReader(path: path, chunkSize: 7)
        let chunked = Array(reader)
        let whole = Array(MboxReader(bytes: Array(Self.mbox.utf8)))
        #expect(chunked.map(\.bytes) == whole.map(\.bytes))
        #expect(chunked.map(\.origin) == whole.map(\.origin))
    }

    @Test func junkBeforeTheFirstSeparatorIsReported() {
        let reader = MboxReader(bytes: Array("garbage\n\nFrom - x 1\nA: b\n\nc\n".utf8))
        #expect(Array(reader).count == 1)
        #expect(reader.leadingJunk?.line == 1)
    }
}
