/// `message-id-invalid`: a Message-ID that is not `<id-left@id-right>`.
public struct MessageIDInvalidRule: Rule {
    /// What the rule is: id, docs, references, options and examples.
    public static let description = RuleDescription(
        id: "message-id-invalid",
        summary: "the Message-ID is not of the form <id-left@id-right>",
        rationale: """
            Gmail rejects messages without a *valid* Message-ID (550 5.7.1). RFC 5322 §3.6.4: \
            msg-id = "<" id-left "@" id-right ">", with no white space and one "@".
            """,
        defaultSeverity: .error, category: .compliance,
        references: [
            .rfc(5322, "3.6.4", "msg-id syntax"),
            RuleReference(
                "Gmail SMTP errors: invalid Message-ID (550 5.7.1)", "https://support.google.com/a/answer/3726730"),
        ],
        examples: RuleExamples(
            triggering: RuleExample("From: a@example.org\n↓Message-ID: 12345\n\nbody\n"),
            RuleExample("From: a@example.org\n↓Message-ID: <abc@def@example.org>\n\nbody\n"),
            RuleExample("From: a@example.org\n↓Message-ID: <abc def@example.org>\n\nbody\n"),
            passing: RuleExample("From: a@example.org\nMessage-ID: <20261123.abc.1@mail.example.org>\n\nbody\n"),
            RuleExample("From: a@example.org\nMessage-ID:\n <folded.id@example.org>\n\nbody\n")))

    /// Creates the rule.
    public init() {}

    /// The findings on one message.
    public func check(_ context: LintContext, options: RuleOptions) -> [Finding] {
        context.header.all("Message-ID").compactMap { field in
            let value = field.unfoldedValue
            guard let problem = Self.problem(value) else { return nil }
            return Finding(
                .header(field), "the Message-ID is not valid: \(problem)",
                evidence: [Evidence("value", Charset.decodeHeaderBytes(value))],
                fix: "use <unique-part@your-domain>, e.g. <20261123.8f3k2@mail.example.com>")
        }
    }

    /// What is wrong with a msg-id value, or nil when it is valid.
    static func problem(_ value: [UInt8]) -> String? {
        guard value.first == ASCII.lessThan, value.last == ASCII.greaterThan, value.count > 2 else {
            return "it is not enclosed in angle brackets"
        }
        let inner = value[1..<(value.count - 1)]
        if inner.contains(where: { $0 <= ASCII.space || $0 >= 0x7F }) {
            return "it contains white space, control or non-ASCII characters"
        }
        let atCount = inner.filter { $0 == ASCII.at }.count
        guard atCount == 1, let at = inner.firstIndex(of: ASCII.at) else {
            return atCount == 0 ? "it has no \"@\"" : "it has more than one \"@\""
        }
        let left = inner[inner.startIndex..<at]
        let right = inner[(at + 1)...]
        if left.isEmpty || right.isEmpty { return "a part before or after \"@\" is empty" }
        let specials = Array("()<>[]:;,\\\"".utf8)
        if left.contains(where: specials.contains)
            || (right.first != ASCII.openBracket && right.contains(where: specials.contains))
        {
            return "it contains special characters"
        }
        return nil
    }
}
