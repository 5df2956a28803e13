/// `suppression-invalid`: a `mail-lint-disable` directive that suppresses nothing.
public struct SuppressionInvalidRule: Rule {
    /// What the rule is: id, docs, references, options and examples.
    public static let description = RuleDescription(
        id: "suppression-invalid",
        summary: "a `mail-lint-disable` directive has no reason, names no rule, or names a rule that does not exist",
        rationale: """
            A template can turn a rule off for the messages made from it with \
            `<!-- mail-lint-disable RULE-ID: reason -->` (several ids separated by commas). \
            The reason is required, so that whoever reads the template later knows why the \
            check was silenced; a directive without one, or naming a rule MailLint does not \
            have (a typo silences nothing), is not applied and is reported here. This rule \
            itself cannot be disabled by a directive.
            """,
        defaultSeverity: .error, category: .directives, appliesToTemplates: true,
        references: [
            RuleReference(
                "MailLint: suppressing a rule in a template",
                "https://github.com/maillint/maillint/blob/main/Docs/Configuration.md#suppressions-in-templates")
        ],
        examples: RuleExamples(
            triggering: RuleExample(
                "From: a@example.org\nContent-Type: text/html\n\n<p>Hi</p>\n↓<!-- mail-lint-disable dead-end-phrase -->\n"
            ),
            RuleExample(
                "From: a@example.org\nContent-Type: text/html\n\n<p>Hi</p>↓<!-- mail-lint-disable dead-end-phrase:   -->\n"
            ),
            RuleExample(
                "From: a@example.org\nContent-Type: text/html\n\n↓<!-- mail-lint-disable dead-end-phrse: typo -->\n<p>Hi</p>\n"
            ),
            RuleExample("From: a@example.org\nContent-Type: text/html\n\n↓<!-- mail-lint-disable: no rule -->\n"),
            RuleExample(
                "From: a@example.org\nContent-Type: text/html\n\n↓<!-- mail-lint-disable-next-line dead-end-phrase: x -->\n"
            ),
            passing: RuleExample(
                "From: a@example.org\nContent-Type: text/html\n\n<!-- mail-lint-disable dead-end-phrase: the legal team's wording -->\n<p>Please do not reply.</p>\n"
            ),
            RuleExample(
                "From: a@example.org\nContent-Type: text/html\n\n<!--mail-lint-disable noreply-from, auto-submitted-missing: bounce handler-->\n"
            ),
            RuleExample("From: a@example.org\nContent-Type: text/html\n\n<!-- a comment about mail-lint-disable -->\n"),
            RuleExample("From: a@example.org\n\n<!-- mail-lint-disable dead-end-phrase -->\n"),
            RuleExample("From: a@example.org\nContent-Type: text/html\n\n<p>Hi</p>\n")))

    /// Creates the rule.
    public init() {}

    /// The findings on one message.
    public func check(_ context: LintContext, options: RuleOptions) -> [Finding] {
        context.suppressions.compactMap { suppression in
            guard let problem = suppression.problem else { return nil }
            var finding = Finding(
                .bytes(suppression.offset..<suppression.offset, part: suppression.part.path, header: nil),
                "the directive \(problem); it suppresses nothing",
                evidence: [Evidence("directive", "<!-- \(suppression.text) -->")],
                fix: "write `<!-- mail-lint-disable RULE-ID: why it does not apply -->` with ids from `mail-lint rules`"
            )
            finding.htmlLine = suppression.htmlLine
            return finding
        }
    }
}
