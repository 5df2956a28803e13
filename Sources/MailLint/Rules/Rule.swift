/// A lint rule. Built-in rules and users' own rules conform to this protocol alike and are
/// run by `Linter` the same way.
///
/// A rule is stateless: `check` reads the shared analyses of `LintContext` (parsed once per
/// message, lazily) and returns findings; the engine applies the configured severity and
/// turns each finding's anchor into a file position.
public protocol Rule: Sendable {
    /// What the rule is: id, docs, references, options and examples.
    static var description: RuleDescription { get }

    /// Creates the rule.
    init()

    /// The findings on one message. `options` holds the configured options, with the
    /// defaults of `description.options` for the ones not configured.
    func check(_ context: LintContext, options: RuleOptions) -> [Finding]

    /// The rule as a `RunRule`, or nil: how the linter finds the run rules without a
    /// dynamic cast, whose first lookup of each rule's conformances costs a few
    /// milliseconds at every start. Given by the protocols; never written by a rule.
    static var asRunRule: (any RunRule.Type)? { get }
}

extension Rule {
    /// Not a run rule.
    public static var asRunRule: (any RunRule.Type)? { nil }
}

/// One thing a rule found, before the engine gives it a severity and a file position.
public struct Finding: Sendable {
    /// What the finding is attached to.
    public enum Anchor: Sendable {
        /// The message as a whole (a missing field): its first line.
        case message
        /// A whole header field.
        case header(HeaderField)
        /// Bytes of the message buffer (0-based range), optionally in a part or a field.
        case bytes(Range<Int>, part: PartPath?, header: String?)
        /// A MIME part's header.
        case part(MIMEPart)
    }

    /// Where it is.
    public var anchor: Anchor
    /// What is wrong (lowercase, no final period).
    public var message: String
    /// What was found or measured.
    public var evidence: [Evidence]
    /// What to do.
    public var fix: String?
    /// Further notes.
    public var notes: [String]
    /// The 1-based line in the decoded HTML, for findings in an encoded HTML part.
    public var htmlLine: Int?
    /// The HTML element path, for findings in HTML.
    public var elementPath: String?

    /// Creates a finding.
    public init(
        _ anchor: Anchor, _ message: String, evidence: [Evidence] = [], fix: String? = nil, notes: [String] = []
    ) {
        self.anchor = anchor
        self.message = message
        self.evidence = evidence
        self.fix = fix
        self.notes = notes
    }
}

/// A rule's configured options, with the declared defaults for the ones not set.
public struct RuleOptions: Sendable {
    /// The values by option name.
    public var values: [String: ConfigurationValue]

    /// Creates options from declared defaults overridden by `configured`.
    public init(declared: [RuleOption], configured: [String: ConfigurationValue] = [:]) {
        var values: [String: ConfigurationValue] = [:]
        for option in declared { values[option.name] = option.defaultValue }
        for (key, value) in configured { values[key] = value }
        self.values = values
    }

    /// The bound on integer options, so that arithmetic on them (KB to bytes, hours to
    /// seconds) cannot overflow whatever a configuration says.
    public static let integerBound = 1_000_000_000_000

    /// An integer option (a JSON number with no fraction), clamped to ±`integerBound`.
    public func integer(_ name: String) -> Int {
        guard case .number(let value) = values[name], value.isFinite else { return 0 }
        let bound = Double(Self.integerBound)
        return Int(min(max(value, -bound), bound))
    }

    /// A number option.
    public func number(_ name: String) -> Double {
        if case .number(let value) = values[name] { return value }
        return 0
    }

    /// A boolean option.
    public func boolean(_ name: String) -> Bool {
        if case .bool(let value) = values[name] { return value }
        return false
    }

    /// A string-list option.
    public func strings(_ name: String) -> [String] {
        if case .array(let items) = values[name] {
            return items.compactMap { if case .string(let text) = $0 { return text } else { return nil } }
        }
        return []
    }
}
