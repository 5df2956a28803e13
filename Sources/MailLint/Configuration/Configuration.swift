/// How MailLint is set up for a project: which rules run at which severity with which
/// options, the message kind, the allow-lists. Read from `.mail-lint.json` (see
/// `ConfigurationLoader` and `Docs/Configuration.md`).
public struct Configuration: Sendable {
    /// Per-rule settings by rule id.
    public var rules: [String: RuleSettings]
    /// The message kind to assume for every message; nil classifies each one.
    public var messageKind: MessageKind?
    /// Sender addresses (lowercase) that replyability rules accept as they are.
    public var allowedSenders: Set<String>
    /// Sender domains (lowercase) that replyability rules accept as they are.
    public var allowedSenderDomains: Set<String>
    /// Link domains (lowercase) that link rules accept as they are.
    public var allowedLinkDomains: Set<String>
    /// Whether messages go out with SMTPUTF8 (RFC 6531), which allows raw UTF-8 in headers.
    public var smtputf8: Bool
    /// The file the configuration was read from, nil for the defaults.
    public var source: String?
    /// What `mail-lint milter` does with each message.
    public var gate = GateSettings()

    /// The defaults: every rule at its default severity, kinds classified per message.
    public init(
        rules: [String: RuleSettings] = [:], messageKind: MessageKind? = nil, allowedSenders: Set<String> = [],
        allowedSenderDomains: Set<String> = [], allowedLinkDomains: Set<String> = [], smtputf8: Bool = false,
        source: String? = nil
    ) {
        self.rules = rules
        self.messageKind = messageKind
        self.allowedSenders = allowedSenders
        self.allowedSenderDomains = allowedSenderDomains
        self.allowedLinkDomains = allowedLinkDomains
        self.smtputf8 = smtputf8
        self.source = source
    }

    /// The severity `description`'s rule runs at, or nil when it is off.
    public func severity(for description: RuleDescription) -> Severity? {
        guard let settings = rules[description.id] else {
            return description.enabledByDefault ? description.defaultSeverity : nil
        }
        if settings.isOff { return nil }
        return settings.severity ?? description.defaultSeverity
    }

    /// The options of `description`'s rule: configured values over the declared defaults.
    public func options(for description: RuleDescription) -> RuleOptions {
        RuleOptions(declared: description.options, configured: rules[description.id]?.options ?? [:])
    }
}

/// One rule's settings: `"off"`, a severity, or `{ "severity": …, "options": { … } }`.
public struct RuleSettings: Sendable, Equatable {
    /// Whether the rule is switched off.
    public var isOff: Bool
    /// The severity, when given (a rule that is off by default runs when one is given).
    public var severity: Severity?
    /// The options given.
    public var options: [String: ConfigurationValue]

    /// Creates settings.
    public init(isOff: Bool = false, severity: Severity? = nil, options: [String: ConfigurationValue] = [:]) {
        self.isOff = isOff
        self.severity = severity
        self.options = options
    }
}

/// A configuration that cannot be used, with the key path, the file and the line.
public struct ConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The configuration file.
    public var file: String
    /// 1-based line, or nil when the whole file is concerned.
    public var line: Int?
    /// 1-based column.
    public var column: Int?
    /// The key path (`rules.noreply-from.options.extra-patterns`), or nil.
    public var keyPath: String?
    /// What is wrong.
    public var message: String

    /// "FILE:LINE:COLUMN: KEY: MESSAGE".
    public var description: String {
        var place = file
        if let line { place += ":\(line)" + (column.map { ":\($0)" } ?? "") }
        return "\(place): " + (keyPath.map { "\($0): " } ?? "") + message
    }
}
