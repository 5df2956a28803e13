/// `link-to-ip-address`: a link whose host is an IP address instead of a domain name.
public struct LinkToIPAddressRule: Rule {
    /// What the rule is: id, docs, references, options and examples.
    public static let description = RuleDescription(
        id: "link-to-ip-address",
        summary: "a link goes to an IP address instead of a domain name",
        rationale: """
            A link to http://203.0.113.5/ tells the reader nothing about whose server it is, \
            which is why phishing uses them and spam filters score them; it breaks when the \
            server moves; and a link to a private or loopback address (10.x, 192.168.x, \
            127.x) never works for a reader at all. The rule reads the links of every HTML \
            part and the URLs of every plain-text part, and reports each host that is a \
            dotted IPv4 address, an IPv6 literal or a single number (which browsers also read \
            as an IPv4 address) once, at its first link, with how many links go to it.
            """,
        defaultSeverity: .warning, category: .links,
        references: [
            RuleReference("RFC 3986 §3.2.2 (host)", "https://www.rfc-editor.org/rfc/rfc3986#section-3.2.2"),
            RuleReference("RFC 1918 (private addresses)", "https://www.rfc-editor.org/rfc/rfc1918"),
        ],
        examples: RuleExamples(
            triggering: RuleExample("From: a@x.example\nSubject: x\n\nLog in at ↓http://192.0.2.10/login today.\n"),
            RuleExample(
                "From: a@x.example\nSubject: x\nContent-Type: text/html\n\n<p><a href=\"↓http://203.0.113.5/offer\">Our offer</a></p>\n"
            ),
            RuleExample(
                "From: a@x.example\nSubject: x\nContent-Type: text/html\n\n<p><a href=\"↓https://[2001:db8::1]/account\">Your account</a></p>\n"
            ),
            RuleExample("From: a@x.example\nSubject: x\n\nSee ↓http://3405803786/ for details.\n"),
            RuleExample("From: a@x.example\nSubject: x\n\nReports: ↓https://user@198.51.100.7:8443/r\n"),
            passing: RuleExample("From: a@x.example\nSubject: x\n\nSee https://example.com/offer today.\n"),
            RuleExample("From: a@x.example\nSubject: x\n\nSee https://1.example.com/ and https://123.example/.\n"),
            RuleExample("From: a@x.example\nSubject: x\n\nVersion 1.2.3.4 was released.\n"),
            RuleExample("From: a@x.example\nSubject: x\n\nhttps://example.com/path/192.168.0.1?ip=10.0.0.1\n"),
            RuleExample(
                "From: a@x.example\nSubject: x\nContent-Type: text/html\n\n<p><a href=\"mailto:ops@example.com\">10.0.0.1</a></p>\n"
            )))

    /// Creates the rule.
    public init() {}

    /// One finding per IP host, at its first link, with how many links go to it.
    public func check(_ context: LintContext, options: RuleOptions) -> [Finding] {
        var found = LinkHostFindings()
        for link in context.links where link.host != nil {
            guard let host = NumericHost.of(link.url) else { continue }
            found.note(host, link, in: context)
        }
        return found.findings(
            message: { "a link goes to the IP address \($0)" }, label: "host", countLabel: "links to it",
            fix: "link to a name of your own domain that readers recognise")
    }
}
