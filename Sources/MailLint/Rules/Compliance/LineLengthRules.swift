extension LongLines {
    /// The finding for these lines in `context`.
    func finding(_ context: LintContext, limit: Int, fix: String) -> Finding {
        let longestLine = context.message.location(of: longest.lowerBound).line
        return Finding(
            .bytes(first, part: nil, header: nil),
            count == 1
                ? "a line is \(first.count) octets long (more than \(limit))"
                : "\(count) lines are longer than \(limit) octets",
            evidence: [Evidence("longest", "\(longest.count) octets, line \(longestLine)")], fix: fix)
    }
}

/// `line-too-long`: a line over RFC 5322's hard limit of 998 octets.
public struct LineTooLongRule: Rule {
    /// What the rule is: id, docs, references, options and examples.
    public static let description = RuleDescription(
        id: "line-too-long",
        summary: "a line is longer than 998 octets",
        rationale: """
            RFC 5322 §2.1.1: each line "MUST be no more than 998 characters" (1,000 with CR \
            LF). Mail servers fold, cut or reject longer lines: a cut inside an HTML tag or a \
            URL breaks the message the reader sees. Transfer-encode long content \
            (quoted-printable or base64 keep lines under 76). Reported once per message, at \
            the first long line.
            """,
        defaultSeverity: .error, category: .compliance,
        references: [.rfc(5322, "2.1.1", "line length limits"), .rfc(5321, "4.5.3.1.6", "text line length")],
        examples: RuleExamples(
            triggering: RuleExample("From: a@x.example\n\n↓" + String(repeating: "a", count: 999) + "\n"),
            RuleExample(
                "From: a@x.example\nContent-Type: text/html\n\n<p>ok</p>\n↓<p>" + String(repeating: "b", count: 1_200)
                    + "</p>\n" + String(repeating: "c", count: 1_500) + "\n", reencoded: false),
            RuleExample("From: a@x.example\n↓Subject: " + String(repeating: "s", count: 1_000) + "\n\nbody\n"),
            passing: RuleExample("From: a@x.example\n\n" + String(repeating: "a", count: 998) + "\n"),
            RuleExample(
                "From: a@x.example\nContent-Transfer-Encoding: quoted-printable\n\n"
                    + String(repeating: String(repeating: "a", count: 75) + "=\n", count: 20) + "\n")))

    /// Creates the rule.
    public init() {}

    /// The findings on one message.
    public func check(_ context: LintContext, options: RuleOptions) -> [Finding] {
        guard let lines = LongLines.find(in: context.message, over: 998) else { return [] }
        return [
            lines.finding(
                context, limit: 998,
                fix: "send long text quoted-printable or base64, and fold long header fields")
        ]
    }
}

/// `line-longer-than-78`: lines over RFC 5322's recommended 78 characters (off by default).
public struct LineLongerThan78Rule: Rule {
    /// What the rule is: id, docs, references, options and examples.
    public static let description = RuleDescription(
        id: "line-longer-than-78",
        summary: "a line is longer than the 78 characters RFC 5322 recommends",
        rationale: """
            RFC 5322 §2.1.1: lines "SHOULD be no more than 78 characters", so that plain-text \
            readers do not wrap them. Off by default: HTML bodies sent as 8bit rarely keep to \
            it and no provider enforces it. Reported once per message.
            """,
        defaultSeverity: .info, enabledByDefault: false, category: .compliance,
        references: [.rfc(5322, "2.1.1", "line length limits")],
        examples: RuleExamples(
            triggering: RuleExample("From: a@x.example\n\n↓" + String(repeating: "a", count: 79) + "\n"),
            RuleExample(
                "From: a@x.example\n\nshort\n↓" + String(repeating: "b", count: 100) + "\n"
                    + String(repeating: "c", count: 80)
                    + "\n"),
            passing: RuleExample("From: a@x.example\n\n" + String(repeating: "a", count: 78) + "\n"),
            RuleExample("From: a@x.example\n\nshort lines only\n")))

    /// Creates the rule.
    public init() {}

    /// The findings on one message.
    public func check(_ context: LintContext, options: RuleOptions) -> [Finding] {
        guard let lines = LongLines.find(in: context.message, over: 78) else { return [] }
        return [lines.finding(context, limit: 78, fix: "wrap text at 78 characters, or send it quoted-printable")]
    }
}
