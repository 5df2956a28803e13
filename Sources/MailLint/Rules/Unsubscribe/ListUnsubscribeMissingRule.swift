/// `list-unsubscribe-missing`: bulk mail without a List-Unsubscribe field.
public struct ListUnsubscribeMissingRule: Rule {
    /// What the rule is: id, docs, references, options and examples.
    public static let description = RuleDescription(
        id: "list-unsubscribe-missing",
        summary: "bulk mail has no List-Unsubscribe field",
        rationale: """
            Applies to bulk mail only. Gmail, Yahoo and Microsoft require bulk and marketing \
            mail to carry a List-Unsubscribe field: it is what puts the Unsubscribe button at \
            the top of the message, so a reader can leave without hunting for a link or \
            marking the mail as spam (which hurts the sender more). Gmail wants an HTTPS URI \
            with RFC 8058 one-click unsubscribe; Yahoo also accepts mailto. The message's kind \
            and the signals that decided it are shown with each diagnostic; override it with \
            `kind` in the configuration or `--kind`.
            """,
        defaultSeverity: .error, category: .unsubscribe, appliesTo: [.bulk],
        references: [
            UnsubscribeReferences.gmail, UnsubscribeReferences.yahoo, UnsubscribeReferences.microsoft,
            UnsubscribeReferences.rfc2369,
        ],
        examples: RuleExamples(
            triggering: RuleExample("↓From: news@harbourbooks.example\nList-Id: <news.harbourbooks.example>\n\nNews\n"),
            RuleExample("↓From: news@harbourbooks.example\nPrecedence: bulk\n\nNews\n"),
            RuleExample("↓From: news@harbourbooks.example\nFeedback-ID: 42:spring:harbour:esp\n\nNews\n"),
            RuleExample(
                "↓From: news@harbourbooks.example\nContent-Type: text/html\n\n<p>Sale!</p>\n<p><a href=\"https://harbourbooks.example/unsubscribe?u=8f3a\">Unsubscribe</a></p>\n"
            ),
            RuleExample(
                "↓From: news@harbourbooks.example\nContent-Type: text/html\n\n<p><a href=\"https://harbourbooks.example/web/42\">View this email in your browser</a></p>\n<p>Sale!</p>\n"
            ),
            RuleExample("↓From: ana@harbourbooks.example\n\nSpring sale\n", kind: .bulk),
            passing: RuleExample(NewsletterExample.headers(NewsletterExample.oneClick)),
            RuleExample("From: Ana <ana@example.org>\nTo: ben@example.net\n\nLunch on Friday?\n"),
            RuleExample("From: noreply@shop.example\nSubject: Your receipt\n\nOrder 1234: 2 books, 31.80 EUR\n"),
            RuleExample(
                "From: ana@example.org\nIn-Reply-To: <1@example.net>\n\n> View this email in your browser\nFunny newsletter!\n"
            ),
            RuleExample(
                "From: news@harbourbooks.example\nList-Id: <news.harbourbooks.example>\n\nNews\n", kind: .personal)))

    /// Creates the rule.
    public init() {}

    /// The findings on one message.
    public func check(_ context: LintContext, options: RuleOptions) -> [Finding] {
        guard !context.header.contains("List-Unsubscribe") else { return [] }
        var evidence: [Evidence] = []
        if let link = context.optOutLinks.first(where: \.isVisible) {
            evidence.append(
                Evidence("body opt-out link", "\(link.href) (the button in the mail client needs the header)"))
        }
        return [
            Finding(
                .message, "bulk mail has no List-Unsubscribe field", evidence: evidence,
                fix:
                    "add `List-Unsubscribe: <https://…/one-click-token>, <mailto:…>` and `List-Unsubscribe-Post: List-Unsubscribe=One-Click`, both signed by DKIM"
            )
        ]
    }
}
