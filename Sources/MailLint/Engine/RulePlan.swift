/// What a `Linter` needs of one rule for every message, read from the rule's description
/// and the configuration once, when the linter is made: a `RuleDescription` is a dozen
/// strings and arrays, and copying it for every rule of every message cost more than some
/// rules' checks.
struct RulePlan: Sendable {
    let rule: any Rule.Type
    let id: String
    /// The configured severity; nil when the rule is off.
    let severity: Severity?
    /// The kinds of message the rule applies to; empty for every kind.
    let appliesTo: Set<MessageKind>
    let appliesToTemplates: Bool
    /// The rule's options: configured values over the declared defaults.
    let options: RuleOptions

    init(_ rule: any Rule.Type, configuration: Configuration) {
        let description = rule.description
        self.rule = rule
        id = description.id
        severity = configuration.severity(for: description)
        appliesTo = description.appliesTo
        appliesToTemplates = description.appliesToTemplates
        options = configuration.options(for: description)
    }

    /// The rule's severity on the message of `context`; nil when the rule is off, or does
    /// not apply to templates or to the message's kind.
    func severity(on context: LintContext) -> Severity? {
        guard let severity else { return nil }
        if context.isTemplate, !appliesToTemplates { return nil }
        if !appliesTo.isEmpty, !appliesTo.contains(context.classification.kind) { return nil }
        return severity
    }
}
