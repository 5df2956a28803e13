import Foundation
import Testing

@testable import MailLintCLI

/// `mail-lint milter` as an operator runs it: the built binary, a configuration file, and
/// the signals that reload it and stop it.
struct MilterDaemonTests {
    static func waitUntil(_ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(10)
        while !condition() {
            if Date() > deadline { return false }
            usleep(20_000)
        }
        return true
    }

    @Test func reloadsOnSIGHUPKeepsTheOldConfigurationWhenTheNewOneIsBrokenAndDrainsOnSIGTERM() throws {
        let directory = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let socket = directory.appendingPathComponent("m.sock").path
        let configuration = directory.appendingPathComponent("config.json")
        let logFile = directory.appendingPathComponent("milter.log")
        try #"{"milter": {"error": "reject"}}"#.write(to: configuration, atomically: true, encoding: .utf8)
        #expect(FileManager.default.createFile(atPath: logFile.path, contents: nil))
        let process = Process()
        process.executableURL = BinaryRunner.executable
        process.arguments = [
            "milter", "--listen", "unix:" + socket, "--config", configuration.path, "--log-format", "json",
        ]
        process.standardError = try FileHandle(forWritingTo: logFile)
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        func log() -> String { (try? String(contentsOf: logFile, encoding: .utf8)) ?? "" }
        #expect(Self.waitUntil { log().contains("\"event\":\"listening\"") })

        let client = try MilterServerTests.Client(MilterSocket.connect(to: .unix(path: socket)))
        client.send(MilterServerTests.options)
        #expect(client.reply()?.code == 0x4F)
        client.send(MilterServerTests.message(MilterServerTests.deadEnd, queueID: "R1"))
        #expect(client.reply()?.code == UInt8(ascii: "y"))

        try #"{"milter": {"error": "accept-with-header"}}"#.write(to: configuration, atomically: true, encoding: .utf8)
        kill(process.processIdentifier, SIGHUP)
        #expect(Self.waitUntil { log().contains("configuration read again") })
        client.send(MilterServerTests.message(MilterServerTests.deadEnd, queueID: "R2"))
        #expect(client.reply()?.code == UInt8(ascii: "h"))
        #expect(client.reply() == MilterPacket(.continue))

        try #"{"milter": {"error": "discard"}}"#.write(to: configuration, atomically: true, encoding: .utf8)
        kill(process.processIdentifier, SIGHUP)
        #expect(Self.waitUntil { log().contains("the old one stays") })
        client.send(MilterServerTests.message(MilterServerTests.deadEnd, queueID: "R3"))
        #expect(client.reply()?.code == UInt8(ascii: "h"))
        #expect(client.reply() == MilterPacket(.continue))

        // SIGTERM: the open connection is served to its end, then the daemon exits 0.
        kill(process.processIdentifier, SIGTERM)
        #expect(Self.waitUntil { log().contains("finishing the open connections") })
        client.send(MilterServerTests.message(MilterServerTests.clean, queueID: "R4"))
        #expect(client.reply() == MilterPacket(.continue))
        client.send(MilterSessionTests.packet("Q", ""))
        #expect(Self.waitUntil { !process.isRunning })
        process.waitUntilExit()
        #expect(process.terminationReason == .exit && process.terminationStatus == 0)
        #expect(!FileManager.default.fileExists(atPath: socket))
        #expect(log().contains("\"queue\":\"R4\""))
    }

    @Test func refusesARemoteAddressAndAPathThatIsNotASocket() throws {
        let remote = try BinaryRunner.run(["milter", "--listen", "inet:0.0.0.0:10025"])
        #expect(remote.status == 2)
        #expect(remote.standardError.contains("not a loopback address; give --allow-remote"))
        let directory = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("notes.txt")
        try "keep me".write(to: file, atomically: true, encoding: .utf8)
        let occupied = try BinaryRunner.run(["milter", "--listen", "unix:" + file.path])
        #expect(occupied.status == 2)
        #expect(occupied.standardError.contains("exists and is not a socket; it is left as it is"))
        #expect(try String(contentsOf: file, encoding: .utf8) == "keep me")
    }
}
