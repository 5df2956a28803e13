import MailHTML

/// `dead-end-phrase`: the visible text tells the reader not to reply.
public struct DeadEndPhraseRule: Rule {
    /// What the rule is: id, docs, references, options and examples.
    public static let description = RuleDescription(
        id: "dead-end-phrase",
        summary: "the text tells the reader not to reply or that replies are not read",
        rationale: """
            "Do not reply to this email – this mailbox is not monitored" shuts the reader out at \
            the moment they want to answer. Microsoft asks that the sending address can receive \
            replies; UK PECR wants a valid address for opt-out requests. The rule reads the text \
            a reader sees (plain parts, and the visible text of HTML parts — hidden text does \
            not count) in English, German, French, Spanish, Portuguese, Italian, Dutch, Polish, \
            Swedish, Japanese and Chinese, insensitive to case, diacritics, line breaks, \
            entities and inline tags, and says whether the message offers another way to reach \
            a person.
            """,
        defaultSeverity: .warning, category: .deadEnd, appliesToTemplates: true,
        references: [
            RuleReference(
                "Microsoft: sender addresses must be able to receive replies (2 Apr 2025)",
                "https://techcommunity.microsoft.com/blog/microsoftdefenderforoffice365blog/strengthening-email-ecosystem-outlook%E2%80%99s-new-requirements-for-high%E2%80%90volume-senders/4399730"
            ),
            RuleReference("UK PECR regulation 23", "https://www.legislation.gov.uk/uksi/2003/2426/regulation/23"),
        ],
        examples: RuleExamples(
            triggering: RuleExample("From: a@example.org\n\nYour code is 1234.\n↓Please do not reply to this email.\n"),
            RuleExample(
                "From: a@example.org\nContent-Type: text/html\n\n<p>Hi</p>\n↓<p>This mailbox is <b>not</b>\nmonitored.</p>\n"
            ),
            RuleExample(
                "From: a@example.org\nContent-Type: text/plain; charset=utf-8\n\nDanke.\n↓Bitte antworten Sie nicht auf diese E-Mail.\n"
            ),
            RuleExample(
                "From: a@example.org\nContent-Type: text/plain; charset=utf-8\n\n↓Merci de ne pas repondre a cet e-mail.\n"
            ),
            RuleExample(
                "From: a@example.org\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\nHola.\n↓No responda a este correo, gracias.\n"
            ),
            RuleExample(
                "From: a@example.org\nContent-Type: text/plain; charset=utf-8\n\nご注文ありがとうございます。\n↓このメールは送信専用です。\n"),
            RuleExample("From: a@example.org\nContent-Type: text/plain; charset=utf-8\n\n↓请勿回复此邮件。\n"),
            RuleExample(
                "From: a@example.org\nContent-Type: text/html\n\n↓<p>Please do&nbsp;not r&#101;ply to this e&#8209;mail.</p>\n"
            ),
            passing: RuleExample("From: a@example.org\n\nReply to this email if you have questions.\n"),
            RuleExample(
                "From: a@example.org\nContent-Type: text/html\n\n<p style=\"display:none\">Please do not reply to this email.</p><p>Hi</p>\n"
            ),
            RuleExample("From: a@example.org\n\nWe do not reply to spam.\n"),
            RuleExample("From: a@example.org\n\nPlease do not replying...\n"),
            RuleExample("From: a@example.org\n\nDo not reply-all with large attachments.\n")))

    /// Creates the rule.
    public init() {}

    /// The findings on one message (computed once per message and shared with
    /// `unanswerable-message`).
    public func check(_ context: LintContext, options: RuleOptions) -> [Finding] { context.deadEndFindings }

    /// Scans every readable text once with the phrase automaton.
    static func findings(in context: LintContext) -> [Finding] {
        var findings: [Finding] = []
        for folded in context.foldedBodies {
            let body = folded.body
            let joined = folded.joined
            let runStarts = folded.runStarts
            guard !joined.isEmpty else { continue }
            let folded = folded.folded
            // One finding per run: its first phrase, merged with the phrases overlapping it
            // ("please do not reply" + "do not reply to this email"), as written.
            var spans: [Int: (range: Range<Int>, language: String)] = [:]
            var order: [Int] = []
            for match in DeadEndPhrases.matcher.matches(in: folded.scalars).sorted(by: {
                $0.range.lowerBound < $1.range.lowerBound
            }) {
                let runIndex = (runStarts.lastIndex { $0 <= folded.sources[match.range.lowerBound] }) ?? 0
                if let span = spans[runIndex] {
                    if match.range.lowerBound < span.range.upperBound, match.range.upperBound > span.range.upperBound {
                        spans[runIndex] = (span.range.lowerBound..<match.range.upperBound, span.language)
                    }
                } else {
                    spans[runIndex] = (match.range, match.payload)
                    order.append(runIndex)
                }
            }
            let scalars = order.isEmpty ? [] : Array(joined.unicodeScalars)
            for runIndex in order {
                guard let span = spans[runIndex] else { continue }
                let match = (range: span.range, payload: span.language)
                let first = folded.sources[match.range.lowerBound]
                let last = folded.sources[match.range.upperBound - 1]
                let run = body.text.runs[runIndex]
                var written = String.UnicodeScalarView()
                written.append(contentsOf: scalars[first...last])
                let others = context.contactPaths
                let offset = body.lines.rawOffset(for: run.line)
                var finding = Finding(
                    .bytes(offset..<offset, part: body.part.path, header: nil),
                    others.isEmpty
                        ? "the text says replies are not read, and offers no other way to reach a person"
                        : "the text says replies are not read",
                    evidence: [Evidence("phrase", String(written)), Evidence("language", match.payload)]
                        + (others.isEmpty
                            ? [
                                Evidence(
                                    "contact paths",
                                    "none found (mailto, tel, contact or support links, addresses or phone numbers)")
                            ]
                            : [Evidence("other contact paths", others.prefix(3).joined(separator: "; "))]),
                    fix: others.isEmpty
                        ? "say where a reader can reach a person (a support address, a contact page, a phone number), or accept replies"
                        : "consider accepting replies: the reader's first instinct is to answer")
                if body.isHTML { finding.htmlLine = run.line }
                findings.append(finding)
            }
        }
        return findings
    }
}
