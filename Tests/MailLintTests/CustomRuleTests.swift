import MailLint
import Testing

/// A user's own rule, written with the public API only (no @testable import), runs
/// through the same `Linter` entry as the built-in rules.
struct CustomRuleTests {
    struct NoInternalHostnamesRule: Rule {
        static let description = RuleDescription(
            id: "house-no-internal-hostnames",
            summary: "a Received field names an internal host",
            rationale: "Internal host names leak the network layout to every recipient of the message.",
            defaultSeverity: .warning, category: .compliance,
            references: [RuleReference("House style guide", "https://intranet.example/mail")],
            examples: RuleExamples(
                triggering: RuleExample("From: a@example.org\n↓Received: from build-7.corp.internal\n\nbody\n"),
                passing: RuleExample("From: a@example.org\nReceived: from mx.example.org\n\nbody\n")))

        func check(_ context: LintContext, options: RuleOptions) -> [Finding] {
            context.header.all("Received").filter { $0.unfoldedText.contains(".internal") }.map {
                Finding(
                    .header($0), "a Received field names an internal host",
                    evidence: [Evidence("value", $0.unfoldedText)])
            }
        }
    }

    @Test func customRuleRunsBesideBuiltInOnes() {
        let linter = Linter(rules: BuiltInRules.all + [NoInternalHostnamesRule.self])
        let message = Array("From: a@example.org\nReceived: from build-7.corp.internal\n\nbody\n".utf8)
        let diagnostics = linter.lint(message, file: "a.eml")
        let custom = diagnostics.filter { $0.ruleID == "house-no-internal-hostnames" }
        #expect(custom.count == 1)
        #expect(custom.first?.location.start == SourceLocation(offset: 20, line: 2, column: 1))
        #expect(custom.first?.location.header == "Received")
        #expect(custom.first?.severity == .warning)
        #expect(diagnostics.contains { $0.ruleID == "message-id-missing" })
    }
}
