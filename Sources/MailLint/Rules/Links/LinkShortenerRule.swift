import MailHTML

/// `link-shortener`: a link through a URL shortener, which hides where it goes.
public struct LinkShortenerRule: Rule {
    /// The shorteners the rule knows by default.
    static let defaultHosts = [
        "bit.ly", "bitly.com", "tinyurl.com", "goo.gl", "t.co", "ow.ly", "is.gd", "v.gd", "buff.ly", "rebrand.ly",
        "cutt.ly", "shorturl.at", "tiny.cc", "bit.do", "lnkd.in", "t.ly", "rb.gy", "s.id", "adf.ly", "bl.ink",
        "short.io", "shorte.st", "tiny.one", "qr.ae", "soo.gd", "clck.ru", "u.to", "dlvr.it", "ift.tt", "trib.al",
    ]

    /// What the rule is: id, docs, references, options and examples.
    public static let description = RuleDescription(
        id: "link-shortener",
        summary: "a link goes through a public URL shortener, which hides where it leads",
        rationale: """
            A shortened link (bit.ly, tinyurl.com, t.co) tells the reader nothing of where it \
            goes, which is why phishing uses them and spam filters score them; a shortener \
            also sees every click, and when it closes or deletes the link, the message's link \
            breaks. A link to your own domain, tracked by your own mail service, says who you \
            are. The rule knows 30 public shorteners (the `hosts` option replaces the list) \
            and reports each shortener once per message, at its first link, with how many \
            links use it; links of HTML parts and URLs of plain-text parts alike.
            """,
        defaultSeverity: .warning, category: .links, appliesTo: [.bulk, .transactional], appliesToTemplates: true,
        references: [
            RuleReference(
                "Google, Email sender guidelines (do not use URL shorteners)",
                "https://support.google.com/a/answer/81126")
        ],
        options: [
            RuleOption(
                "hosts", .stringList, default: .array(defaultHosts.map { .string($0) }),
                "the shortener hosts (a link to one of them or a subdomain of one is reported)")
        ],
        examples: RuleExamples(
            triggering: RuleExample(
                AccessibleExample.html("<p><a href=\"↓https://bit.ly/3xYz\">Our autumn books</a></p>")),
            RuleExample(AccessibleExample.html("<p><a href=\"↓http://tinyurl.com/abc\">Catalogue</a></p>")),
            RuleExample(
                NewsletterExample.headers(NewsletterExample.oneClick) + "Read it at ↓https://t.co/xyz today.\n"),
            RuleExample(
                AccessibleExample.html("<p><a href=\"↓https://go.example.com/x\">x</a></p>"),
                options: ["hosts": .array([.string("example.com")])]),
            RuleExample(
                AccessibleExample.html("<p><a href=\"↓https://BIT.LY/Q\">a</a> <a href=\"https://bit.ly/R\">b</a></p>")),
            passing: RuleExample(
                AccessibleExample.html("<p><a href=\"https://harbourbooks.example/autumn\">Our autumn books</a></p>")),
            RuleExample(AccessibleExample.html("<p><a href=\"https://rabbit.ly.example/x\">x</a></p>")),
            RuleExample(AccessibleExample.html("<p><a href=\"mailto:bit.ly@example.com\">Write</a></p>")),
            RuleExample(
                NewsletterExample.headers(NewsletterExample.oneClick) + "Read bit.ly/abc in the text, not a link.\n"),
            RuleExample(
                AccessibleExample.html("<p><a href=\"https://bit.ly/3xYz\">x</a></p>"), options: ["hosts": .array([])]))
    )

    /// Creates the rule.
    public init() {}

    /// One finding per shortener, at its first link.
    public func check(_ context: LintContext, options: RuleOptions) -> [Finding] {
        let hosts = Set(options.strings("hosts").map { $0.lowercased() })
        guard !hosts.isEmpty else { return [] }
        var found = LinkHostFindings()
        for link in context.links {
            guard let host = link.host?.host, let shortener = Self.shortener(host, in: hosts) else { continue }
            found.note(shortener, link, in: context)
        }
        return found.findings(
            message: { "a link goes through the URL shortener \($0)" }, label: "shortener",
            fix: "link to your own domain; let your mail service track clicks if you need it")
    }

    /// The shortener `host` is, or is a subdomain of, among `hosts`.
    static func shortener(_ host: String, in hosts: Set<String>) -> String? {
        if hosts.contains(host) { return host }
        var rest = host[...]
        while let dot = rest.firstIndex(of: ".") {
            rest = rest[rest.index(after: dot)...]
            if hosts.contains(String(rest)) { return String(rest) }
        }
        return nil
    }
}
