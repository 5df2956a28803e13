import Foundation
import Testing

/// Hostile inputs of moderate size, linted by the built binary as a user would run it: each
/// run ends (no crash), reports the limit it hit, and stays within a memory bound read from
/// the process's own peak resident set (`--stats`, from VmHWM), never from a clock.
struct AdversarialRunTests {
    /// The inputs: file name, bytes, and the rule that must report on it.
    static func inputs() -> [(name: String, bytes: [UInt8], rule: String?)] {
        var deep = "From: a@x.example\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=b0\n\n"
        for level in 1...10_000 { deep += "--b\(level - 1)\nContent-Type: multipart/mixed; boundary=b\(level)\n\n" }
        deep += "--b10000\n\ndeep\n"
        let headers = "From: a@x.example\n" + String(repeating: "X-Filler: 0123456789\n", count: 100_000) + "\nbody\n"
        let longLine = "From: a@x.example\nSubject: " + String(repeating: "a", count: 10 << 20) + "\n\nbody\n"
        let folded =
            "From: a@x.example\nSubject:" + String(repeating: " =?utf-8?q?a?=\n", count: 100_000) + "\nbody\n"
        let tables =
            "<html><body>" + String(repeating: "<table><tr><td>", count: 10_000)
            + "<a href=\"https://x.example/unsubscribe\">Unsubscribe</a></body></html>\n"
        let css =
            "<html><head><style>" + (0..<50_000).map { ".c\($0) a { color: #eee }" }.joined(separator: "\n")
            + "</style></head><body><p class=\"c49999\"><a href=\"https://x.example/u\">Unsubscribe</a></p></body></html>\n"
        let attribute =
            "<html><body><a href=\"https://x.example/unsubscribe?" + String(repeating: "x", count: 1 << 20)
            + "\" style=\"display:none\">Unsubscribe</a></body></html>\n"
        // Every prefix of the phrase tables, over and over: the automaton's worst case.
        let phrases =
            "From: a@x.example\n\n"
            + String(repeating: "please do not reply to this please do not do not ", count: 20_000)
            + "\n"
        return [
            ("deep-multipart.eml", Array(deep.utf8), "mime-structure-invalid"),
            ("many-headers.eml", Array(headers.utf8), "header-too-large"),
            ("long-line.eml", Array(longLine.utf8), "header-too-large"),
            ("folded.eml", Array(folded.utf8), "header-too-large"),
            ("nested-tables.html", Array(tables.utf8), nil),
            ("many-selectors.html", Array(css.utf8), "style-sheet-too-large"),
            ("huge-attribute.html", Array(attribute.utf8), "unsubscribe-link-hidden"),
            ("phrases.eml", Array(phrases.utf8), "dead-end-phrase"),
        ]
    }

    @Test func hostileInputsEndWithTheirLimitAndBoundedMemory() throws {
        let directory = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let inputs = Self.inputs()
        for input in inputs {
            try Data(input.bytes).write(to: directory.appendingPathComponent(input.name))
        }
        let largest = inputs.map(\.bytes.count).max() ?? 0
        // Sanitizers multiply memory (shadow memory, quarantine): the bound holds for normal
        // builds only. The sanitizer runs of Docs/Reliability.md set these variables.
        let environment = ProcessInfo.processInfo.environment
        let sanitized = environment["ASAN_OPTIONS"] != nil || environment["TSAN_OPTIONS"] != nil
        // Issue #9's bound: under twice the largest input plus 64 MB.
        let boundKilobytes = (2 * largest + (64 << 20)) / 1024
        for input in inputs {
            let path = directory.appendingPathComponent(input.name).path
            let result = try BinaryRunner.run([
                "--jobs", "1", "--stats", "--format", "jsonl", "--fail-on", "never", path,
            ])
            #expect(result.status == 0, "\(input.name): exit \(result.status) \(result.standardError)")
            let peak = result.standardError.split(separator: "\n").first { $0.contains("peak memory") }.flatMap {
                Int($0.split(separator: " ").dropLast().last ?? "")
            }
            #expect(peak != nil, "\(input.name): no statistics line in \(result.standardError)")
            print("adversarial input \(input.name): \(input.bytes.count) bytes, peak memory \(peak ?? 0) KiB")
            #expect(
                sanitized || (peak ?? .max) < boundKilobytes,
                "\(input.name): peak memory \(peak ?? 0) KiB, bound \(boundKilobytes) KiB")
            if let rule = input.rule {
                #expect(result.standardOutput.contains("\"rule\":\"\(rule)\""), "\(input.name): no \(rule)")
            }
        }
    }
}
