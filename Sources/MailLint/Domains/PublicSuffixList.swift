import MailParser

/// The Public Suffix List (publicsuffix.org): which domains the public registers names
/// under ("com", "co.uk", "github.io"), and so which part of a domain one organisation owns.
///
/// DMARC's relaxed alignment (RFC 7489 §3.2) compares organisational domains: the public
/// suffix plus one label. The list ships with MailLint as a package resource
/// (`Resources/public_suffix_list.dat`, MPL 2.0, its version in `version`); both the ICANN
/// and the private sections apply, as in the DMARC implementations in use.
///
/// Rules are matched on lowercase labels as written: a domain in punycode (`xn--…`) meets
/// the list's rules only where those are written in ASCII too.
public struct PublicSuffixList: Sendable {
    /// Rules such as `co.uk`.
    let exact: Set<String>
    /// Wildcard rules such as `*.ck`, by the part after `*.` (`ck`).
    let wildcardParents: Set<String>
    /// Exception rules such as `!www.ck`, without the `!`.
    let exceptions: Set<String>
    /// The list's `// VERSION:` line ("2026-10-22_08-36-41_UTC"), when it has one.
    public let version: String?
    /// Why the bundled list could not be read, for diagnostics; nil when it was read.
    public let loadProblem: String?

    /// The number of rules.
    public var ruleCount: Int { exact.count + wildcardParents.count + exceptions.count }

    /// Reads a list in the publicsuffix.org format: one rule per line, `//` comments.
    public init(bytes: [UInt8]) {
        var exact = Set<String>(minimumCapacity: 12_000)
        var wildcardParents = Set<String>()
        var exceptions = Set<String>()
        var version: String?
        let versionMarker = Array("// VERSION:".utf8)
        var lineStart = 0
        while lineStart < bytes.count {
            let lineEnd = bytes[lineStart...].firstIndex(of: ASCII.lf) ?? bytes.count
            defer { lineStart = lineEnd + 1 }
            var end = lineStart
            while end < lineEnd, bytes[end] > ASCII.space { end += 1 }
            guard end > lineStart else { continue }
            let rule = bytes[lineStart..<end]
            if rule.starts(with: [ASCII.slash, ASCII.slash]) {
                if version == nil, bytes[lineStart..<lineEnd].starts(with: versionMarker) {
                    let value = bytes[(lineStart + versionMarker.count)..<lineEnd].drop { $0 <= ASCII.space }
                    version = String(decoding: value.prefix { $0 > ASCII.space }, as: UTF8.self)
                }
                continue
            }
            // The list is written in lowercase; a rule is decoded once, without copies.
            if rule.first == UInt8(ascii: "!") {
                exceptions.insert(String(decoding: rule.dropFirst(), as: UTF8.self))
            } else if rule.starts(with: [ASCII.asterisk, ASCII.period]) {
                wildcardParents.insert(String(decoding: rule.dropFirst(2), as: UTF8.self))
            } else {
                exact.insert(String(decoding: rule, as: UTF8.self))
            }
        }
        self.exact = exact
        self.wildcardParents = wildcardParents
        self.exceptions = exceptions
        self.version = version
        loadProblem = nil
    }

    /// An empty list, standing in for a bundled list that could not be read: every domain's
    /// public suffix is then its last label (the list's default rule `*`).
    init(missing problem: String) {
        exact = []
        wildcardParents = []
        exceptions = []
        version = nil
        loadProblem = problem
    }

    /// The list shipped with MailLint, read once on first use.
    public static let bundled: PublicSuffixList = {
        switch BundledResource.bytes(named: "public_suffix_list.dat") {
        case .success(let bytes): return PublicSuffixList(bytes: bytes)
        case .failure(let problem): return PublicSuffixList(missing: problem.description)
        }
    }()

    /// How diagnostics cite the list: its version, or why it was not read.
    public var citation: String {
        if let loadProblem { return "not read (\(loadProblem)); the last label was taken as the public suffix" }
        return "publicsuffix.org, version \(version ?? "unknown")"
    }

    /// The number of trailing labels of `domain` that form its public suffix (at least 1,
    /// by the default rule), following the publicsuffix.org algorithm: an exception rule
    /// wins, otherwise the rule with the most labels.
    func publicSuffixLabelCount(_ labels: [Substring]) -> Int {
        var longest = 1
        var suffix = ""
        var parent = ""
        for count in 1...labels.count {
            parent = suffix
            let label = labels[labels.count - count]
            suffix = count == 1 ? String(label) : label + "." + suffix
            if exceptions.contains(suffix) { return count - 1 }
            if exact.contains(suffix) || (count > 1 && wildcardParents.contains(parent)) { longest = count }
        }
        return longest
    }

    /// The public suffix of `domain` ("co.uk" for "shop.example.co.uk").
    public func publicSuffix(of domain: String) -> String {
        let labels = Self.labels(of: domain)
        guard !labels.isEmpty else { return "" }
        return labels.suffix(publicSuffixLabelCount(labels)).joined(separator: ".")
    }

    /// The registrable domain of `domain`: its public suffix and one label more
    /// ("example.co.uk" for "shop.example.co.uk"); nil when the domain is itself a public
    /// suffix or empty.
    public func registrableDomain(of domain: String) -> String? {
        let labels = Self.labels(of: domain)
        guard !labels.isEmpty else { return nil }
        let count = publicSuffixLabelCount(labels)
        guard labels.count > count else { return nil }
        return labels.suffix(count + 1).joined(separator: ".")
    }

    /// The organisational domain DMARC compares (RFC 7489 §3.2): the registrable domain, or
    /// the domain itself when it is a public suffix.
    public func organisationalDomain(of domain: String) -> String {
        let labels = Self.labels(of: domain)
        guard !labels.isEmpty else { return "" }
        return labels.suffix(min(publicSuffixLabelCount(labels) + 1, labels.count)).joined(separator: ".")
    }

    /// The longest domain name, in octets (RFC 1035 §2.3.4; 253 without the root dot).
    static let maxDomainLength = 253

    /// Lowercase labels, without a final root dot; empty labels, or a name longer than
    /// `maxDomainLength`, make the domain invalid (no labels): a header cannot make the
    /// lookup, which builds suffixes label by label, cost more than a real name does.
    static func labels(of domain: String) -> [Substring] {
        guard domain.utf8.count <= maxDomainLength + 1 else { return [] }
        var text = Substring(domain.lowercased())
        if text.hasSuffix(".") { text = text.dropLast() }
        let labels = text.split(separator: ".", omittingEmptySubsequences: false)
        return labels.contains(where: \.isEmpty) ? [] : labels
    }
}
