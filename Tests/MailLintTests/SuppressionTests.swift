import Testing

@testable import MailLint

/// `<!-- mail-lint-disable RULE-ID: reason -->` in templates and HTML parts.
struct SuppressionTests {
    static let deadEnd = "<p>Please do not reply to this email.</p>\n"

    static func ids(_ template: String) -> [String] {
        Linter().lint(template: Array(template.utf8), file: "t.html").map(\.ruleID)
    }

    @Test func aDirectiveWithAReasonTurnsTheRuleOffForTheTemplate() {
        #expect(Self.ids(Self.deadEnd) == ["dead-end-phrase"])
        #expect(Self.ids("<!-- mail-lint-disable dead-end-phrase: wording fixed by legal -->\n" + Self.deadEnd).isEmpty)
        // After the text, too: the directive covers the whole message.
        #expect(Self.ids(Self.deadEnd + "<!--mail-lint-disable dead-end-phrase:legal-->").isEmpty)
    }

    @Test func severalRulesInOneDirective() {
        let message =
            "From: noreply@x.example\nContent-Type: text/html\n\n<!-- mail-lint-disable noreply-from, dead-end-phrase: bounce notices -->\n"
            + Self.deadEnd
        let ids = Linter().lint(Array(message.utf8), file: "t.eml").map(\.ruleID)
        #expect(!ids.contains("noreply-from") && !ids.contains("dead-end-phrase"))
        #expect(ids.contains("unanswerable-message"))
    }

    @Test(arguments: [
        "<!-- mail-lint-disable dead-end-phrase -->", "<!-- mail-lint-disable dead-end-phrase:  -->",
        "<!-- mail-lint-disable dead-end-phrse: typo -->", "<!-- mail-lint-disable-next-line dead-end-phrase: x -->",
    ])
    func anInvalidDirectiveSuppressesNothingAndIsReported(directive: String) {
        #expect(Self.ids(directive + "\n" + Self.deadEnd).sorted() == ["dead-end-phrase", "suppression-invalid"])
    }

    @Test func theInvalidDirectiveRuleCannotBeTurnedOff() {
        let ids = Self.ids(
            "<!-- mail-lint-disable suppression-invalid: quiet -->\n<!-- mail-lint-disable dead-end-phrase -->\n")
        #expect(ids == ["suppression-invalid"])
    }

    @Test func theDirectiveIsFoundInAnEncodedPartWithItsHTMLLine() throws {
        let message =
            "From: a@x.example\nContent-Type: text/html\nContent-Transfer-Encoding: quoted-printable\n\n<p>Hi</p>\n<!-- mail-lint-disable dead-end-phr=\nase -->\n"
        let diagnostic = try #require(
            Linter().lint(Array(message.utf8), file: "t.eml").first { $0.ruleID == "suppression-invalid" })
        #expect(diagnostic.location.start.line == 6)
        #expect(diagnostic.location.htmlLine == 2)
        #expect(diagnostic.evidence.first?.value == "<!-- mail-lint-disable dead-end-phrase -->")
    }

    @Test func usersOwnRulesCanBeNamed() {
        struct HouseRule: Rule {
            static let description = RuleDescription(
                id: "house-style", summary: "always", rationale: "a test", defaultSeverity: .info,
                category: .compliance,
                appliesToTemplates: true, references: [RuleReference("house", "https://example.org")],
                examples: RuleExamples(triggering: RuleExample("↓From: a@x.example\n\nb\n"), passing: RuleExample("")))
            func check(_ context: LintContext, options: RuleOptions) -> [Finding] { [Finding(.message, "always")] }
        }
        let linter = Linter(rules: BuiltInRules.all + [HouseRule.self])
        #expect(linter.lint(template: Array("<p>x</p>\n".utf8), file: "t.html").map(\.ruleID) == ["house-style"])
        let ids = linter.lint(
            template: Array("<!-- mail-lint-disable house-style: no -->\n<p>x</p>\n".utf8), file: "t.html"
        )
        .map(\.ruleID)
        #expect(ids.isEmpty)
    }
}
