import Foundation
import Testing

/// `message-id-reused` through the command: one run spans every input, reports each repeat
/// at its own Message-ID with where the first use was, and does not depend on `--jobs`.
struct RunRuleCommandTests {
    static func message(_ id: String, _ body: String) -> String {
        "From: Ann <ann@example.org>\nTo: bob@example.net\nSubject: hi\nDate: Mon, 23 Nov 2026 09:00:00 +0000\nMessage-ID: \(id)\n\n\(body)\n"
    }

    @Test func aMessageIDRepeatedAcrossFilesAndInsideAnMboxIsReportedAtEachRepeat() throws {
        let directory = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data(Self.message("<same@example.org>", "one").utf8).write(to: directory.appendingPathComponent("a.eml"))
        let mbox = (1...40).map { index in
            "From ann@example.org Mon Nov 23 09:00:00 2026\n"
                + Self.message(index % 10 == 0 ? "<same@example.org>" : "<\(index)@example.org>", "m\(index)") + "\n"
        }.joined()
        try Data(mbox.utf8).write(to: directory.appendingPathComponent("b.mbox"))
        var outputs: [String] = []
        for jobs in ["1", "2"] {
            let result = try BinaryRunner.run(
                ["lint", "--rule", "message-id-reused", "--format", "jsonl", "--jobs", jobs, "a.eml", "b.mbox"],
                in: directory)
            #expect(result.status == 1, "\(result.standardError)")
            outputs.append(result.standardOutput)
        }
        #expect(outputs[0] == outputs[1], "--jobs 1 and --jobs 2 differ")
        let lines = outputs[0].split(separator: "\n").map(String.init)
        // Messages 10, 20, 30 and 40 of the mbox (0-based 9, 19, 29, 39) repeat a.eml's id.
        #expect(lines.count == 4)
        for (line, index) in zip(lines, [9, 19, 29, 39]) {
            #expect(line.contains("\"rule\":\"message-id-reused\""))
            #expect(line.contains("\"file\":\"b.mbox\",\"message_index\":\(index)"), "\(line)")
            #expect(line.contains("\"header\":\"Message-ID\""))
            #expect(line.contains("{\"label\":\"first used at\",\"value\":\"a.eml:5:1\"}"), "\(line)")
        }
    }

    @Test func messagesWithDistinctIDsAreNotReported() throws {
        let directory = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data(Self.message("<1@example.org>", "one").utf8).write(to: directory.appendingPathComponent("a.eml"))
        try Data(Self.message("<2@example.org>", "two").utf8).write(to: directory.appendingPathComponent("b.eml"))
        let result = try BinaryRunner.run(["lint", "--rule", "message-id-reused", "a.eml", "b.eml"], in: directory)
        #expect(result.status == 0, "\(result.standardOutput)")
    }
}
