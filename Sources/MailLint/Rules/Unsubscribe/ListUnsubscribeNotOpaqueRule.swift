/// `list-unsubscribe-not-opaque`: a List-Unsubscribe URI carries the recipient's address.
public struct ListUnsubscribeNotOpaqueRule: Rule {
    /// What the rule is: id, docs, references, options and examples.
    public static let description = RuleDescription(
        id: "list-unsubscribe-not-opaque",
        summary: "a List-Unsubscribe URI carries the recipient's address in clear instead of an opaque token",
        rationale: """
            RFC 8058 §3.1 asks that the URI identify the recipient and the list with an \
            "opaque, hard-to-forge component". An address in the URI (in clear, \
            percent-encoded or base64-encoded) lets anyone who sees the URI unsubscribe that \
            person from anything, leaks the address to every log and proxy on the way, and \
            invites forged unsubscribe requests. Use a random or signed token instead.
            """,
        defaultSeverity: .info, category: .unsubscribe,
        references: [UnsubscribeReferences.rfc8058],
        examples: RuleExamples(
            triggering: RuleExample(
                NewsletterExample.headers(
                    "List-Unsubscribe: ↓<https://harbourbooks.example/unsub?email=reader@example.com>\n")),
            RuleExample(
                NewsletterExample.headers(
                    "List-Unsubscribe: ↓<https://harbourbooks.example/unsub?e=Reader%40Example.com&l=7>\n")),
            RuleExample(
                NewsletterExample.headers(
                    "List-Unsubscribe: ↓<https://harbourbooks.example/unsub/reader@example.com>\n")),
            RuleExample(
                NewsletterExample.headers(
                    "List-Unsubscribe: <https://harbourbooks.example/u/8f3a>, ↓<mailto:leave@harbourbooks.example?subject=unsubscribe%20reader@example.com>\n"
                )),
            RuleExample(
                NewsletterExample.headers(
                    "List-Unsubscribe: ↓<https://harbourbooks.example/unsub?u=cmVhZGVyQGV4YW1wbGUuY29t>\n")),
            RuleExample(
                "From: news@harbourbooks.example\nList-Unsubscribe: ↓<https://harbourbooks.example/unsub?email=someone%40example.net>\n\nNews\n"
            ),
            passing: RuleExample(NewsletterExample.headers(NewsletterExample.oneClick)),
            RuleExample(NewsletterExample.headers("List-Unsubscribe: <mailto:leave@harbourbooks.example>\n")),
            RuleExample(
                NewsletterExample.headers(
                    "List-Unsubscribe: <https://harbourbooks.example/unsub?list=news@harbourbooks.example&t=9c1d>\n")),
            RuleExample(NewsletterExample.headers("List-Unsubscribe: <https://harbourbooks.example/u/5f0e1a77b2>\n")),
            RuleExample(NewsletterExample.headers("List-Id: <news.harbourbooks.example>\n"))))

    /// Query parameters that name an address when their value holds an `@`.
    static let addressParameters: Set<String> = [
        "email", "e-mail", "e_mail", "mail", "address", "recipient", "subscriber", "user", "e", "em", "to",
    ]

    /// Creates the rule.
    public init() {}

    /// The findings on one message.
    public func check(_ context: LintContext, options: RuleOptions) -> [Finding] {
        let recipients =
            (context.to.mailboxes + AddressParser.parse(context.header.all("Cc")).mailboxes
            + AddressParser.parse(context.header.all("Delivered-To")).mailboxes).map { $0.address.lowercased() }
            .filter { $0.contains("@") }
        var findings: [Finding] = []
        for entry in context.listUnsubscribe.flatMap(\.entries) {
            guard let found = Self.address(in: entry, recipients: recipients) else { continue }
            findings.append(
                Finding(
                    .bytes(entry.range, part: nil, header: "List-Unsubscribe"),
                    "a List-Unsubscribe URI carries the recipient's address \(found.how)",
                    evidence: [Evidence("URI", entry.uri), Evidence("address", found.address)],
                    fix: "identify the recipient with an opaque token (random or signed), not the address"))
        }
        return findings
    }

    /// The recipient address `entry` carries after its host (for mailto: in its query),
    /// and how it is written; nil when there is none.
    static func address(in entry: ListURIField.Entry, recipients: [String]) -> (address: String, how: String)? {
        let uri = entry.uri
        let afterTarget: Substring
        if entry.scheme == "mailto" {
            guard let query = uri.firstIndex(of: "?") else { return nil }
            afterTarget = uri[query...]
        } else {
            let rest = uri.drop { $0 != "/" }.drop { $0 == "/" }
            afterTarget = rest.drop { $0 != "/" && $0 != "?" }
        }
        let decoded = String(decoding: ASCII.percentDecoded(Array(afterTarget.utf8)[...]), as: UTF8.self).lowercased()
        for recipient in recipients {
            if decoded.contains(recipient) {
                return (recipient, afterTarget.lowercased().contains(recipient) ? "in clear" : "percent-encoded")
            }
            for encoded in Base64Text.encodings(of: recipient) where afterTarget.contains(encoded) {
                return (recipient, "base64-encoded (\(encoded))")
            }
        }
        // Without a known recipient: an address in a parameter that names one.
        let query = decoded.drop { $0 != "?" }.dropFirst()
        for pair in query.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1)
            guard parts.count == 2, addressParameters.contains(String(parts[0])), parts[1].contains("@") else {
                continue
            }
            return (String(parts[1]), "in clear (parameter \(parts[0]))")
        }
        return nil
    }
}

/// The base64 forms of a text a URI may carry: standard and URL-safe, without padding.
enum Base64Text {
    static func encodings(of text: String) -> [String] {
        let bytes = Array(text.utf8)
        // The last character of a partial group is left out, and the padding: both depend on
        // what follows the text in the URI.
        let encoded = Base64.encode(bytes).filter { $0 != "=" }
        let stable = String(encoded.dropLast(bytes.count % 3 == 0 ? 0 : 1))
        let urlSafe = String(stable.map { $0 == "+" ? "-" : $0 == "/" ? "_" : $0 })
        return stable == urlSafe ? [stable] : [stable, urlSafe]
    }
}
