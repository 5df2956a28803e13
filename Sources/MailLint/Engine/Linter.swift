/// Runs rules over messages and turns their findings into diagnostics.
///
/// Built-in rules and users' own rules go through the same entry:
///
/// ```swift
/// let linter = Linter(rules: BuiltInRules.all + [MyHouseRule.self], configuration: configuration)
/// let diagnostics = linter.lint(bytes, file: "welcome.eml")
/// ```
///
/// A `Linter` is immutable and `Sendable`: lint messages on as many threads as you like.
public struct Linter: Sendable {
    /// The rules, in the order they run (diagnostics are sorted by position afterwards).
    public let rules: [any Rule.Type]
    /// The configuration in effect.
    public let configuration: Configuration
    /// Parser limits for every message.
    public let limits: ParserLimits
    /// The rule ids a `mail-lint-disable` directive may name: the built-in rules (whatever
    /// runs) and this linter's own; worked out once, not per message.
    let knownRuleIDs: Set<String>
    /// Each rule's id, severity, scope and options, parallel to `rules`.
    let plans: [RulePlan]

    /// Creates a linter over `rules` (default: every built-in rule).
    public init(
        rules: [any Rule.Type] = BuiltInRules.all, configuration: Configuration = Configuration(),
        limits: ParserLimits = .default
    ) {
        self.rules = rules
        self.configuration = configuration
        self.limits = limits
        knownRuleIDs = Set((BuiltInRules.all + rules).map { $0.description.id })
        plans = rules.map { RulePlan($0, configuration: configuration) }
    }

    /// Lints one message.
    ///
    /// - Parameters:
    ///   - bytes: the message as it will leave.
    ///   - file: the file name diagnostics carry (`-` for standard input).
    ///   - messageIndex: 0-based position in an mbox or Maildir.
    ///   - origin: where `bytes` starts in `file`.
    public func lint(_ bytes: [UInt8], file: String, messageIndex: Int? = nil, origin: SourceOrigin = .file)
        -> [Diagnostic]
    {
        lint(messageContext(bytes, file: file, messageIndex: messageIndex, origin: origin))
    }

    /// The context a message is linted in (see `lint(_:file:messageIndex:origin:)`): the
    /// bytes parsed with this linter's limits, under its configuration.
    public func messageContext(
        _ bytes: [UInt8], file: String, messageIndex: Int? = nil, origin: SourceOrigin = .file
    ) -> LintContext {
        let message = MessageParser.parse(bytes, origin: origin, limits: limits)
        return LintContext(message: message, file: file, messageIndex: messageIndex, configuration: configuration)
    }

    /// Lints an HTML template (a body with no header): only the rules that read bodies
    /// alone run (`RuleDescription.appliesToTemplates`). Positions are in the template file.
    public func lint(template bytes: [UInt8], file: String) -> [Diagnostic] {
        lint(templateContext(bytes, file: file))
    }

    /// The context a template is linted in (see `lint(template:file:)`).
    public func templateContext(_ bytes: [UInt8], file: String) -> LintContext {
        TemplateMessage.context(for: bytes, file: file, configuration: configuration, limits: limits)
    }

    /// The context of a template already made a message (see `TemplateMessage`), which holds
    /// the template's only copy.
    public func templateContext(_ template: TemplateMessage, file: String) -> LintContext {
        template.context(file: file, configuration: configuration, limits: limits)
    }

    /// Lints the message of `context`. Rules turned off by a valid `mail-lint-disable`
    /// directive in the message's HTML report nothing (see `Suppression`).
    public func lint(_ context: LintContext) -> [Diagnostic] {
        context.knownRuleIDs = knownRuleIDs
        var diagnostics: [Diagnostic] = []
        for index in plans.indices {
            guard let severity = plans[index].severity(on: context) else { continue }
            let findings = plans[index].rule.init().check(context, options: plans[index].options)
            for finding in findings {
                var notes = finding.notes
                if !plans[index].appliesTo.isEmpty {
                    let kinds = plans[index].appliesTo.map(\.rawValue).sorted().joined(separator: " and ")
                    notes.append("applies to \(kinds) mail; this message is \(context.classification.explanation)")
                }
                diagnostics.append(
                    Diagnostic(
                        ruleID: plans[index].id, severity: severity, message: finding.message,
                        location: location(of: finding, in: context), evidence: finding.evidence,
                        fix: finding.fix, notes: notes))
            }
        }
        let suppressed = suppressedRuleIDs(context)
        if !suppressed.isEmpty { diagnostics.removeAll { suppressed.contains($0.ruleID) } }
        return diagnostics.sorted(by: Self.documentOrder)
    }

    /// The rules a valid `mail-lint-disable` directive of the message turns off (never
    /// `suppression-invalid`, which reports on the directives themselves).
    func suppressedRuleIDs(_ context: LintContext) -> Set<String> {
        var suppressed = Set(context.suppressions.filter { $0.problem == nil }.flatMap(\.ruleIDs))
        suppressed.remove(SuppressionInvalidRule.description.id)
        return suppressed
    }

    /// The values the run rules (`RunRule`) read from the message of `context`, for a
    /// `LintRun` to compare with the run's other messages. Templates have none (run rules
    /// do not apply to templates: they have no header). Call it on any thread, after
    /// `lint(context)`.
    public func runObservations(_ context: LintContext) -> [RunObservation] {
        var observations: [RunObservation] = []
        for plan in plans {
            guard let rule = plan.rule.asRunRule, let severity = plan.severity(on: context) else { continue }
            let values = rule.init().uniqueValues(in: context, options: plan.options)
            guard !values.isEmpty else { continue }
            let isSuppressed = suppressedRuleIDs(context).contains(plan.id)
            for value in values {
                observations.append(
                    RunObservation(
                        rule: rule, severity: severity, value: value,
                        location: location(of: value.anchor, in: context), isSuppressed: isSuppressed))
            }
        }
        return observations
    }

    /// Diagnostics by position, then rule id, so output is stable.
    public static func documentOrder(_ lhs: Diagnostic, _ rhs: Diagnostic) -> Bool {
        if lhs.location.start.offset != rhs.location.start.offset {
            return lhs.location.start.offset < rhs.location.start.offset
        }
        if lhs.ruleID != rhs.ruleID { return lhs.ruleID < rhs.ruleID }
        return lhs.message < rhs.message
    }

    /// The file position of a finding.
    func location(of finding: Finding, in context: LintContext) -> DiagnosticLocation {
        var location = location(of: finding.anchor, in: context)
        if context.isTemplate { location.part = nil }  // the template's one part is not the user's
        location.htmlLine = finding.htmlLine
        location.elementPath = finding.elementPath
        return location
    }

    /// The file position of an anchor.
    func location(of anchor: Finding.Anchor, in context: LintContext) -> DiagnosticLocation {
        let message = context.message
        var range: Range<Int>
        var header: String?
        var part: String?
        switch anchor {
        case .message:
            let first = message.header.fields.first?.range ?? 0..<0
            range = first.lowerBound..<first.lowerBound
        case .header(let field):
            range = field.range
            header = field.name
        case .bytes(let bytes, let path, let name):
            range = bytes
            part = path?.description
            header = name
        case .part(let mimePart):
            range = mimePart.header.range.lowerBound..<mimePart.bodyRange.lowerBound
            part = mimePart.path.description
        }
        if context.isTemplate {
            // A template's header is made up (see `TemplateMessage`): what points into it
            // points at the template's first byte.
            let start = message.root.bodyRange.lowerBound
            range = max(range.lowerBound, start)..<max(range.upperBound, start)
            header = nil
        }
        return DiagnosticLocation(
            file: context.file, messageIndex: context.messageIndex, start: message.location(of: range.lowerBound),
            end: message.location(of: range.upperBound), header: header, part: part)
    }
}
