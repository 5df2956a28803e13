/// One finding of one rule in one message: what, where, why, and what to do.
public struct Diagnostic: Sendable, Equatable {
    /// The rule's stable kebab-case id.
    public var ruleID: String
    /// The severity in effect (the rule's default, or as configured).
    public var severity: Severity
    /// What is wrong, lowercase, no final period ("the From address is a do-not-reply address").
    public var message: String
    /// Where it is.
    public var location: DiagnosticLocation
    /// What was measured or found: the address, the phrase, the declaration, the ratio.
    public var evidence: [Evidence]
    /// What to do about it, if a rule can say.
    public var fix: String?
    /// Further notes (the message-kind signals a bulk-only rule relied on, say).
    public var notes: [String]

    /// Creates a diagnostic.
    public init(
        ruleID: String, severity: Severity, message: String, location: DiagnosticLocation,
        evidence: [Evidence] = [], fix: String? = nil, notes: [String] = []
    ) {
        self.ruleID = ruleID
        self.severity = severity
        self.message = message
        self.location = location
        self.evidence = evidence
        self.fix = fix
        self.notes = notes
    }

    /// The rule's section in `Docs/Rules.md`.
    public var documentationURL: String { MailLintVersion.documentationBase + "#" + ruleID }
}

/// A labelled piece of evidence: `address: no-reply@example.com`.
public struct Evidence: Sendable, Equatable {
    /// What the value is ("address", "header", "pattern", "contrast").
    public var label: String
    /// The value, as found or measured.
    public var value: String

    /// Creates evidence.
    public init(_ label: String, _ value: String) {
        self.label = label
        self.value = value
    }
}

/// Where a diagnostic points: a file position, and what it is inside the message.
public struct DiagnosticLocation: Sendable, Equatable {
    /// The file as given (`-` for standard input).
    public var file: String
    /// 0-based position of the message in an mbox or Maildir; nil for a single file.
    public var messageIndex: Int?
    /// Start of the range (1-based line, 1-based byte column, 0-based file offset).
    public var start: SourceLocation
    /// End of the range (exclusive), same units.
    public var end: SourceLocation
    /// The header field the finding is in, as written ("From"), if any.
    public var header: String?
    /// The IMAP part path ("1.2"), if the finding is in a part.
    public var part: String?
    /// The element path inside an HTML part ("html > body > table > tr > td > a"), if any.
    public var elementPath: String?
    /// The 1-based line inside the decoded HTML, when the part was transfer-encoded.
    public var htmlLine: Int?

    /// Creates a location.
    public init(
        file: String, messageIndex: Int? = nil, start: SourceLocation, end: SourceLocation, header: String? = nil,
        part: String? = nil, elementPath: String? = nil, htmlLine: Int? = nil
    ) {
        self.file = file
        self.messageIndex = messageIndex
        self.start = start
        self.end = end
        self.header = header
        self.part = part
        self.elementPath = elementPath
        self.htmlLine = htmlLine
    }
}
