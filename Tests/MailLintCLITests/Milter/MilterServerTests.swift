import Foundation
import MailLint
import Testing

@testable import MailLintCLI

/// The daemon over a real Unix socket: what a mail server sees on the wire, and how it
/// copes with streams that break or are not the protocol. Every read has a timeout, so a
/// hang fails the test instead of stopping the run.
@Suite(.serialized)
struct MilterServerTests {
    /// A server on a socket in a fresh directory, run on its own thread, with its log kept.
    final class RunningServer: @unchecked Sendable {
        let directory: URL
        let server: MilterServer
        let address: MilterListenAddress
        private let lines = LogLines()
        private let finished = DispatchSemaphore(value: 0)

        init(settings: GateSettings, rules: [any Rule.Type] = BuiltInRules.all) throws {
            directory = try BinaryRunner.temporaryDirectory()
            address = .unix(path: directory.appendingPathComponent("milter.sock").path)
            var configuration = Configuration()
            configuration.gate = settings
            let lines = lines
            server = MilterServer(
                address: address,
                setup: MilterServer.Setup(
                    linter: Linter(rules: rules, configuration: configuration), settings: settings),
                log: MilterLog(format: .json) { lines.append($0) }, idleTimeoutSeconds: 5)
            try server.start()
            Thread.detachNewThread { [self] in
                server.run()
                finished.signal()
            }
        }

        var log: [String] { lines.all }

        /// Stops the server; true when `run()` returned within five seconds.
        func stop() -> Bool {
            server.stop()
            let stopped = finished.wait(timeout: .now() + 5) == .success
            try? FileManager.default.removeItem(at: directory)
            return stopped
        }

        func connect() throws -> Client { try Client(MilterSocket.connect(to: address)) }
    }

    /// Log lines, kept under a lock.
    final class LogLines: @unchecked Sendable {
        private let lock = NSLock()
        private var lines: [String] = []

        func append(_ line: String) {
            lock.lock()
            lines.append(line)
            lock.unlock()
        }

        var all: [String] {
            lock.lock()
            defer { lock.unlock() }
            return lines
        }
    }

    /// The mail server's side of a connection.
    final class Client {
        let fd: Int32
        init(_ fd: Int32) {
            self.fd = fd
            MilterSocket.setReceiveTimeout(fd, seconds: 5)
        }
        deinit { close(fd) }

        func send(_ bytes: [UInt8]) { _ = MilterSocket.send(fd, bytes) }

        /// The next reply packet; nil when the server closed the connection (or said nothing
        /// for five seconds).
        func reply() -> MilterPacket? {
            guard let head = read(4) else { return nil }
            let length = Int(MilterSession.word(head, at: 0))
            guard let body = read(length), !body.isEmpty else { return nil }
            return MilterPacket(body[0], Array(body.dropFirst()))
        }

        /// Whether the server closed the connection (a read returns end of file).
        var isClosedByServer: Bool {
            var byte: UInt8 = 0
            return recv(fd, &byte, 1, 0) == 0
        }

        private func read(_ count: Int) -> [UInt8]? {
            var bytes: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: max(count, 1))
            while bytes.count < count {
                let got = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, count - bytes.count, 0) }
                if got <= 0 { return nil }
                bytes += buffer[0..<got]
            }
            return bytes
        }
    }

    static let options = MilterSessionTests.postfixOptions

    /// The packets of one message from Postfix: queue id, header fields, body, end.
    static func message(_ text: String, queueID: String) -> [UInt8] {
        let parts = text.components(separatedBy: "\r\n\r\n")
        var wire = MilterSessionTests.packet("D", "N" + "i\0" + queueID + "\0")
        for line in parts[0].components(separatedBy: "\r\n") {
            let colon = line.firstIndex(of: ":")!
            wire += MilterSessionTests.header(String(line[..<colon]), String(line[line.index(after: colon)...]))
        }
        wire += MilterSessionTests.packet("N", "")
        wire += MilterSessionTests.packet("B", parts.dropFirst().joined(separator: "\r\n\r\n"))
        wire += MilterSessionTests.packet("E", "")
        return wire
    }

    static let clean =
        "From: Ann Example <ann@example.com>\r\nTo: bob@example.org\r\nSubject: Lunch\r\n"
        + "Date: Mon, 07 Dec 2026 09:00:00 +0000\r\nMessage-ID: <lunch-1@example.com>\r\n\r\n"
        + "See you at noon, 100% sure.\r\n"
    /// A do-not-reply sender, a dead-end sentence and no other way to reach anyone:
    /// `unanswerable-message` (an error) with the rest in its evidence.
    static let deadEnd =
        "From: Shop <noreply@shop.example>\r\nTo: bob@example.org\r\nSubject: Your order\r\n"
        + "Date: Mon, 07 Dec 2026 09:00:00 +0000\r\nMessage-ID: <order-1@shop.example>\r\n\r\n"
        + "Your order has shipped. Please do not reply to this email.\r\n"

    @Test func rejectsWithTheRuleIdAndAcceptsACleanMessageOnTheSameConnection() throws {
        let running = try RunningServer(settings: GateSettings(actions: [.error: .reject]))
        defer { #expect(running.stop()) }
        let client = try running.connect()
        client.send(Self.options)
        #expect(client.reply()?.code == 0x4F)
        client.send(Self.message(Self.deadEnd, queueID: "Q1"))
        let rejection = try #require(client.reply())
        #expect(rejection.code == UInt8(ascii: "y"))
        let text = String(decoding: rejection.data, as: UTF8.self)
        #expect(text.hasPrefix("550 5.7.1 unanswerable-message: ") || text.hasPrefix("550-5.7.1 "), "\(text)")
        #expect(text.contains("unanswerable-message"))
        #expect(text.hasSuffix("\0"))
        client.send(Self.message(Self.clean, queueID: "Q2"))
        #expect(client.reply() == MilterPacket(.continue))
        client.send(MilterSessionTests.packet("Q", ""))
        #expect(client.isClosedByServer)
        let log = running.log.filter { $0.contains("\"event\":\"message\"") }
        #expect(log.count == 2)
        #expect(log.first?.contains("\"queue\":\"Q1\",\"action\":\"reject\",\"result\":\"fail\"") == true)
        #expect(log.last?.contains("\"queue\":\"Q2\",\"action\":\"report-only\",\"result\":\"pass\"") == true)
    }

    @Test func addsTheResultHeaderOrQuarantines() throws {
        let running = try RunningServer(settings: GateSettings(actions: [.error: .quarantine, .warning: .header]))
        defer { #expect(running.stop()) }
        let client = try running.connect()
        client.send(Self.options)
        _ = client.reply()
        client.send(Self.message(Self.deadEnd, queueID: "Q3"))
        let header = try #require(client.reply())
        #expect(header.code == UInt8(ascii: "h"))
        #expect(
            String(decoding: header.data, as: UTF8.self).hasPrefix("MailLint-Result\0 fail; rules=unanswerable-message")
        )
        #expect(client.reply()?.code == UInt8(ascii: "q"))
        #expect(client.reply() == MilterPacket(.continue))
    }

    @Test func brokenStreamsAreLoggedAndTheServerGoesOn() throws {
        let running = try RunningServer(settings: GateSettings())
        defer { #expect(running.stop()) }
        // Closed in the middle of a packet.
        do {
            let client = try running.connect()
            client.send(Self.options)
            _ = client.reply()
            client.send([0, 0, 0, 40, UInt8(ascii: "B"), 0x61, 0x62])
        }
        // A length far above the limit, then garbage (an HTTP request): closed by the server.
        for wire in [[0x7F, 0xFF, 0xFF, 0xFF, UInt8(ascii: "B")], Array("GET / HTTP/1.0\r\n\r\n".utf8)] {
            let client = try running.connect()
            client.send(wire)
            #expect(client.isClosedByServer)
        }
        // An unknown command after a good negotiation.
        do {
            let client = try running.connect()
            client.send(Self.options)
            _ = client.reply()
            client.send(MilterSessionTests.packet("Z", ""))
            #expect(client.isClosedByServer)
        }
        // The server still serves.
        let client = try running.connect()
        client.send(Self.options)
        #expect(client.reply()?.code == 0x4F)
        client.send(Self.message(Self.clean, queueID: "Q4"))
        #expect(client.reply() == MilterPacket(.continue))
        let deadline = Date().addingTimeInterval(5)
        while running.log.filter({ $0.contains("\"event\":\"protocol\"") }).count < 4, Date() < deadline {
            usleep(10_000)
        }
        let problems = running.log.filter { $0.contains("\"event\":\"protocol\"") }.joined()
        #expect(problems.contains("closed in the middle of a packet"))
        #expect(problems.contains("a packet length of 2147483647 bytes"))
        #expect(problems.contains("a packet length of 1195725856 bytes"))
        #expect(problems.contains("unknown command 0x5a"))
    }

    /// With `authenticated-only`, the MAIL stage is read for its `{auth_authen}` macro: mail
    /// from a client that did not authenticate (inbound mail) passes unlinted.
    @Test func authenticatedOnlyLintsOnlyMailFromAuthenticatedClients() throws {
        let running = try RunningServer(settings: GateSettings(actions: [.error: .reject], authenticatedOnly: true))
        defer { #expect(running.stop()) }
        let client = try running.connect()
        client.send(Self.options)
        let negotiated = try #require(client.reply())
        // SMFIP_NOMAIL (0x04) is not asked for: the MAIL macros must come.
        #expect(MilterSession.word(negotiated.data, at: 8) & MilterProtocol.Step.noMail == 0)
        client.send(MilterSessionTests.packet("D", "M" + "{auth_authen}\0" + "\0"))
        client.send(MilterSessionTests.packet("M", "<noreply@shop.example>\0"))
        #expect(client.reply() == MilterPacket(.continue))
        client.send(Self.message(Self.deadEnd, queueID: "A1"))
        #expect(client.reply() == MilterPacket(.continue))
        client.send(MilterSessionTests.packet("D", "M" + "{auth_authen}\0" + "alice\0"))
        client.send(MilterSessionTests.packet("M", "<noreply@shop.example>\0"))
        #expect(client.reply() == MilterPacket(.continue))
        client.send(Self.message(Self.deadEnd, queueID: "A2"))
        #expect(client.reply()?.code == UInt8(ascii: "y"))
        let log = running.log.filter { $0.contains("\"event\":\"message\"") }
        #expect(log.first?.contains("\"queue\":\"A1\",\"action\":\"report-only\",\"result\":\"skipped\"") == true)
        #expect(log.last?.contains("\"queue\":\"A2\",\"action\":\"reject\"") == true)
    }

    /// A rule that takes its time: the lint outlasts a short deadline.
    struct SlowRule: Rule {
        static let description = RuleDescription(
            id: "test-slow", summary: "takes 300 ms", rationale: "Exercises the milter's deadline.",
            defaultSeverity: .error, category: .compliance, references: [],
            examples: RuleExamples(triggering: RuleExample("From: a@b.example\n\n↓x\n"), passing: RuleExample("")))

        func check(_ context: LintContext, options: RuleOptions) -> [Finding] {
            usleep(300_000)
            return []
        }
    }

    @Test func aLintPastTheDeadlineIsAnsweredByTheFallbackAtOnce() throws {
        let running = try RunningServer(
            settings: GateSettings(actions: [.error: .reject], fallback: .header, deadlineMilliseconds: 50),
            rules: [SlowRule.self])
        defer { #expect(running.stop()) }
        let client = try running.connect()
        client.send(Self.options)
        _ = client.reply()
        let start = Date()
        client.send(Self.message(Self.clean, queueID: "D1"))
        let header = try #require(client.reply())
        #expect(Date().timeIntervalSince(start) < 0.25)
        #expect(
            String(decoding: header.data, as: UTF8.self)
                == "MailLint-Result\0 none; reason=\"the lint took longer than deadline-ms (50)\"\0")
        #expect(client.reply() == MilterPacket(.continue))
        // The connection goes on once the slow lint has finished.
        client.send(Self.message(Self.clean, queueID: "D2"))
        #expect(client.reply()?.code == UInt8(ascii: "h"))
    }

    @Test func aMessageOverTheLimitGetsTheFallback() throws {
        let running = try RunningServer(settings: GateSettings(fallback: .tempfail, maxMessageBytes: 200))
        defer { #expect(running.stop()) }
        let client = try running.connect()
        client.send(Self.options)
        _ = client.reply()
        client.send(Self.message(Self.clean + String(repeating: "x", count: 300) + "\r\n", queueID: "Q5"))
        let reply = try #require(client.reply())
        #expect(String(decoding: reply.data, as: UTF8.self).hasPrefix("451 4.7.1 MailLint could not lint"))
        #expect(running.log.contains { $0.contains("larger than max-message-bytes (200)") })
    }
}
