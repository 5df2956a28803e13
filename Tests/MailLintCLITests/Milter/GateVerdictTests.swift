import MailLint
import MailParser
import Testing

@testable import MailLintCLI

/// The SMTP replies and header fields the milter answers with.
struct GateVerdictTests {
    @Test func multiLineRepliesDoublePercentSignsAndStayASCII() {
        let packet = GateVerdict.replyCode(
            "550", "5.7.1", lines: ["line-too-long: a line is 1200% too long", "header-8bit: “Ünïcode” in Subject"])
        #expect(packet.code == UInt8(ascii: "y"))
        #expect(
            String(decoding: packet.data, as: UTF8.self)
                == "550-5.7.1 line-too-long: a line is 1200%% too long\r\n550 5.7.1 header-8bit: ??n?code? in Subject\0"
        )
    }

    @Test func longRepliesAreCutToTenLines() {
        let lines = (1...14).map { "rule-\($0): finding \($0)" }
        let text = String(decoding: GateVerdict.replyCode("451", "4.7.1", lines: lines).data, as: UTF8.self)
        let replyLines = text.dropLast().components(separatedBy: "\r\n")
        #expect(replyLines.count == 10)
        #expect(replyLines[8] == "451-4.7.1 rule-9: finding 9")
        #expect(replyLines[9] == "451 4.7.1 and 5 more")
    }

    @Test func theFallbackSaysWhyAndNeverRejects() {
        let header = GateVerdict.fallback(reason: "the lint took \"long\"", settings: GateSettings())
        #expect(header.action == .header)
        #expect(
            header.replies == [
                .strings(.addHeader, ["MailLint-Result", "none; reason=\"the lint took 'long'\""]),
                MilterPacket(.continue),
            ])
        let report = GateVerdict.fallback(reason: "x", settings: GateSettings(fallback: .report))
        #expect(report.replies == [MilterPacket(.continue)])
        #expect(!GateSettings.fallbackActions.contains(.reject))
    }

    @Test func aPartCutAtItsNodeLimitGetsTheFallback() {
        let cut = ParseDefect(.htmlTooLarge, range: 0..<10, evidence: "not analysed from line 9 on")
        let verdict = GateVerdict.linted([], defects: [cut], settings: GateSettings(actions: [.warning: .reject]))
        #expect(verdict.result == "none" && verdict.action == .header)
        #expect(verdict.reason == "a parser limit was hit (html-too-large)")
    }

    @Test func theMostSevereFindingDecides() {
        let settings = GateSettings(actions: [.error: .reject, .warning: .header])
        #expect(settings.action(for: .error) == .reject)
        #expect(settings.action(for: .warning) == .header)
        #expect(settings.action(for: .info) == .report)
        #expect(settings.action(for: nil) == .report)
        #expect(GateSettings().action(for: .error) == .report)
    }
}

/// The `milter` object of `.mail-lint.json`.
struct GateConfigurationTests {
    static func parse(_ json: String) throws(ConfigurationError) -> Configuration {
        try ConfigurationLoader.parse(Array(json.utf8), file: "t.json", rules: BuiltInRules.all)
    }

    @Test func readsActionsFallbackAndLimits() throws {
        let configuration = try Self.parse(
            """
            {"milter": {"error": "reject", "warning": "quarantine", "info": "accept-with-header",
             "fallback": "tempfail", "max-message-bytes": 1000, "deadline-ms": 50, "max-connections": 4,
             "authenticated-only": true}}
            """)
        #expect(
            configuration.gate
                == GateSettings(
                    actions: [.error: .reject, .warning: .quarantine, .info: .header], fallback: .tempfail,
                    maxMessageBytes: 1000, deadlineMilliseconds: 50, maxConnections: 4, authenticatedOnly: true))
        #expect(try Self.parse("{}").gate == GateSettings())
    }

    @Test(arguments: [
        (#"{"milter": {"error": "drop"}}"#, "milter.error: expected one of"),
        (#"{"milter": {"fallback": "reject"}}"#, "milter.fallback: expected one of \"accept-with-header\""),
        (#"{"milter": {"deadline-ms": 0}}"#, "milter.deadline-ms: expected a whole number"),
        (#"{"milter": {"errors": "reject"}}"#, "unknown key \"errors\""),
    ])
    func badValuesAreErrorsWithTheirKeyPath(_ json: String, _ expected: String) {
        do {
            _ = try Self.parse(json)
            Issue.record("accepted \(json)")
        } catch {
            #expect(error.description.contains(expected), "\(error.description)")
        }
    }
}
