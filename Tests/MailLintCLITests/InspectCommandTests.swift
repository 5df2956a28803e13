import Foundation
import Testing

/// `mail-lint inspect`, run as a process: its JSON keys, its text, its exit codes.
struct InspectCommandTests {
    static let message = """
        From: =?utf-8?Q?J=C3=BCrgen?= <juergen@example.org>\r
        To: Ann <ann@example.net>, bob@example.net\r
        Subject: =?utf-8?B?R3LDvMOfZQ==?=\r
        Message-ID: <1@example.org>\r
        Content-Type: multipart/alternative; boundary=b\r
        \r
        --b\r
        Content-Type: text/plain; charset=utf-8\r
        \r
        Hallo\r
        --b\r
        Content-Type: text/html; charset=utf-8\r
        Content-Transfer-Encoding: base64\r
        \r
        PHA+SGFsbG88L3A+\r
        --b--\r

        """

    static func write(_ text: String, name: String, in directory: URL) throws -> URL {
        let url = directory.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url
    }

    @Test func jsonLinesCarryEveryKey() throws {
        let directory = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = try Self.write(Self.message, name: "a.eml", in: directory)
        let result = try BinaryRunner.run(["inspect", "--format", "json", file.path])
        #expect(result.status == 0)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        for key in [
            "file", "message_index", "from", "reply_to", "sender", "to", "subject", "message_id", "date_present",
            "defects", "parts",
        ] {
            #expect(object.keys.contains(key), "missing key \(key)")
        }
        #expect(object["file"] as? String == file.path)
        #expect(object["message_index"] is NSNull)
        #expect(object["subject"] as? String == "Grüße")
        #expect(object["date_present"] as? Bool == false)
        let from = try #require(object["from"] as? [[String: Any]])
        #expect(from.first?["name"] as? String == "Jürgen")
        #expect(from.first?["address"] as? String == "juergen@example.org")
        let to = try #require(object["to"] as? [[String: Any]])
        #expect(to.count == 2)
        #expect(to[1]["name"] is NSNull)
        let parts = try #require(object["parts"] as? [[String: Any]])
        #expect(parts.map { $0["path"] as? String } == ["1", "2"])
        #expect(parts[1]["content_type"] as? String == "text/html")
        #expect(parts[1]["transfer_encoding"] as? String == "base64")
        #expect(parts[1]["size"] as? Int == 12)  // "<p>Hallo</p>"
        #expect(parts[1]["line"] as? Int == 12)
        // sha256 of "Hallo" (the line break before the boundary belongs to the boundary).
        #expect(
            parts[0]["text_sha256"] as? String == "753692ec36adb4c794c973945eb2a99c1649703ea6f76bf259abb4fb838e013e")
        #expect(parts[1]["filename"] is NSNull)
    }

    @Test func mboxMessagesAreNumberedFromZero() throws {
        let directory = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let mbox =
            "From a@b Mon Jan  1 00:00:00 2024\nSubject: one\n\nx\n\nFrom a@b Mon Jan  1 00:00:01 2024\nSubject: two\n\ny\n"
        let file = try Self.write(mbox, name: "box.mbox", in: directory)
        let result = try BinaryRunner.run(["inspect", "--format", "json", file.path])
        let lines = result.standardOutput.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[1].contains("\"message_index\":1"))
        #expect(lines[1].contains("\"subject\":\"two\""))
        #expect(lines[1].contains("\"line\":7"))
    }

    @Test func textFormatShowsTheTree() throws {
        let directory = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = try Self.write(Self.message, name: "a.eml", in: directory)
        let result = try BinaryRunner.run(["inspect", file.path])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("from: Jürgen <juergen@example.org>"))
        #expect(result.standardOutput.contains("    2      text/html  charset=utf-8  base64  12 bytes  (line 12)"))
    }

    @Test func standardInputIsOneMessage() throws {
        let result = try BinaryRunner.run(["inspect", "--format=json", "-"], input: Data(Self.message.utf8))
        #expect(result.status == 0)
        #expect(result.standardOutput.hasPrefix("{\"file\":\"-\""))
    }

    @Test func unreadableInputsExitTwoAndOthersAreStillRead() throws {
        let directory = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = try Self.write(Self.message, name: "a.eml", in: directory)
        let result = try BinaryRunner.run(["inspect", "--format", "json", directory.path + "/missing.eml", file.path])
        #expect(result.status == 2)
        #expect(result.standardError.contains("missing.eml: No such file or directory"))
        #expect(result.standardOutput.split(separator: "\n").count == 1)
    }

    @Test func directoriesAreWalkedAndLoopsCut() throws {
        let directory = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        _ = try Self.write(Self.message, name: "a.eml", in: directory)
        try FileManager.default.createDirectory(
            at: directory.appendingPathComponent("sub"), withIntermediateDirectories: true)
        _ = try Self.write(Self.message, name: "sub/b.eml", in: directory)
        try FileManager.default.createSymbolicLink(
            atPath: directory.appendingPathComponent("sub/loop").path, withDestinationPath: directory.path)
        let result = try BinaryRunner.run(["inspect", "--format", "json", directory.path])
        #expect(result.standardOutput.split(separator: "\n").count == 2)
        #expect(result.standardError.contains("directory loop"))
        #expect(result.status == 2)
    }

    @Test func usageErrorsFollowArgumentParserConventions() throws {
        let unknown = try BinaryRunner.run(["inspect", "--bogus", "x"])
        #expect(unknown.status == 2)
        #expect(unknown.standardError.hasPrefix("Error: unknown option '--bogus'\nUsage: mail-lint inspect"))
        #expect(unknown.standardError.contains("See 'mail-lint inspect --help'."))
        let badFormat = try BinaryRunner.run(["inspect", "--format", "xml", "x"])
        #expect(badFormat.standardError.contains("the value 'xml' is invalid for '--format'"))
        let noPath = try BinaryRunner.run(["inspect"])
        #expect(noPath.status == 2)
        let subcommand = try BinaryRunner.run(["frobnicate"])
        #expect(subcommand.status == 2)
        #expect(subcommand.standardError.hasPrefix("Error: unknown subcommand or missing file 'frobnicate'"))
    }

    @Test func helpAndVersion() throws {
        let help = try BinaryRunner.run(["inspect", "--help"])
        #expect(help.status == 0)
        #expect(help.standardOutput.hasPrefix("OVERVIEW:"))
        #expect(help.standardOutput.contains("USAGE: mail-lint inspect"))
        let top = try BinaryRunner.run(["--help"])
        #expect(top.standardOutput.contains("EXIT STATUS:"))
        let version = try BinaryRunner.run(["--version"])
        #expect(version.standardOutput.hasPrefix("mail-lint "))
        // The binary finds the list in its resource folder and names its version.
        #expect(version.standardOutput.contains("Public Suffix List: publicsuffix.org, version 20"))
    }
}
