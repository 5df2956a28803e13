/// `header-duplicate`: a field that may occur once occurs more often.
public struct HeaderDuplicateRule: Rule {
    /// Fields RFC 5322 §3.6 and RFC 2045 allow at most once, lowercase.
    static let singleInstanceFields = [
        "date", "from", "sender", "reply-to", "to", "cc", "bcc", "message-id", "in-reply-to", "references", "subject",
        "mime-version", "content-type", "content-transfer-encoding",
    ]

    /// What the rule is: id, docs, references, options and examples.
    public static let description = RuleDescription(
        id: "header-duplicate",
        summary: "a header field that may occur once occurs more than once",
        rationale: """
            Gmail rejects messages that are "not RFC 5322 compliant because it has duplicate \
            headers" (550 5.7.1), and Yahoo "duplicate headers". Receivers disagree on which copy \
            counts, which is how a second From fools a reader.
            """,
        defaultSeverity: .error, category: .compliance,
        references: [
            .rfc(5322, "3.6", "the maximum number of each field"),
            RuleReference(
                "Gmail sender guidelines: single-instance headers", "https://support.google.com/a/answer/81126"),
        ],
        examples: RuleExamples(
            triggering: RuleExample("From: a@example.org\nSubject: one\n↓Subject: two\n\nbody\n"),
            RuleExample("From: a@example.org\n↓From: b@example.org\n\nbody\n"),
            passing: RuleExample("From: a@example.org\nReceived: by a\nReceived: by b\nSubject: one\n\nbody\n")))

    /// Creates the rule.
    public init() {}

    /// The findings on one message.
    public func check(_ context: LintContext, options: RuleOptions) -> [Finding] {
        var seen: [String: HeaderField] = [:]
        var findings: [Finding] = []
        for field in context.header.fields where Self.singleInstanceFields.contains(field.lowercasedName) {
            if let first = seen[field.lowercasedName] {
                findings.append(
                    Finding(
                        .header(field), "\(field.name) occurs more than once",
                        evidence: [
                            Evidence("first", "line \(first.location.line): \(first.unfoldedText)"),
                            Evidence("again", "line \(field.location.line): \(field.unfoldedText)"),
                        ], fix: "keep one \(field.name) field"))
            } else {
                seen[field.lowercasedName] = field
            }
        }
        return findings
    }
}
