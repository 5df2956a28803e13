/// A rule about the messages of one run taken together: a value (a Message-ID) that no two
/// messages of the run may share.
///
/// Each message's values are read while the message is linted, on whatever thread; a
/// `LintRun` then takes them in input order and reports every value an earlier message
/// already had. What a run reports therefore does not depend on how many jobs lint in
/// parallel.
public protocol RunRule: Rule {
    /// The values of the message of `context` that no other message of the run may share.
    func uniqueValues(in context: LintContext, options: RuleOptions) -> [RunValue]

    /// The finding on `value`, which the message at `first` already had. The diagnostic
    /// points at `value.anchor`, whatever anchor the finding names.
    func finding(reusing value: RunValue, firstSeen first: FirstSeen) -> Finding
}

extension RunRule {
    /// Nothing within one message: a run rule's findings come from `LintRun`.
    public func check(_ context: LintContext, options: RuleOptions) -> [Finding] { [] }

    /// The rule itself.
    public static var asRunRule: (any RunRule.Type)? { self }
}

/// A value a `RunRule` keeps unique across a run, and where it stands in its message.
public struct RunValue: Sendable {
    /// What is compared (the Message-ID as written, without white space).
    public var key: String
    /// Where a finding about a repeat points.
    public var anchor: Finding.Anchor

    /// Creates a value.
    public init(key: String, anchor: Finding.Anchor) {
        self.key = key
        self.anchor = anchor
    }
}

/// Where a run first met a value: a file position, for the evidence of later repeats.
public struct FirstSeen: Sendable, Equatable, CustomStringConvertible {
    /// The file as given.
    public var file: String
    /// 0-based position of the message in an mbox or Maildir.
    public var messageIndex: Int?
    /// 1-based line and byte column of the value in the file.
    public var line: Int
    /// See `line`.
    public var column: Int

    /// "file:line:column", with "(message N)" inside a mailbox (0-based, as reporters show it).
    public var description: String {
        "\(file):\(line):\(column)" + (messageIndex.map { " (message \($0))" } ?? "")
    }
}

/// One value a `RunRule` noted on one message, ready for `LintRun` (see `Linter.runObservations`).
public struct RunObservation: Sendable {
    /// The rule.
    let rule: any RunRule.Type
    /// Its configured severity.
    let severity: Severity
    /// The value.
    let value: RunValue
    /// Where the value is, in the file.
    let location: DiagnosticLocation
    /// Whether a `mail-lint-disable` directive in the message turns the rule off: the value
    /// is remembered, a repeat is not reported.
    let isSuppressed: Bool
}
