import MailHTML

/// `link-text-domain-mismatch`: a link whose text shows one domain and whose href goes to
/// another.
public struct LinkTextDomainMismatchRule: Rule {
    /// Click-tracking domains of the common mail services, and the link rewriters of mail
    /// security gateways (Proofpoint, Microsoft Safe Links): a link through them goes where
    /// its text says, after a redirect.
    static let defaultTrackingDomains = [
        "list-manage.com", "mailchi.mp", "sendgrid.net", "mandrillapp.com", "mailgun.org", "sparkpostmail.com",
        "hubspotlinks.com", "hs-sites.com", "exct.net", "createsend.com", "cmail19.com", "cmail20.com", "klclick.com",
        "klclick1.com", "rs6.net", "mjt.lu", "sendibt2.com", "sendibt3.com", "awstrack.me", "mlsend.com",
        "convertkit-mail.com", "convertkit-mail2.com", "substack.com", "beehiiv.com", "mkt.com", "cleverreach.com",
        "newsletter2go.com", "amxe.net", "emlnk.com", "mailerlite.com", "getresponse.com", "infusionsoft.com",
        "fairmailing.net", "urldefense.proofpoint.com", "urldefense.com", "safelinks.protection.outlook.com",
    ]

    /// `defaultTrackingDomains` by registered domain, made once.
    static let defaultTracking = Set(defaultTrackingDomains.map(URLHost.registrableDomain))

    /// What the rule is: id, docs, references, options and examples.
    public static let description = RuleDescription(
        id: "link-text-domain-mismatch",
        summary: "a link's text shows one domain and its href goes to another",
        rationale: """
            A link that reads "www.harbourbooks.example" and goes to another domain is what \
            phishing looks like, and what spam filters look for; a reader who checks the \
            address before clicking is misled even when the sender meant no harm. The rule \
            reads the text of every visible link that is itself an address (a URL or a \
            domain name) and compares its domain with the href's, by registered domain \
            (`links.harbourbooks.example` belongs to `harbourbooks.example`; `co.uk` and the \
            like are known). Nothing is followed: it is a static check. Redirects of click \
            tracking go where their text says; the common mail services' tracking domains are \
            allowed (the `tracking-domains` option replaces the list).
            """,
        defaultSeverity: .warning, category: .links, appliesToTemplates: true,
        references: [
            RuleReference("RFC 3986 §3.2.2 (host)", "https://www.rfc-editor.org/rfc/rfc3986#section-3.2.2"),
            RuleReference(
                "Apache SpamAssassin, HTTPS_HTTP_MISMATCH and URI rules",
                "https://spamassassin.apache.org/doc/Mail_SpamAssassin_Conf.html"),
        ],
        options: [
            RuleOption(
                "tracking-domains", .stringList, default: .array(defaultTrackingDomains.map { .string($0) }),
                "click-tracking domains whose redirects are allowed")
        ],
        examples: RuleExamples(
            triggering: RuleExample(
                AccessibleExample.html(
                    "<p>Log in at ↓<a href=\"https://harbour-books.example.net/login\">www.harbourbooks.example</a></p>"
                )),
            RuleExample(
                AccessibleExample.html("<p>↓<a href=\"http://203.0.113.9/pay\">https://paypal.example/pay</a></p>")),
            RuleExample(AccessibleExample.html("<p>↓<a href=\"https://evil.example/\">harbourbooks.example</a></p>")),
            RuleExample(AccessibleExample.html("<p>↓<a href=\"https://shop.example.co.uk/\">shop.other.co.uk</a></p>")),
            RuleExample(
                AccessibleExample.html("<p>↓<a href=\"https://click.list-manage.com/x\">harbourbooks.example</a></p>"),
                options: ["tracking-domains": .array([])]),
            passing: RuleExample(
                AccessibleExample.html(
                    "<p><a href=\"https://www.harbourbooks.example/login\">www.harbourbooks.example</a></p>")),
            RuleExample(
                AccessibleExample.html(
                    "<p><a href=\"https://links.harbourbooks.example/c/1\">harbourbooks.example</a></p>")),
            RuleExample(
                AccessibleExample.html("<p><a href=\"https://click.list-manage.com/x\">harbourbooks.example</a></p>")),
            RuleExample(AccessibleExample.html("<p><a href=\"https://other.example/\">Read the catalogue</a></p>")),
            RuleExample(
                AccessibleExample.html(
                    "<p><a href=\"mailto:shop@harbourbooks.example\">shop@harbourbooks.example</a></p>"))))

    /// Creates the rule.
    public init() {}

    /// One finding per link whose text's domain is not its href's.
    public func check(_ context: LintContext, options: RuleOptions) -> [Finding] {
        let configured = options.strings("tracking-domains")
        let tracking =
            configured == Self.defaultTrackingDomains
            ? Self.defaultTracking : Set(configured.map { URLHost.registrableDomain($0.lowercased()) })
        var findings: [Finding] = []
        for (partIndex, html) in context.htmlParts.enumerated() {
            guard let part = html.part else { continue }
            for link in html.analysis.links {
                guard let shown = Self.shownHost(link.text), link.visibility == .visible,
                    let target = URLHost.of(link.href)?.host
                else { continue }
                let shownDomain = URLHost.registrableDomain(shown)
                let targetDomain = URLHost.registrableDomain(target)
                guard shownDomain != targetDomain, !tracking.contains(targetDomain) else { continue }
                var finding = Finding(
                    .bytes(
                        ElementFindings.startTag(
                            of: link.element, in: context.htmlParts[partIndex], context: context),
                        part: part.path, header: nil),
                    "the link shows \(shownDomain) but goes to \(targetDomain)",
                    evidence: [
                        Evidence("link text", link.text), Evidence("href", link.href),
                        Evidence("domains", "\(shownDomain) shown, \(targetDomain) linked"),
                    ],
                    fix: "make the text name where the link goes, or link to the domain the text shows")
                finding.htmlLine = html.isEncoded ? link.line : nil
                finding.elementPath = html.analysis.tree.elementPath(of: link.element)
                findings.append(finding)
            }
        }
        return findings
    }

    /// The host a link text shows when the whole text is an address: a URL
    /// (`https://x.example/a`) or a domain name (`www.x.example`, `x.example/path`), or nil.
    static func shownHost(_ text: String) -> String? {
        // Most link texts are words: without a dot, none is an address.
        guard text.utf8.count <= 2048,
            text.utf8.withContiguousStorageIfAvailable({ $0.contains(UInt8(ascii: ".")) }) ?? true
        else { return nil }
        var sliced = Substring(text)
        while sliced.first == " " { sliced.removeFirst() }
        while sliced.last == " " || sliced.last == "." { sliced.removeLast() }
        let trimmed = String(sliced)
        guard !trimmed.isEmpty, !trimmed.contains(" "), !trimmed.contains("@") else { return nil }
        if let parts = URLHost.of(trimmed) { return parts.host }
        let host = trimmed.prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" }.lowercased()
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty }),
            labels.allSatisfy({ $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" } }),
            let top = labels.last.map(String.init)
        else { return nil }
        // A file name is not a domain: "www." or a top-level domain people type, never an
        // extension ("report.pdf", "readme.md").
        let isDomain =
            host.hasPrefix("www.") || genericTopLevels.contains(top)
            || (top.count == 2 && top.allSatisfy(\.isLetter) && !fileExtensions.contains(top))
        return isDomain ? host : nil
    }

    /// Top-level domains a link text names a site by.
    static let genericTopLevels: Set<String> = [
        "com", "org", "net", "edu", "gov", "mil", "int", "info", "biz", "app", "dev", "shop", "store", "online",
        "site", "xyz", "tech", "cloud", "email", "news", "blog", "pro", "name", "mobi", "asia", "travel", "example",
        "test",
    ]

    /// Two-letter country codes that are more often file extensions.
    static let fileExtensions: Set<String> = ["md", "sh", "rs", "pl", "py", "ps", "cs", "js", "ts", "gz", "7z"]
}
