/// `unsubscribe-link-missing`: bulk mail whose body offers no visible way out.
public struct UnsubscribeLinkMissingRule: Rule {
    /// What the rule is: id, docs, references, options and examples.
    public static let description = RuleDescription(
        id: "unsubscribe-link-missing",
        summary: "bulk mail has no unsubscribe or preferences link in its body",
        rationale: """
            Applies to bulk mail only. Yahoo and Microsoft require "a clearly visible \
            unsubscribe link in the message body" besides the List-Unsubscribe field; \
            CAN-SPAM requires a clear and conspicuous opt-out, CASL an unsubscribe mechanism \
            set out clearly and prominently. The rule looks for a link whose text, alt text or \
            URL unsubscribes or leads to subscription preferences — in the 29 languages of \
            the vocabulary — in every HTML part and every plain-text part (a URL or address \
            next to the word "unsubscribe", or whose URL says it). When such a link exists but \
            a reader cannot use it, `unsubscribe-link-hidden`, `-tiny`, `-low-contrast` or \
            `-image-only` reports it instead, once.
            """,
        defaultSeverity: .error, category: .unsubscribe, appliesTo: [.bulk], appliesToTemplates: true,
        references: [
            UnsubscribeReferences.yahoo, UnsubscribeReferences.microsoft, UnsubscribeReferences.gmail,
            UnsubscribeReferences.canSpam,
        ],
        examples: RuleExamples(
            triggering: RuleExample("↓" + NewsletterExample.html("<p>See you next week!</p>")),
            RuleExample(
                NewsletterExample.alternative(
                    plain: "See you next week!", html: "<p>See you next week!</p>", marking: .html)),
            RuleExample("↓From: news@harbourbooks.example\nList-Id: <news.harbourbooks.example>\n\nNew arrivals.\n"),
            RuleExample(
                "↓From: news@harbourbooks.example\nPrecedence: bulk\n\nNew arrivals: https://harbourbooks.example/new\n"
            ),
            RuleExample(
                "↓From: news@harbourbooks.example\nFeedback-ID: 1:2:3:esp\nContent-Type: text/html\n\n<p>Neu im Laden.</p><p><a href=\"https://harbourbooks.example/shop\">Zum Shop</a></p>\n"
            ),
            passing: RuleExample(NewsletterExample.html(NewsletterExample.unsubscribeLink)),
            // The only opt-out link is hidden: `unsubscribe-link-hidden` reports it, once.
            RuleExample(
                NewsletterExample.html(
                    "<p style=\"display:none\"><a href=\"https://harbourbooks.example/u/8f3a\">Unsubscribe</a></p>")),
            RuleExample(
                NewsletterExample.html(
                    "<p><a href=\"https://harbourbooks.example/u/8f3a\">Newsletter abbestellen</a></p>")),
            RuleExample(NewsletterExample.html("<p><a href=\"https://harbourbooks.example/u/8f3a\">配信停止はこちら</a></p>")),
            RuleExample(
                NewsletterExample.html(
                    "<p><a href=\"https://harbourbooks.example/account/email-preferences\">Manage preferences</a></p>")),
            RuleExample(
                NewsletterExample.html(
                    "<p>Not for you? <a href=\"https://harbourbooks.example/unsubscribe?u=8f3a\">Click here</a>.</p>")),
            RuleExample(
                NewsletterExample.html(
                    "<p style=\"display:none\"><a href=\"https://harbourbooks.example/u/1\">Unsubscribe</a></p>\n"
                        + NewsletterExample.unsubscribeLink)),
            RuleExample(
                "From: news@harbourbooks.example\nList-Id: <news.harbourbooks.example>\n\nNew arrivals.\n\nTo unsubscribe, visit:\nhttps://harbourbooks.example/u/8f3a\n"
            ),
            RuleExample(
                "From: news@harbourbooks.example\nList-Id: <news.harbourbooks.example>\n\nNew arrivals.\n--\nLeave the list: mailto:news-leave@harbourbooks.example\n"
            ),
            RuleExample("From: noreply@shop.example\nSubject: Your receipt\n\nOrder 1234: 2 books, 31.80 EUR\n")))

    /// Creates the rule.
    public init() {}

    /// The findings on one message.
    public func check(_ context: LintContext, options: RuleOptions) -> [Finding] {
        // An opt-out link that is there but hidden, tiny, faint or an image is reported by the
        // rule for that fault, with the missing visible link in its evidence: one finding.
        guard context.optOutLinks.isEmpty, !context.textParts.isEmpty, context.htmlIsAnalysedWhole else { return [] }
        var evidence: [Evidence] = []
        let htmlLinks = context.htmlParts.reduce(0) { $0 + $1.analysis.links.count }
        evidence.append(
            Evidence(
                "searched",
                "\(context.textParts.count) text part\(context.textParts.count == 1 ? "" : "s"), \(htmlLinks) HTML link\(htmlLinks == 1 ? "" : "s")"
            ))
        if let wording = Self.optOutWordingWithoutLink(in: context) {
            evidence.append(Evidence("opt-out wording without a link", wording))
        }
        if let field = context.header.first("List-Unsubscribe") {
            evidence.append(
                Evidence(
                    "List-Unsubscribe",
                    "\(field.unfoldedText) (Gmail, Yahoo, Apple and Microsoft want a link in the body too)"))
        }
        let part = context.htmlParts.first?.part ?? context.textParts[0].part
        return [
            Finding(
                .part(part), "bulk mail offers no visible unsubscribe link in its body", evidence: evidence,
                fix:
                    "add a visible link that says what it does (“Unsubscribe”) near the end of every text and HTML part, in a readable size and colour"
            )
        ]
    }

    /// How many runs of text, from the end of each body, are read for opt-out wording.
    static let wordingRunsRead = 2_000

    /// A line that speaks of opting out without linking anywhere ("To unsubscribe, reply with
    /// UNSUBSCRIBE in the subject"), as written and with its line in the file: read from the
    /// end of each body, where footers stand, quoted text left out.
    static func optOutWordingWithoutLink(in context: LintContext) -> String? {
        for body in context.bodyTexts {
            let runs = body.text.runs
            for index in runs.indices.reversed().prefix(wordingRunsRead)
            where !runs[index].isBoundary && !body.quotedRuns.contains(index) {
                let run = runs[index]
                guard OptOutVocabulary.phrase(in: run.text) != nil else { continue }
                let shown = run.text.count > 160 ? String(run.text.prefix(160)) + "…" : run.text
                return "“\(shown)” (line \(body.lines.fileLine(for: run.line)))"
            }
        }
        return nil
    }
}
