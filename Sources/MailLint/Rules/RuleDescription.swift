/// What a rule is, for users, for the docs and for the tests: everything except the check.
///
/// The docs (`Docs/Rules.md`, `mail-lint explain`) and the example tests are generated from
/// this value, so a rule documents and tests itself.
public struct RuleDescription: Sendable {
    /// Stable kebab-case identifier, never renamed once released ("noreply-from").
    public var id: String
    /// One line, lowercase, no final period: what the rule finds.
    public var summary: String
    /// Why it matters, for the reader and for delivery (a paragraph).
    public var rationale: String
    /// Severity when the configuration does not say otherwise.
    public var defaultSeverity: Severity
    /// Whether the rule runs when the configuration does not mention it.
    public var enabledByDefault: Bool
    /// The family the rule belongs to.
    public var category: RuleCategory
    /// The message kinds the rule applies to; every kind when empty.
    public var appliesTo: Set<MessageKind>
    /// Whether the rule reads only bodies, so that it also runs on HTML templates (which
    /// have no header).
    public var appliesToTemplates: Bool
    /// The standards, provider requirements and laws the rule enforces (at least one).
    public var references: [RuleReference]
    /// The options the rule reads, with their types and defaults.
    public var options: [RuleOption]
    /// Messages (or HTML) on which the rule must report, with `↓` marking each expected
    /// position, and messages on which it must stay silent. Made when read (by the docs,
    /// `mail-lint explain` and the tests), so that a run that only lints never builds them:
    /// some are large (a message Gmail clips), and every rule's description is read at start.
    public var examples: RuleExamples {
        get { makeExamples() }
        set { makeExamples = { newValue } }
    }

    private var makeExamples: @Sendable () -> RuleExamples

    /// Creates a description.
    public init(
        id: String, summary: String, rationale: String, defaultSeverity: Severity, enabledByDefault: Bool = true,
        category: RuleCategory, appliesTo: Set<MessageKind> = [], appliesToTemplates: Bool = false,
        references: [RuleReference],
        options: [RuleOption] = [], examples: @autoclosure @escaping @Sendable () -> RuleExamples
    ) {
        self.id = id
        self.summary = summary
        self.rationale = rationale
        self.defaultSeverity = defaultSeverity
        self.enabledByDefault = enabledByDefault
        self.category = category
        self.appliesTo = appliesTo
        self.appliesToTemplates = appliesToTemplates
        self.references = references
        self.options = options
        makeExamples = examples
    }
}

/// The families of rules, each with the severities it may default to.
public enum RuleCategory: String, Sendable, CaseIterable {
    /// Can the reader answer? (noreply senders, missing reply paths)
    case replyability
    /// Can the reader leave? (List-Unsubscribe, visible opt-out)
    case unsubscribe
    /// Does the message tell the reader it is a dead end?
    case deadEnd = "dead-end"
    /// Standards and provider requirements (RFC 5322, MIME, DKIM, bulk-sender rules, law).
    case compliance
    /// MailLint's own directives in the files it reads (`<!-- mail-lint-disable … -->`).
    case directives
    /// Templates and merge tags: placeholders sent as they are.
    case templates
    /// Link honesty: where links really go.
    case links
    /// What a reader with a screen reader, a small screen or weak eyes meets: alt texts,
    /// link names, language, contrast.
    case accessibility

    /// The default severities a rule of this category may have.
    public var allowedDefaultSeverities: Set<Severity> {
        switch self {
        case .replyability, .deadEnd, .unsubscribe: return [.info, .warning, .error]
        case .compliance, .directives, .templates, .links, .accessibility: return [.info, .warning, .error]
        }
    }
}

/// A source a rule enforces: an RFC section, a provider page, a statute.
public struct RuleReference: Sendable, Equatable {
    /// How the source is cited ("RFC 5322 §3.6", "Gmail sender guidelines").
    public var title: String
    /// Where to read it.
    public var url: String

    /// Creates a reference.
    public init(_ title: String, _ url: String) {
        self.title = title
        self.url = url
    }

    /// An RFC section, linked to the RFC Editor's text.
    public static func rfc(_ number: Int, _ section: String, _ about: String) -> RuleReference {
        RuleReference(
            "RFC \(number) §\(section): \(about)", "https://www.rfc-editor.org/rfc/rfc\(number)#section-\(section)")
    }
}

/// An option a rule reads from the configuration.
public struct RuleOption: Sendable, Equatable {
    /// The kinds of values options take.
    public enum ValueType: String, Sendable {
        case integer, number, boolean, string
        case stringList = "string list"
    }

    /// The option's key in `.mail-lint.json` ("extra-patterns").
    public var name: String
    /// What it does.
    public var summary: String
    /// The type of its value.
    public var type: ValueType
    /// The default, as it would be written in JSON.
    public var defaultValue: ConfigurationValue

    /// Creates an option.
    public init(_ name: String, _ type: ValueType, default defaultValue: ConfigurationValue, _ summary: String) {
        self.name = name
        self.type = type
        self.defaultValue = defaultValue
        self.summary = summary
    }
}
