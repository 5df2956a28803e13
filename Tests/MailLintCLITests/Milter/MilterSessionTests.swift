import Testing

@testable import MailLintCLI

/// The milter protocol without sockets: packets in, replies out, checked as the bytes
/// that go on the wire (Sendmail's `libmilter/mfdef.h` gives the codes and bits).
struct MilterSessionTests {
    /// Postfix's option negotiation: version 6, every action, every protocol bit.
    static let postfixOptions: [UInt8] = [0, 0, 0, 13, 0x4F, 0, 0, 0, 6, 0, 0, 0x01, 0xFF, 0, 0x1F, 0xFF, 0xFF]
    static let continueReply: [UInt8] = [0, 0, 0, 1, 0x63]

    /// Feeds wire bytes through a reader and a session; the outcomes in order.
    static func run(_ session: inout MilterSession, _ wire: [UInt8]) throws -> [MilterSession.Outcome] {
        var reader = MilterPacketReader()
        reader.append(wire)
        var outcomes: [MilterSession.Outcome] = []
        while let packet = try reader.next() { outcomes.append(session.handle(packet)) }
        return outcomes
    }

    static func packet(_ code: Character, _ text: String) -> [UInt8] {
        MilterPacket(code.asciiValue!, Array(text.utf8)).bytes
    }

    static func header(_ name: String, _ value: String) -> [UInt8] { packet("L", name + "\0" + value + "\0") }

    @Test func negotiatesVersionActionsAndSteps() throws {
        var session = MilterSession(maxMessageBytes: 1 << 20)
        let outcomes = try Self.run(&session, Self.postfixOptions)
        // Version 6; actions ADDHDRS | QUARANTINE (0x21); the stages MailLint skips, no
        // replies to header fields, end of header and body chunks, and values with their
        // leading space (0x1C038F).
        #expect(
            outcomes == [.reply([MilterPacket(0x4F, [0, 0, 0, 6, 0, 0, 0, 0x21, 0, 0x1C, 0x03, 0x8F])])])
        #expect(
            MilterPacket(0x4F, [0, 0, 0, 6, 0, 0, 0, 0x21, 0, 0x1C, 0x03, 0x8F]).bytes == [
                0, 0, 0, 13, 0x4F, 0, 0, 0, 6, 0, 0, 0, 0x21, 0, 0x1C, 0x03, 0x8F,
            ])
    }

    @Test func rebuildsTheMessageExactlyWithCRLF() throws {
        var session = MilterSession(maxMessageBytes: 1 << 20)
        var wire = Self.postfixOptions
        wire += Self.packet("D", "L" + "i\0" + "4XyZ1\0")
        wire += Self.header("From", " Ann <ann@example.com>")
        // Postfix sends a folded value with LF line breaks; the message has CRLF.
        wire += Self.header("Subject", " Lunch\n\ttomorrow")
        wire += Self.header("X-Tight", "no space")
        wire += Self.packet("N", "")
        wire += Self.packet("B", "See you\r\n")
        wire += Self.packet("B", "at noon.\r\n")
        wire += Self.packet("E", "")
        let outcomes = try Self.run(&session, wire)
        #expect(outcomes.count == 9)
        // Macros, header fields, the end of the header and body chunks take no reply.
        #expect(outcomes[1...7].allSatisfy { $0 == .reply([]) })
        let expected =
            "From: Ann <ann@example.com>\r\nSubject: Lunch\r\n\ttomorrow\r\nX-Tight:no space\r\n\r\n"
            + "See you\r\nat noon.\r\n"
        #expect(
            outcomes[8]
                == .endOfMessage(
                    MilterMessage(
                        bytes: Array(expected.utf8), size: expected.utf8.count, queueID: "4XyZ1", headerFields: 3)))
    }

    /// A server of protocol 2 offers none of the newer bits: every stage gets its reply and
    /// header values come without their leading space, which is put back.
    @Test func olderServersGetEveryReply() throws {
        var session = MilterSession(maxMessageBytes: 1 << 20)
        var wire: [UInt8] = [0, 0, 0, 13, 0x4F, 0, 0, 0, 2, 0, 0, 0, 0x3F, 0, 0, 0, 0x7F]
        wire += Self.packet("C", "host\0" + "4" + "\u{0}\u{19}" + "127.0.0.1\0")
        wire += Self.packet("H", "client.example\0")
        wire += Self.packet("M", "<ann@example.com>\0" + "SIZE=100\0")
        wire += Self.packet("R", "<bob@example.org>\0")
        wire += Self.packet("T", "")
        wire += Self.header("Subject", "Hi")
        wire += Self.packet("N", "") + Self.packet("B", "x\r\n") + Self.packet("E", "")
        let outcomes = try Self.run(&session, wire)
        #expect(outcomes[0] == .reply([MilterPacket(0x4F, [0, 0, 0, 2, 0, 0, 0, 0x21, 0, 0, 0, 0x0F])]))
        // CONNECT, HELO, MAIL, RCPT, DATA, the header field, end of header, body chunk.
        #expect(outcomes[1...8].allSatisfy { $0 == .reply([MilterPacket(.continue)]) })
        #expect(MilterPacket(.continue).bytes == Self.continueReply)
        guard case .endOfMessage(let message) = outcomes[9] else {
            Issue.record("no end of message: \(outcomes[9])")
            return
        }
        #expect(String(decoding: message.bytes, as: UTF8.self) == "Subject: Hi\r\n\r\nx\r\n")
    }

    /// With the leading space agreed, Postfix stores an added value as written: the space
    /// after the colon is put in; without it the server adds the space itself.
    @Test func anAddedHeaderValueCarriesItsSpaceOnlyWhenAgreed() throws {
        let added = MilterPacket.strings(.addHeader, ["MailLint-Result", "fail; rules=x"])
        var modern = MilterSession(maxMessageBytes: 1 << 20)
        _ = try Self.run(&modern, Self.postfixOptions)
        #expect(
            modern.ending([added, MilterPacket(.continue)]) == [
                .strings(.addHeader, ["MailLint-Result", " fail; rules=x"]), MilterPacket(.continue),
            ])
        var older = MilterSession(maxMessageBytes: 1 << 20)
        _ = try Self.run(&older, [0, 0, 0, 13, 0x4F, 0, 0, 0, 2, 0, 0, 0, 0x3F, 0, 0, 0, 0x7F])
        #expect(older.ending([added]) == [added])
    }

    @Test func abortInTheMiddleOfABodyForgetsTheMessageAndKeepsTheConnection() throws {
        var session = MilterSession(maxMessageBytes: 1 << 20)
        var wire = Self.postfixOptions + Self.header("Subject", " First") + Self.packet("N", "")
        wire += Self.packet("B", "half of a bo")
        wire += Self.packet("A", "")
        wire += Self.header("Subject", " Second") + Self.packet("N", "") + Self.packet("B", "body\r\n")
        wire += Self.packet("E", "")
        let outcomes = try Self.run(&session, wire)
        #expect(outcomes[4] == .reply([]))
        guard case .endOfMessage(let message) = outcomes.last else {
            Issue.record("no end of message")
            return
        }
        #expect(String(decoding: message.bytes, as: UTF8.self) == "Subject: Second\r\n\r\nbody\r\n")
        #expect(!session.isInsideMessage)
    }

    @Test func twoMessagesOnOneConnection() throws {
        var session = MilterSession(maxMessageBytes: 1 << 20)
        var wire = Self.postfixOptions
        for subject in ["One", "Two"] {
            wire += Self.packet("D", "N" + "i\0" + "Q\(subject)\0")
            wire += Self.header("Subject", " " + subject) + Self.packet("N", "") + Self.packet("E", "b\r\n")
        }
        let messages = try Self.run(&session, wire).compactMap { outcome -> MilterMessage? in
            if case .endOfMessage(let message) = outcome { return message }
            return nil
        }
        #expect(messages.map(\.queueID) == ["QOne", "QTwo"])
        #expect(
            messages.map { String(decoding: $0.bytes, as: UTF8.self) } == [
                "Subject: One\r\n\r\nb\r\n", "Subject: Two\r\n\r\nb\r\n",
            ])
    }

    @Test func quitClosesAndQuitNewConnectionResets() throws {
        var session = MilterSession(maxMessageBytes: 1 << 20)
        let outcomes = try Self.run(
            &session,
            Self.postfixOptions + Self.packet("D", "C" + "{i}\0" + "old\0") + Self.packet("K", "")
                + Self.packet("Q", ""))
        #expect(outcomes[1] == .reply([]))
        #expect(outcomes[2] == .reply([]))
        #expect(session.macros.isEmpty)
        #expect(outcomes[3] == .close)
    }

    @Test func unknownCommandsAndShortNegotiationsAreProtocolErrors() throws {
        var session = MilterSession(maxMessageBytes: 1 << 20)
        guard case .failure(let reason) = try Self.run(&session, Self.packet("Z", "x"))[0] else {
            Issue.record("an unknown command was accepted")
            return
        }
        #expect(reason.contains("unknown command 0x5a"))
        guard case .failure = try Self.run(&session, Self.packet("O", "\0\0\0\u{6}"))[0] else {
            Issue.record("a short negotiation was accepted")
            return
        }
        // SMTP commands the server does not know (SMFIC_UNKNOWN) are answered "continue".
        #expect(try Self.run(&session, Self.packet("U", "XFOO\0")) == [.reply([MilterPacket(.continue)])])
    }

    @Test func aMessageOverTheLimitIsCountedNotKept() throws {
        var session = MilterSession(maxMessageBytes: 40)
        let body = String(repeating: "x", count: 100)
        let outcomes = try Self.run(
            &session,
            Self.postfixOptions + Self.header("Subject", " Big") + Self.packet("N", "")
                + Self.packet("B", body) + Self.packet("E", ""))
        guard case .endOfMessage(let message) = outcomes.last else {
            Issue.record("no end of message")
            return
        }
        #expect(message.size == "Subject: Big\r\n\r\n".utf8.count + 100)
        #expect(message.isTruncated)
        #expect(message.bytes.count <= 40)
    }
}

/// Cutting a byte stream into packets.
struct MilterPacketReaderTests {
    @Test func packetsSplitAnywhereAcrossReads() throws {
        let wire = MilterPacket(0x42, Array("hello".utf8)).bytes + MilterPacket(0x45).bytes
        for cut in 0...wire.count {
            var reader = MilterPacketReader()
            reader.append(wire[..<cut])
            var packets: [MilterPacket] = []
            while let packet = try reader.next() { packets.append(packet) }
            reader.append(wire[cut...])
            while let packet = try reader.next() { packets.append(packet) }
            #expect(packets == [MilterPacket(0x42, Array("hello".utf8)), MilterPacket(0x45)])
            #expect(!reader.isInsidePacket)
        }
    }

    @Test func aLengthOfZeroOrAboveTheLimitIsNotThePrototol() {
        var reader = MilterPacketReader(maxLength: 1000)
        reader.append([0, 0, 0, 0, 0x41])
        #expect(throws: MilterPacketReader.Failure.badLength(0)) { try reader.next() }
        var large = MilterPacketReader(maxLength: 1000)
        large.append([0, 0, 0x10, 0, 0x42])
        #expect(throws: MilterPacketReader.Failure.badLength(4096)) { try large.next() }
        // An HTTP request sent to the milter's port: "GET " read as a length.
        var garbage = MilterPacketReader()
        garbage.append(Array("GET / HTTP/1.0\r\n\r\n".utf8))
        #expect(throws: MilterPacketReader.Failure.badLength(0x4745_5420)) { try garbage.next() }
    }

    @Test func aStreamCutInsideAPacketIsNoticed() throws {
        var reader = MilterPacketReader()
        reader.append([0, 0, 0, 9, 0x42, 0x61])
        #expect(try reader.next() == nil)
        #expect(reader.isInsidePacket)
    }
}
