import Foundation
import Testing

@testable import MailLint

/// `mail-lint lint`, run as a process on the samples and on small messages.
struct LintCommandTests {
    static let clean =
        "From: Ann <ann@example.org>\r\nTo: bob@example.net\r\nSubject: hi\r\nDate: Mon, 23 Nov 2026 09:00:00 +0000\r\nMessage-ID: <1@example.org>\r\n\r\nHello\r\n"
    static let broken = "To: bob@example.net\r\nSubject: hi\r\nSubject: again\r\n\r\nHello\r\n"

    @Test func samplesReportErrorsAndExitOne() throws {
        let result = try BinaryRunner.run(["Samples"], in: RepositoryPaths.root)
        #expect(result.status == 1, "\(result.standardError)")
        #expect(
            result.standardOutput.contains(
                "error[message-id-missing]: the message has no Message-ID field\n --> Samples/standards/broken-structure.eml:1:1\n"
            ))
        #expect(
            result.standardOutput.contains("3 | Subject: Ihre Bestellbestätigung\n  |                          ^\n"))
        #expect(result.standardOutput.contains(" in 9 messages"))  // eight messages and one template
        #expect(
            result.standardOutput.contains(
                "error[unanswerable-message]: no reply path reaches a person\n --> Samples/noreply/password-reset.eml:1:1\n"
            ))
        #expect(result.standardOutput.contains("warning[dead-end-phrase]: the text tells the reader not to reply"))
        #expect(
            result.standardOutput.contains(
                "= evidence: sentence: Please do not reply to this email – this mailbox is not monitored.\n   = evidence: language: English (en)\n   = evidence: pattern: negated reply instruction; mailbox not monitored"
            ))
    }

    @Test func failOnDecidesTheExitStatus() throws {
        let directory = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("warn.eml")
        // Only a warning (Date is missing).
        try Data("From: a@example.org\r\nSubject: s\r\nMessage-ID: <1@example.org>\r\n\r\nx\r\n".utf8).write(to: file)
        #expect(try BinaryRunner.run([file.path]).status == 0)
        #expect(try BinaryRunner.run(["--fail-on", "warning", file.path]).status == 1)
        #expect(try BinaryRunner.run(["lint", "--fail-on=never", "Samples"], in: RepositoryPaths.root).status == 0)
    }

    @Test func cleanMessageFromStandardInput() throws {
        let result = try BinaryRunner.run(["lint", "-"], input: Data(Self.clean.utf8))
        #expect(result.status == 0)
        #expect(result.standardOutput == "0 errors, 0 warnings, 0 infos in 1 message\n")
    }

    @Test func jsonDocumentHasEveryKey() throws {
        let result = try BinaryRunner.run(["--format", "json", "-"], input: Data(Self.broken.utf8))
        #expect(result.status == 1)
        guard case .object(let document) = try JSONSchemaValidator.parse(result.standardOutput) else {
            Issue.record("not a JSON object")
            return
        }
        #expect(Set(document.keys) == ["version", "tool", "files", "diagnostics", "summary"])
        guard case .array(let diagnostics) = document["diagnostics"], case .object(let first) = diagnostics.first else {
            Issue.record("no diagnostics")
            return
        }
        for key in [
            "file", "message_index", "rule", "severity", "message", "line", "column", "end_line", "end_column",
            "part", "header", "element_path", "html_line", "evidence", "fix",
        ] {
            #expect(first.keys.contains(key), "missing key \(key)")
        }
        #expect(first["rule"] == .string("date-missing"))  // at the same offset, diagnostics sort by rule id
        #expect(
            diagnostics.contains {
                $0.description.contains("\"rule\": \"header-duplicate\"") && $0.description.contains("\"line\": 3")
            })
    }

    @Test func jsonLinesOneDiagnosticPerLine() throws {
        let result = try BinaryRunner.run(["--format", "jsonl", "-"], input: Data(Self.broken.utf8))
        let lines = result.standardOutput.split(separator: "\n")
        #expect(lines.count == 4)  // from-missing, date-missing, message-id-missing, header-duplicate
        #expect(lines.allSatisfy { $0.hasPrefix("{\"file\":\"-\",\"message_index\":null,\"rule\":") })
    }

    @Test func githubAnnotations() throws {
        let result = try BinaryRunner.run(
            ["--format", "github", "--rule", "header-duplicate", "-"], input: Data(Self.broken.utf8))
        #expect(
            result.standardOutput.hasPrefix(
                "::error file=-,line=3,col=1,endLine=3,endColumn=15,title=mail-lint header-duplicate::Subject occurs more than once%0A"
            ))
    }

    @Test func ruleSelection() throws {
        let only = try BinaryRunner.run(
            ["--format", "jsonl", "--rule", "from-missing", "-"], input: Data(Self.broken.utf8))
        #expect(only.standardOutput.split(separator: "\n").count == 1)
        let disabled = try BinaryRunner.run(
            ["--format", "jsonl", "--disable", "from-missing", "--disable", "date-missing", "-"],
            input: Data(Self.broken.utf8))
        #expect(disabled.standardOutput.split(separator: "\n").count == 2)
        let unknown = try BinaryRunner.run(["--rule", "no-such-rule", "-"], input: Data(Self.broken.utf8))
        #expect(unknown.status == 2)
        #expect(unknown.standardError.hasPrefix("Error: unknown rule 'no-such-rule'"))
    }

    @Test func configurationFileAndItsErrors() throws {
        let directory = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data("{\n  \"rules\": { \"from-missing\": \"off\" }\n}\n".utf8).write(
            to: directory.appendingPathComponent(".mail-lint.json"))
        let found = try BinaryRunner.run(["--format", "jsonl", "-"], input: Data(Self.broken.utf8), in: directory)
        #expect(!found.standardOutput.contains("from-missing"))
        let bad = directory.appendingPathComponent("bad.json")
        try Data("{\n  \"rules\": {\n    \"from-missing\": \"loud\"\n  }\n}\n".utf8).write(to: bad)
        let result = try BinaryRunner.run(["--config", bad.path, "-"], input: Data(Self.broken.utf8))
        #expect(result.status == 2)
        #expect(
            result.standardError.contains(
                "bad.json:3:21: rules.from-missing: expected \"off\", \"info\", \"warning\" or \"error\", found \"loud\""
            ))
        let missing = try BinaryRunner.run(
            ["--config", directory.path + "/nope.json", "-"], input: Data(Self.broken.utf8))
        #expect(missing.status == 2)
        #expect(missing.standardError.contains("nope.json: cannot read the configuration"))
    }

    @Test func sarifOfTheSamplesHasRegionsAndFingerprints() throws {
        let result = try BinaryRunner.run(["--format", "sarif", "Samples"], in: RepositoryPaths.root)
        _ = try JSONSchemaValidator.parse(result.standardOutput)
        #expect(result.standardOutput.contains("\"columnKind\":\"unicodeCodePoints\""))
        #expect(result.standardOutput.contains("\"partialFingerprints\""))
        // "ä" (columns 26–27 in bytes) is one code point: the region is columns 26 to 27.
        #expect(result.standardOutput.contains("\"startLine\":3,\"startColumn\":26,\"endLine\":3,\"endColumn\":27"))
    }

    @Test(
        .enabled(
            if: RepositoryPaths.sarifSchema != nil,
            "../shared/schemas/sarif-schema-2.1.0.json not found; SARIF schema validation skipped"))
    func sarifOfTheSamplesValidates() throws {
        let validator = try JSONSchemaValidator(schema: try #require(RepositoryPaths.sarifSchema))
        let result = try BinaryRunner.run(["--format", "sarif", "Samples"], in: RepositoryPaths.root)
        #expect(validator.validate(try JSONSchemaValidator.parse(result.standardOutput)) == [])
    }

    @Test(
        .enabled(
            if: RepositoryPaths.corpus != nil, "../shared/corpus not found; corpus SARIF and --jobs checks skipped"))
    func sarifOfTheCorpusValidatesAndJobsDoNotChangeOutput() throws {
        let corpus = try #require(RepositoryPaths.corpus)
        let validator = try JSONSchemaValidator(schema: try #require(RepositoryPaths.sarifSchema))
        let sarif = try BinaryRunner.run([
            "--format", "sarif", "--jobs", "2", corpus + "/eml", corpus + "/malformed", corpus + "/mbox",
        ])
        #expect(validator.validate(try JSONSchemaValidator.parse(sarif.standardOutput)) == [])
        let one = try BinaryRunner.run(["--format", "jsonl", "--jobs", "1", corpus])
        let two = try BinaryRunner.run(["--format", "jsonl", "--jobs", "2", corpus])
        #expect(one.standardOutput == two.standardOutput)
        #expect(one.standardOutput.split(separator: "\n").count > 1_000)
    }

    @Test func rulesDocumentationIsUpToDate() throws {
        let generated = try BinaryRunner.run(["rules", "--format", "markdown"])
        let committed = try String(
            contentsOf: RepositoryPaths.root.appendingPathComponent("Docs/Rules.md"), encoding: .utf8)
        #expect(
            generated.standardOutput == committed,
            "Docs/Rules.md is stale: run `swift run mail-lint rules --format markdown > Docs/Rules.md`")
    }

    @Test func explainAndRules() throws {
        let explain = try BinaryRunner.run(["explain", "message-id-invalid"])
        #expect(explain.status == 0)
        #expect(
            explain.standardOutput.hasPrefix(
                "## message-id-invalid\n\nThe Message-ID is not of the form <id-left@id-right>."))
        #expect(try BinaryRunner.run(["explain", "nope"]).status == 2)
        let rules = try BinaryRunner.run(["rules"])
        #expect(rules.standardOutput.split(separator: "\n").count == BuiltInRules.all.count)
    }
}
