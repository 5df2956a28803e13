/// `message-id-reused`: two messages of one run with the same Message-ID.
public struct MessageIDReusedRule: RunRule {
    /// What the rule is: id, docs, references, options and examples.
    public static let description = RuleDescription(
        id: "message-id-reused",
        summary: "a Message-ID already used by an earlier message of the same run",
        rationale: """
            RFC 5322 §3.6.4: the Message-ID "MUST be unique", one per message. Receivers and \
            mail stores drop or merge a message whose Message-ID they have already seen \
            (Gmail keeps one copy), threads break, and bounces and feedback reports point to \
            the wrong message. A template or a pipeline that sets the Message-ID once and \
            reuses it is the usual cause. The rule compares the messages of one run (one \
            `mail-lint` invocation, or one `LintRun`): every message whose Message-ID an \
            earlier message already had is reported, with where that was.
            """,
        defaultSeverity: .error, category: .compliance,
        references: [.rfc(5322, "3.6.4", "identification fields: the Message-ID is unique")],
        examples: RuleExamples(
            triggering: RuleExample(
                "From a@example.org Tue Nov 24 10:00:00 2026\nFrom: a@example.org\nMessage-ID: <welcome.1@example.org>\n\nfirst\n\nFrom a@example.org Tue Nov 24 10:01:00 2026\nFrom: a@example.org\n↓Message-ID: <welcome.1@example.org>\n\nsecond\n"
            ),
            RuleExample(
                "From a@example.org Tue Nov 24 10:00:00 2026\nFrom: a@example.org\nMessage-ID: <x@example.org>\n\n1\n\nFrom a@example.org Tue Nov 24 10:01:00 2026\nFrom: a@example.org\nMessage-ID: <y@example.org>\n\n2\n\nFrom a@example.org Tue Nov 24 10:02:00 2026\nFrom: a@example.org\n↓Message-ID:\n <x@example.org>\n\n3\n\nFrom a@example.org Tue Nov 24 10:03:00 2026\nFrom: a@example.org\n↓Message-ID: <x@example.org> (again)\n\n4\n"
            ),
            passing: RuleExample(
                "From a@example.org Tue Nov 24 10:00:00 2026\nFrom: a@example.org\nMessage-ID: <welcome.1@example.org>\n\nfirst\n\nFrom a@example.org Tue Nov 24 10:01:00 2026\nFrom: a@example.org\nMessage-ID: <welcome.2@example.org>\n\nsecond\n"
            ),
            RuleExample(
                "From a@example.org Tue Nov 24 10:00:00 2026\nFrom: a@example.org\nMessage-ID: <Case@example.org>\n\n1\n\nFrom a@example.org Tue Nov 24 10:01:00 2026\nFrom: a@example.org\nMessage-ID: <case@example.org>\n\n2\n"
            ),
            RuleExample(
                "From a@example.org Tue Nov 24 10:00:00 2026\nFrom: a@example.org\n\n1\n\nFrom a@example.org Tue Nov 24 10:01:00 2026\nFrom: a@example.org\n\n2\n"
            ),
            RuleExample("From: a@example.org\nMessage-ID: <only.one@example.org>\n\nbody\n")))

    /// Creates the rule.
    public init() {}

    /// The message's Message-ID: the msg-id without comments and folding white space,
    /// compared exactly (RFC 5322 gives no case rule; the ids a sender generates differ
    /// in case only by accident of a template).
    public func uniqueValues(in context: LintContext, options: RuleOptions) -> [RunValue] {
        guard let field = context.header.first("Message-ID") else { return [] }
        let id = Self.messageID(field.unfoldedValue)
        guard !id.isEmpty else { return [] }
        return [RunValue(key: id, anchor: .header(field))]
    }

    /// The finding on a repeat.
    public func finding(reusing value: RunValue, firstSeen first: FirstSeen) -> Finding {
        Finding(
            value.anchor, "the Message-ID \(value.key) was already used by an earlier message of this run",
            evidence: [Evidence("Message-ID", value.key), Evidence("first used at", first.description)],
            fix: "generate a new Message-ID for every message: <unique-part@your-domain>")
    }

    /// The msg-id in `value`: from "<" to ">" when there is one, else the value without
    /// white space; comments in parentheses outside the brackets are dropped.
    static func messageID(_ value: [UInt8]) -> String {
        var kept: [UInt8] = []
        var depth = 0
        var inBrackets = false
        for byte in value {
            if !inBrackets, byte == ASCII.openParen {
                depth += 1
            } else if !inBrackets, byte == ASCII.closeParen, depth > 0 {
                depth -= 1
            } else if depth == 0, byte > ASCII.space {
                kept.append(byte)
                if byte == ASCII.lessThan { inBrackets = true }
                if byte == ASCII.greaterThan, inBrackets { break }
            }
        }
        return String(decoding: kept, as: UTF8.self)
    }
}
