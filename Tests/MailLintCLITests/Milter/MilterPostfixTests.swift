import Foundation
import Testing

@testable import MailLintCLI

/// The milter behind a real Postfix (Debian's `postfix`, which `.ci/run` installs): mail
/// sent over SMTP on loopback, delivered into a Maildir, refused, held or retried as the
/// configuration says. Skipped, with the reason, where Postfix or root is missing.
@Suite(
    .serialized,
    .enabled(
        if: PostfixInstance.unavailableReason == nil,
        Comment(rawValue: "skipped: \(PostfixInstance.unavailableReason ?? "")")))
struct MilterPostfixTests {
    /// `mail-lint milter` as a separate process, restartable.
    final class Daemon {
        let socket: String
        let configuration: URL
        let logFile: URL
        private(set) var process = Process()

        init(directory: URL) {
            socket = directory.appendingPathComponent("milter.sock").path
            configuration = directory.appendingPathComponent("mail-lint.json")
            logFile = directory.appendingPathComponent("milter.log")
        }

        func configure(_ json: String) throws {
            try json.write(to: configuration, atomically: true, encoding: .utf8)
        }

        func start() throws {
            if !FileManager.default.fileExists(atPath: logFile.path),
                !FileManager.default.createFile(atPath: logFile.path, contents: nil)
            {
                throw PostfixError("cannot create \(logFile.path)")
            }
            let handle = try FileHandle(forWritingTo: logFile)
            handle.seekToEndOfFile()
            process = Process()
            process.executableURL = BinaryRunner.executable
            process.arguments = [
                "milter", "--listen", "unix:" + socket, "--config", configuration.path, "--log-format", "json",
            ]
            process.standardError = handle
            try process.run()
            let deadline = Date().addingTimeInterval(10)
            while Date() < deadline {
                if let fd = try? MilterSocket.connect(to: .unix(path: socket)) {
                    close(fd)
                    return
                }
                usleep(20_000)
            }
            throw PostfixError("the milter did not listen at \(socket)")
        }

        var log: String { (try? String(contentsOf: logFile, encoding: .utf8)) ?? "" }

        func signal(_ number: Int32) { kill(process.processIdentifier, number) }

        func waitForLog(_ text: String) -> Bool {
            let deadline = Date().addingTimeInterval(10)
            while !log.contains(text) {
                if Date() > deadline { return false }
                usleep(20_000)
            }
            return true
        }
    }

    static let clean = MilterServerTests.clean.replacingOccurrences(of: "bob@example.org", with: "bob@inbox.test")
    static let deadEnd = MilterServerTests.deadEnd.replacingOccurrences(of: "bob@example.org", with: "bob@inbox.test")
    /// Only a warning: a dead-end sentence, but an address to write to instead.
    static let warningOnly =
        "From: Ann Example <ann@example.com>\r\nTo: bob@inbox.test\r\nSubject: Your invoice\r\n"
        + "Date: Mon, 07 Dec 2026 09:00:00 +0000\r\nMessage-ID: <invoice-1@example.com>\r\n\r\n"
        + "Here it is. Please do not reply to this email; write to help@example.com instead.\r\n"

    /// A delivered message without the header fields Postfix adds (Return-Path,
    /// X-Original-To, Delivered-To, Received) and without MailLint-Result, whose value is
    /// returned apart; CRLF as sent (the Maildir stores LF).
    static func withoutAddedFields(_ stored: String) -> (message: String, result: String?) {
        let lines = stored.components(separatedBy: "\n")
        guard let blank = lines.firstIndex(of: "") else { return (stored, nil) }
        var kept: [String] = []
        var result: String?
        var skipping = false
        for line in lines[..<blank] {
            if line.hasPrefix(" ") || line.hasPrefix("\t") {
                if !skipping { kept.append(line) }
                continue
            }
            let name = line.split(separator: ":", maxSplits: 1).first.map(String.init) ?? ""
            skipping = ["Return-Path", "X-Original-To", "Delivered-To", "Received", "MailLint-Result"].contains(name)
            if name == "MailLint-Result" { result = String(line.dropFirst("MailLint-Result: ".count)) }
            if !skipping { kept.append(line) }
        }
        let message = (kept + lines[blank...]).joined(separator: "\n").replacingOccurrences(of: "\n", with: "\r\n")
        return (message, result)
    }

    @Test func postfixDeliversRejectsHoldsAndRetriesAsTheMilterSays() throws {
        let work = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let daemon = Daemon(directory: work)
        try daemon.configure(#"{"milter": {"error": "reject", "warning": "accept-with-header"}}"#)
        try daemon.start()
        defer { daemon.signal(SIGKILL) }
        let postfix = try PostfixInstance(milter: "unix:" + daemon.socket)
        defer { postfix.stop() }
        try postfix.start()

        // A clean message arrives as sent, apart from the fields Postfix adds.
        let accepted = try postfix.send(Self.clean, from: "ann@example.com", to: "bob@inbox.test")
        #expect(accepted.hasPrefix("250"), "\(accepted)")
        var delivered = postfix.waitForDeliveries(1)
        #expect(delivered.count == 1)
        #expect(delivered.first.map { Self.withoutAddedFields($0).message } == Self.clean)
        #expect(delivered.first.map { Self.withoutAddedFields($0).result } == .some(nil))

        // A warning: accepted with the result header, otherwise as sent.
        let marked = try postfix.send(Self.warningOnly, from: "ann@example.com", to: "bob@inbox.test")
        #expect(marked.hasPrefix("250"), "\(marked)")
        delivered = postfix.waitForDeliveries(2)
        let withHeader = delivered.map(Self.withoutAddedFields).first { $0.result != nil }
        #expect(withHeader?.message == Self.warningOnly)
        #expect(withHeader?.result == "fail; rules=dead-end-phrase")

        // An error: refused in the SMTP reply with the rule id; nothing delivered.
        let refused = try postfix.send(Self.deadEnd, from: "noreply@shop.example", to: "bob@inbox.test")
        #expect(refused.hasPrefix("550 5.7.1 unanswerable-message: "), "\(refused)")
        usleep(300_000)
        #expect(postfix.delivered.count == 2)

        // Quarantine: held in Postfix's hold queue, not delivered.
        try daemon.configure(#"{"milter": {"error": "reject", "warning": "quarantine"}}"#)
        daemon.signal(SIGHUP)
        #expect(daemon.waitForLog("configuration read again"))
        let held = try postfix.send(Self.warningOnly, from: "ann@example.com", to: "bob@inbox.test")
        #expect(held.hasPrefix("250"), "\(held)")
        usleep(500_000)
        #expect(postfix.queue.map { $0["queue_name"] as? String } == ["hold"])
        #expect(postfix.delivered.count == 2)

        // The daemon killed: Postfix applies milter_default_action (tempfail), so the client
        // keeps the message and sends it again once the daemon is back; it arrives once.
        daemon.signal(SIGKILL)
        daemon.process.waitUntilExit()
        let retry = Self.clean.replacingOccurrences(of: "lunch-1@", with: "lunch-2@")
        let deferred = try postfix.send(retry, from: "ann@example.com", to: "bob@inbox.test")
        #expect(deferred.hasPrefix("451 4.7.1"), "\(deferred)")
        try daemon.start()
        let second = try postfix.send(retry, from: "ann@example.com", to: "bob@inbox.test")
        #expect(second.hasPrefix("250"), "\(second)")
        delivered = postfix.waitForDeliveries(3)
        #expect(delivered.filter { $0.contains("<lunch-2@example.com>") }.count == 1)
        #expect(delivered.count == 3)
        #expect(postfix.queue.map { $0["queue_name"] as? String } == ["hold"])
    }
}
