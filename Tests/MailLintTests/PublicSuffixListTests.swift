import Testing

@testable import MailLint

/// The Public Suffix List algorithm (publicsuffix.org/list: the prevailing rule is an
/// exception, else the longest match, else `*`), on a list written here and on the list
/// MailLint ships.
struct PublicSuffixListTests {
    static let small = PublicSuffixList(
        bytes: Array(
            """
            // VERSION: 2026-01-01_00-00-00_UTC
            // ===BEGIN ICANN DOMAINS===
            com
            uk
            co.uk
            *.ck
            !www.ck
            jp
            *.kobe.jp
            !city.kobe.jp
            // ===BEGIN PRIVATE DOMAINS===
            github.io   trailing text is ignored
            """.utf8))

    @Test func readsRulesAndVersion() {
        #expect(Self.small.version == "2026-01-01_00-00-00_UTC")
        #expect(Self.small.ruleCount == 9)
        #expect(Self.small.loadProblem == nil)
    }

    @Test(arguments: [
        ("example.com", "example.com"), ("www.example.com", "example.com"), ("a.b.example.com", "example.com"),
        ("shop.co.uk", "shop.co.uk"), ("mail.shop.co.uk", "shop.co.uk"), ("nhs.uk", "nhs.uk"),
        ("foo.bar.ck", "foo.bar.ck"), ("www.ck", "www.ck"), ("a.www.ck", "www.ck"),
        ("x.y.kobe.jp", "x.y.kobe.jp"), ("city.kobe.jp", "city.kobe.jp"), ("a.city.kobe.jp", "city.kobe.jp"),
        ("me.github.io", "me.github.io"), ("EXAMPLE.COM.", "example.com"),
        // Not in the list: the default rule `*` makes the last label the suffix.
        ("harbourbooks.example", "harbourbooks.example"), ("mail.harbourbooks.example", "harbourbooks.example"),
    ])
    func registrableDomain(_ domain: String, _ expected: String) {
        #expect(Self.small.registrableDomain(of: domain) == expected, "\(domain)")
    }

    @Test(arguments: ["com", "co.uk", "bar.ck", "github.io", "", "a..com", "."])
    func publicSuffixesAndInvalidDomainsHaveNoRegistrableDomain(_ domain: String) {
        #expect(Self.small.registrableDomain(of: domain) == nil, "\(domain)")
    }

    @Test func namesLongerThanDNSAllowsAreInvalid() {
        let longest = String(repeating: "a.", count: 125) + "com"  // 253 octets
        #expect(Self.small.registrableDomain(of: longest) == "a.com")
        let tooLong = String(repeating: "a.", count: 50_000) + "com"
        #expect(Self.small.registrableDomain(of: tooLong) == nil)
        #expect(Self.small.organisationalDomain(of: tooLong) == "")
    }

    @Test func organisationalDomainOfASuffixIsTheSuffix() {
        #expect(Self.small.organisationalDomain(of: "co.uk") == "co.uk")
        #expect(Self.small.publicSuffix(of: "a.b.kobe.jp") == "b.kobe.jp")
        #expect(Self.small.publicSuffix(of: "a.city.kobe.jp") == "kobe.jp")
    }

    @Test func theBundledListIsReadWithItsVersion() throws {
        let list = PublicSuffixList.bundled
        #expect(list.loadProblem == nil, "\(list.loadProblem ?? "")")
        #expect(list.ruleCount > 9_000)
        let version = try #require(list.version)
        #expect(version.hasPrefix("20"))
        #expect(list.citation.contains(version))
        // ICANN and private sections, wildcard and exception rules of the real list.
        #expect(list.registrableDomain(of: "mail.shop.co.uk") == "shop.co.uk")
        #expect(list.registrableDomain(of: "news.example.com.au") == "example.com.au")
        #expect(list.registrableDomain(of: "mail.example.de") == "example.de")
        #expect(list.registrableDomain(of: "me.github.io") == "me.github.io")
        #expect(list.registrableDomain(of: "a.b.nom.br") == "a.b.nom.br")
        #expect(list.registrableDomain(of: "www.ck") == "www.ck")
        #expect(list.registrableDomain(of: "com.au") == nil)
    }

    @Test func aMissingListLeavesTheDefaultRuleAndSaysWhy() {
        let list = PublicSuffixList(missing: "not found in /nowhere")
        #expect(list.registrableDomain(of: "mail.shop.co.uk") == "co.uk")
        #expect(list.citation.contains("not found in /nowhere"))
    }

    /// The link rules compare hosts by the same list: one owner's subdomains are one domain,
    /// two users of a shared host are two.
    @Test func linkHostsAreComparedByTheBundledList() {
        #expect(URLHost.registrableDomain("click.shop.example.co.uk") == "example.co.uk")
        #expect(URLHost.registrableDomain("news.example.com") == "example.com")
        #expect(URLHost.registrableDomain("alice.github.io") != URLHost.registrableDomain("mallory.github.io"))
    }
}
