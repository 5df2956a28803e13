import Testing

@testable import MailLint

/// `LintRun`: repeats are found in input order, with where the first use was; a directive
/// silences a repeat without making the run forget the value; templates have no values.
struct LintRunTests {
    static let linter = Linter(rules: [MessageIDReusedRule.self])

    static func message(_ id: String, html: String = "<p>hi</p>") -> [UInt8] {
        Array("From: a@example.org\nMessage-ID: \(id)\nContent-Type: text/html\n\n\(html)\n".utf8)
    }

    @Test func theSecondAndLaterUsesAreReportedWithTheFirst() {
        var run = LintRun(linter: Self.linter)
        #expect(run.lint(Self.message("<a@x.example>"), file: "one.eml").isEmpty)
        #expect(run.lint(Self.message("<b@x.example>"), file: "two.eml").isEmpty)
        let repeat1 = run.lint(Self.message("<a@x.example>"), file: "three.eml")
        let repeat2 = run.lint(Self.message(" <a@x.example> (comment)"), file: "four.mbox", messageIndex: 3)
        #expect(repeat1.map(\.ruleID) == ["message-id-reused"])
        #expect(repeat1.first?.location.start.line == 2)
        #expect(repeat1.first?.evidence.last == Evidence("first used at", "one.eml:2:1"))
        #expect(repeat2.first?.evidence.first == Evidence("Message-ID", "<a@x.example>"))
        #expect(repeat2.first?.evidence.last == Evidence("first used at", "one.eml:2:1"))
    }

    @Test func aDirectiveSilencesTheRepeatButTheValueIsRemembered() {
        var run = LintRun(linter: Self.linter)
        let silenced = Self.message(
            "<a@x.example>", html: "<!-- mail-lint-disable message-id-reused: resend of the same notice --><p>hi</p>")
        #expect(run.lint(silenced, file: "one.eml").isEmpty)
        #expect(run.lint(silenced, file: "two.eml").isEmpty)
        #expect(run.lint(Self.message("<a@x.example>"), file: "three.eml").count == 1)
    }

    @Test func aRuleTurnedOffObservesNothing() {
        let settings = RuleSettings(isOff: true)
        let linter = Linter(
            rules: [MessageIDReusedRule.self], configuration: Configuration(rules: ["message-id-reused": settings]))
        var run = LintRun(linter: linter)
        #expect(run.lint(Self.message("<a@x.example>"), file: "one.eml").isEmpty)
        #expect(run.lint(Self.message("<a@x.example>"), file: "two.eml").isEmpty)
    }

    @Test func templatesHaveNoRunValues() {
        let context = Self.linter.templateContext(Array("<p>Message-ID: <a@x.example></p>".utf8), file: "t.html")
        _ = Self.linter.lint(context)
        #expect(Self.linter.runObservations(context).isEmpty)
    }

    @Test(arguments: [
        ("<a@b>", "<a@b>"), ("  <a@b>  ", "<a@b>"), ("(c) <a@b> (d)", "<a@b>"), ("<a(b)@c>", "<a(b)@c>"),
        ("12345@testrun.org", "12345@testrun.org"), ("", ""),
    ])
    func messageIDsAreComparedWithoutCommentsAndSpace(_ value: String, _ expected: String) {
        #expect(MessageIDReusedRule.messageID(Array(value.utf8)) == expected)
    }
}
