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
            a reader sees (plain parts, and the visible text of HTML parts — hidden text, code \
            samples and quoted text, including what a reply or forward shows of earlier mail, do \
            not count) by its structure, not by a list of sentences: a \
            negation and a reply verb with only fillers between them ("merci de ne pas y \
            répondre"), replies or a mailbox with a negated state verb ("las respuestas no se \
            leen") or what becomes of them ("are deleted"), nothing to be written or sent to this \
            address, the reply button not to be used, "instead of replying", a reply said to be \
            of no use ("inutile d'y répondre"), an address not meant for replies, an answer not \
            to be expected, or an address or message declared send-only ("送信専用", "used for \
            notifications only", "a one-way email"), in 29 languages \
            (Docs/Rules.md), \
            insensitive to case, diacritics, apostrophes, line breaks, entities and inline tags; \
            "we do not reply to spam", "do not hesitate to reply" and "no need to reply" are not \
            dead ends. It says whether the message offers another way to reach a person. A \
            sentence said again (in the plain and the HTML alternative, as a header and a footer) \
            is one finding, with its other places as evidence.
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
            triggering: RuleExample("From: a@example.org\n\nYour code is 1234.\nPlease ↓do not reply to this email.\n"),
            RuleExample(
                "From: a@example.org\nContent-Type: text/html\n\n<p>Hi</p>\n<p>This ↓mailbox is <b>not</b>\nmonitored.</p>\n"
            ),
            RuleExample(
                "From: a@example.org\nContent-Type: text/plain; charset=utf-8\n\nDanke.\nBitte ↓antworten Sie nicht auf diese E-Mail.\n"
            ),
            RuleExample(
                "From: a@example.org\nContent-Type: text/plain; charset=utf-8\n\nMerci de ↓ne pas repondre a cet e-mail.\n"
            ),
            RuleExample(
                "From: a@example.org\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\nHola.\n↓No responda a este correo, gracias.\n"
            ),
            RuleExample(
                "From: a@example.org\nContent-Type: text/plain; charset=utf-8\n\nご注文ありがとうございます。\n↓このメールは送信専用です。\n"),
            RuleExample("From: a@example.org\nContent-Type: text/plain; charset=utf-8\n\n↓请勿回复此邮件。\n"),
            RuleExample(
                "From: a@example.org\nContent-Type: text/plain; charset=utf-8\n\nMessage automatique — ↓inutile d'y répondre.\n"
            ),
            RuleExample(
                "From: a@example.org\nContent-Type: text/html\n\n<p>Please ↓do&nbsp;not r&#101;ply to this e&#8209;mail.</p>\n"
            ),
            passing: RuleExample("From: a@example.org\n\nReply to this email if you have questions.\n"),
            RuleExample(
                "From: a@example.org\nContent-Type: text/html\n\n<p style=\"display:none\">Please do not reply to this email.</p><p>Hi</p>\n"
            ),
            RuleExample("From: a@example.org\n\nWe do not reply to spam.\n"),
            RuleExample("From: a@example.org\n\nPlease do not misreply...\n"),
            RuleExample("From: a@example.org\n\nDo not reply-all with large attachments.\n")))

    /// Creates the rule.
    public init() {}

    /// The findings on one message (computed once per message and shared with
    /// `unanswerable-message`).
    public func check(_ context: LintContext, options: RuleOptions) -> [Finding] { context.deadEndFindings }

    /// Reads every readable text once with the dead-end grammar (`DeadEndGrammar`): one
    /// finding per run of text (a paragraph, a line), for its first statement, with the
    /// sentence as written, its language and the pattern that recognised it. Quoted text
    /// and code samples are not the message's own and are passed over.
    static func findings(in context: LintContext) -> [Finding] {
        var findings: [Finding] = []
        // One finding per sentence: the same sentence again (the plain and the HTML
        // alternative, a header and a footer) is one problem, its other places evidence.
        var findingBySentence: [[Unicode.Scalar]: Int] = [:]
        // How often each finding's sentence came again: the first three places are named.
        var repeats: [Int: Int] = [:]
        context.forEachFoldedWindow { folded in
            let body = folded.body
            let text = folded.folded
            guard !text.scalars.isEmpty else { return true }
            var firstByRun: [Int: (statement: DeadEndGrammar.Statement, others: Set<String>)] = [:]
            var order: [Int] = []
            var lastKept: (range: Range<Int>, run: Int)?
            for statement in DeadEndGrammar.statements(in: text) {
                var runIndex = folded.runIndex(containing: text.source(of: statement.range.lowerBound))
                if body.quotedRuns.contains(runIndex) { continue }
                // A statement that overlaps the one before is the same sentence read again,
                // even where an inline element splits it into runs ("Please do <b>not</b>
                // reply": "do not reply" and "not reply").
                if let kept = lastKept, statement.range.lowerBound < kept.range.upperBound {
                    runIndex = kept.run
                } else {
                    lastKept = (statement.range, runIndex)
                }
                if firstByRun[runIndex] == nil {
                    firstByRun[runIndex] = (statement, [])
                    order.append(runIndex)
                } else if firstByRun[runIndex]?.statement.pattern != statement.pattern {
                    firstByRun[runIndex]?.others.insert(statement.pattern.rawValue)
                }
            }
            guard !order.isEmpty else { return true }
            let scalars = Array(folded.joined.unicodeScalars)
            for runIndex in order {
                guard let (statement, others) = firstByRun[runIndex] else { continue }
                let language = DeadEndLexicon.languages[statement.language]
                let run = body.text.runs[runIndex]
                let contacts = context.contactPaths
                let lineStart = body.lines.rawOffset(for: run.line)
                let written = writtenWords(from: text.source(of: statement.range.lowerBound), in: scalars)
                let located = TextLocator.locate(written, near: lineStart, part: body.part, in: context.message)
                let asWritten = sentence(around: statement.range, in: text, scalars: scalars)
                // A question asks, it does not state: "Your reply got lost? Send it again".
                if let last = asWritten.unicodeScalars.last, Self.questionMarks.contains(last) { continue }
                let key = FoldedText(asWritten).scalars
                if let first = findingBySentence[key] {
                    repeats[first, default: 0] += 1
                    if repeats[first, default: 0] <= Self.placesNamed {
                        findings[first].evidence.append(
                            Evidence("again", place(of: located, in: body.part, context: context)))
                    }
                    continue
                }
                findingBySentence[key] = findings.count
                var evidence = [
                    Evidence("sentence", asWritten),
                    Evidence("language", "\(language.name) (\(language.code))"),
                    Evidence("pattern", ([statement.pattern.rawValue] + others.sorted()).joined(separator: "; ")),
                ]
                evidence.append(
                    contacts.isEmpty
                        ? Evidence(
                            "contact paths",
                            "none found (mailto, tel, contact or support links, addresses or phone numbers)")
                        : Evidence("other contact paths", contacts.prefix(3).joined(separator: "; ")))
                var finding = Finding(
                    .bytes(located, part: body.part.path, header: nil),
                    statement.pattern.saying
                        + (contacts.isEmpty ? ", and offers no other way to reach a person" : ""),
                    evidence: evidence,
                    fix: contacts.isEmpty
                        ? "say where a reader can reach a person (a support address, a contact page, a phone number), or accept replies"
                        : "consider accepting replies: the reader's first instinct is to answer")
                // In a transfer-encoded HTML part the file's line is the encoded one: the
                // decoded HTML's line says where the text is.
                if body.isHTML, !body.part.effectiveTransferEncoding.isIdentity { finding.htmlLine = run.line }
                findings.append(finding)
            }
            return true
        }
        for (index, count) in repeats where count > Self.placesNamed {
            findings[index].evidence.append(Evidence("again", "and \(count - Self.placesNamed) more places"))
        }
        return findings
    }

    /// How many places of a repeated sentence a finding names.
    static let placesNamed = 3

    /// The marks that end a question: ASCII, fullwidth, Arabic, Greek.
    static let questionMarks: Set<Unicode.Scalar> = ["?", "\u{FF1F}", "\u{061F}", "\u{037E}"]

    /// Where `range` of `part` is, as a reader of the report finds it: "line 18:61 (part 2)",
    /// without the part in a template.
    static func place(of range: Range<Int>, in part: MIMEPart, context: LintContext) -> String {
        let start = context.message.location(of: range.lowerBound)
        let line = "line \(start.line):\(start.column)"
        return context.isTemplate ? line : line + " (part \(part.path))"
    }

    /// The first two words of a statement as written (from scalar `start` of the joined
    /// text), then the first alone, as UTF-8: what `locate` looks for in the file.
    static func writtenWords(from start: Int, in scalars: [Unicode.Scalar]) -> [[UInt8]] {
        var words: [String.UnicodeScalarView] = [String.UnicodeScalarView()]
        var index = start
        while index < scalars.count, index - start < 80 {
            let scalar = scalars[index]
            if scalar.properties.isWhitespace {
                if words.count == 2 { break }
                if !words[words.count - 1].isEmpty { words.append(String.UnicodeScalarView()) }
            } else {
                words[words.count - 1].append(scalar)
            }
            index += 1
        }
        let first = Array(String(words[0]).utf8)
        guard words.count == 2, !words[1].isEmpty else { return [first] }
        return [first + [0x20] + Array(String(words[1]).utf8), first]
    }

    /// The sentence holding the folded `range`, as written (white space collapsed, at most
    /// 240 characters around the statement).
    static func sentence(around range: Range<Int>, in text: FoldedText, scalars: [Unicode.Scalar]) -> String {
        let start = text.sentenceStarts.last { $0 <= range.lowerBound } ?? 0
        let end = text.sentenceStarts.first { $0 > range.lowerBound }.map { $0 - 1 } ?? text.scalars.count
        // From the first source scalar of the sentence to the sentence-ending mark, if any.
        var first = text.source(of: start)
        var last = text.source(of: max(start, min(end, text.scalars.count) - 1))
        while last + 1 < scalars.count, !ScalarFold.isWordScalar(scalars[last + 1]),
            scalars[last + 1] != " ", last + 1 - text.source(of: max(start, end - 1)) < 3
        {
            last += 1
        }
        let statementFirst = text.source(of: range.lowerBound)
        let statementLast = text.source(of: range.upperBound - 1)
        if statementFirst - first > 120 { first = statementFirst - 120 }
        if last - statementLast > 120 { last = statementLast + 120 }
        var written = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in scalars[first...last] {
            if scalar.properties.isWhitespace {
                pendingSpace = true
            } else {
                if pendingSpace, !written.isEmpty { written.append(" ") }
                pendingSpace = false
                written.append(scalar)
            }
        }
        return String(written)
    }
}

extension DeadEndGrammar.Pattern {
    /// What a statement of this pattern tells the reader, for a finding's message.
    var saying: String {
        switch self {
        case .negatedReply: "the text tells the reader not to reply"
        case .repliesNotRead: "the text says replies are not read"
        case .mailboxNotMonitored: "the text says the sending mailbox is not monitored"
        case .sendOnlyMailbox: "the text says the message comes from a send-only address"
        case .pointlessReply: "the text says replying is of no use"
        case .noAnswerToExpect: "the text tells the reader to expect no answer"
        }
    }
}
