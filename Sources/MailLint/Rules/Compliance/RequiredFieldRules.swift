/// A rule that reports a header field the message lacks: one mechanism for every
/// "field is missing" rule, anchored at the message's first line.
public protocol MissingFieldRule: Rule {
    /// The field's name, as RFC 5322 writes it.
    static var field: String { get }
    /// What to do, or nil.
    static var fix: String? { get }
}

extension MissingFieldRule {
    /// Reports the field when the message has none.
    public func check(_ context: LintContext, options: RuleOptions) -> [Finding] {
        guard !context.header.contains(Self.field) else { return [] }
        return [Finding(.message, "the message has no \(Self.field) field", fix: Self.fix)]
    }
}

/// `from-missing`: no From field.
public struct FromMissingRule: MissingFieldRule {
    /// The field the rule requires.
    public static let field = "From"
    /// What to do when it is missing.
    public static let fix: String? = "add a From field with the sender's address"

    /// What the rule is: id, docs, references, options and examples.
    public static let description = RuleDescription(
        id: "from-missing",
        summary: "the message has no From field",
        rationale: """
            From is required (RFC 5322 §3.6). Gmail rejects messages without a valid From address \
            (550 5.7.1), and without it the reader cannot tell who wrote.
            """,
        defaultSeverity: .error, category: .compliance,
        references: [
            .rfc(5322, "3.6", "the origination fields are required"),
            RuleReference("Gmail SMTP errors: missing From (550 5.7.1)", "https://support.google.com/a/answer/3726730"),
        ],
        examples: RuleExamples(
            triggering: RuleExample("↓To: b@example.net\nSubject: hi\n\nbody\n"),
            passing: RuleExample("From: a@example.org\nTo: b@example.net\n\nbody\n")))

    /// Creates the rule.
    public init() {}

}

/// `date-missing`: no Date field.
public struct DateMissingRule: MissingFieldRule {
    /// The field the rule requires.
    public static let field = "Date"
    /// What to do when it is missing.
    public static let fix: String? = "add a Date field (RFC 5322 §3.3 format)"

    /// What the rule is: id, docs, references, options and examples.
    public static let description = RuleDescription(
        id: "date-missing",
        summary: "the message has no Date field",
        rationale: """
            Date is required (RFC 5322 §3.6). Most MTAs add one on submission, but a message \
            handed to a relay without it is rejected or scored as spam, and its time is lost.
            """,
        defaultSeverity: .warning, category: .compliance,
        references: [.rfc(5322, "3.6.1", "the origination date is required")],
        examples: RuleExamples(
            triggering: RuleExample("↓From: a@example.org\nSubject: hi\n\nbody\n"),
            passing: RuleExample("From: a@example.org\nDate: Mon, 23 Nov 2026 09:00:00 +0000\n\nbody\n")))

    /// Creates the rule.
    public init() {}

}

/// `message-id-missing`: no Message-ID field.
public struct MessageIDMissingRule: MissingFieldRule {
    /// The field the rule requires.
    public static let field = "Message-ID"
    /// What to do when it is missing.
    public static let fix: String? = "add Message-ID: <unique-id@your-domain>"

    /// What the rule is: id, docs, references, options and examples.
    public static let description = RuleDescription(
        id: "message-id-missing",
        summary: "the message has no Message-ID field",
        rationale: """
            Gmail rejects messages "missing a valid Message-ID: header" (550 5.7.1); without one, \
            replies cannot be threaded and duplicates cannot be detected.
            """,
        defaultSeverity: .error, category: .compliance,
        references: [
            .rfc(5322, "3.6.4", "every message SHOULD have a Message-ID"),
            RuleReference("Gmail sender guidelines: a valid Message-ID", "https://support.google.com/a/answer/81126"),
        ],
        examples: RuleExamples(
            triggering: RuleExample("↓From: a@example.org\nSubject: hi\n\nbody\n"),
            passing: RuleExample("From: a@example.org\nMessage-ID: <1.2@example.org>\n\nbody\n")))

    /// Creates the rule.
    public init() {}

}

/// `subject-missing`: no Subject field.
public struct SubjectMissingRule: MissingFieldRule {
    /// The field the rule requires.
    public static let field = "Subject"
    /// What to do when it is missing.
    public static let fix: String? = nil

    /// What the rule is: id, docs, references, options and examples.
    public static let description = RuleDescription(
        id: "subject-missing",
        summary: "the message has no Subject field",
        rationale: "A message without a subject is easy to overlook and is scored as spam by some filters.",
        defaultSeverity: .info, category: .compliance,
        references: [.rfc(5322, "3.6.5", "informational fields")],
        examples: RuleExamples(
            triggering: RuleExample("↓From: a@example.org\n\nbody\n"),
            passing: RuleExample("From: a@example.org\nSubject: hi\n\nbody\n")))

    /// Creates the rule.
    public init() {}

}

/// `mime-version-missing`: MIME fields without MIME-Version.
public struct MIMEVersionMissingRule: Rule {
    /// What the rule is: id, docs, references, options and examples.
    public static let description = RuleDescription(
        id: "mime-version-missing",
        summary: "a MIME message has no MIME-Version field",
        rationale: """
            RFC 2045 requires MIME-Version: 1.0 in every message that uses MIME fields; without it \
            strict receivers read the body as plain ASCII text, multiparts and encodings included.
            """,
        defaultSeverity: .warning, category: .compliance,
        references: [.rfc(2045, "4", "MIME-Version header field")],
        examples: RuleExamples(
            triggering: RuleExample("From: a@example.org\n↓Content-Type: text/html; charset=utf-8\n\n<p>hi</p>\n"),
            passing: RuleExample(
                "From: a@example.org\nMIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n\n<p>hi</p>\n"),
            RuleExample("From: a@example.org\n\nplain text without MIME\n")))

    /// Creates the rule.
    public init() {}

    /// The findings on one message.
    public func check(_ context: LintContext, options: RuleOptions) -> [Finding] {
        guard !context.header.contains("MIME-Version"),
            let mimeField = context.header.fields.first(where: {
                $0.lowercasedName == "content-type" || $0.lowercasedName == "content-transfer-encoding"
            })
        else { return [] }
        return [
            Finding(
                .header(mimeField), "\(mimeField.name) without MIME-Version",
                evidence: [Evidence("header", mimeField.name)],
                fix: "add MIME-Version: 1.0")
        ]
    }
}
