/// `dkim-not-aligned`: bulk mail whose DKIM signatures are all for another organisation
/// than the From domain.
public struct DKIMNotAlignedRule: Rule {
    /// What the rule is: id, docs, references, options and examples.
    public static let description = RuleDescription(
        id: "dkim-not-aligned",
        summary: "no DKIM-Signature's d= domain is aligned with the From domain",
        rationale: """
            Gmail, Yahoo and Microsoft require bulk senders to pass DMARC: "the domain in the \
            sender's From: header must be aligned with either the SPF domain or the DKIM \
            domain". A message signed only by its sending service (d=esp.example) is not \
            aligned with From: x@shop.example, and then rests on SPF alignment alone, which \
            forwarding breaks. Relaxed alignment (RFC 7489 §3.1.1) compares organisational \
            domains, found with the Public Suffix List MailLint ships; `strict` asks for the \
            same domain, as a DMARC record with adkim=s does. Messages not yet signed are not \
            reported: signing often happens later, in the sending MTA.
            """,
        defaultSeverity: .warning, category: .compliance, appliesTo: [.bulk],
        references: [
            .rfc(7489, "3.1.1", "DKIM-authenticated identifiers"),
            RuleReference("Gmail email sender guidelines", "https://support.google.com/a/answer/81126"),
            RuleReference(
                "Yahoo sender requirements", "https://senders.yahooinc.com/best-practices/"),
        ],
        options: [
            RuleOption(
                "strict", .boolean, default: .bool(false),
                "require the d= domain to be the From domain itself (DMARC adkim=s)")
        ],
        examples: RuleExamples(
            triggering: RuleExample(
                NewsletterExample.headers(
                    "DKIM-Signature: v=1; a=rsa-sha256; ↓d=esp.example; s=s1; h=from:to; bh=A; b=B\n"
                        + NewsletterExample.oneClick)),
            RuleExample(
                NewsletterExample.headers(
                    "DKIM-Signature: v=1; a=rsa-sha256; ↓d=harbourbooks.example.net; s=s1; h=from; bh=A; b=B\n"
                        + NewsletterExample.oneClick)),
            RuleExample(
                NewsletterExample.headers(
                    "DKIM-Signature: v=1; ↓d=esp.example; s=s1; h=from; bh=A; b=B\nDKIM-Signature: v=1; d=bounce.esp.example; s=s2; h=from; bh=A; b=B\n"
                        + NewsletterExample.oneClick)),
            RuleExample(
                "From: Shop <news@shop.co.uk>\nList-Id: <news.shop.co.uk>\nDKIM-Signature: v=1; ↓d=other.co.uk; s=s1; h=from; bh=A; b=B\n\nbody\n"
            ),
            RuleExample(
                "From: Shop <news@shop.example>\nList-Id: <news.shop.example>\nDKIM-Signature: v=1; ↓d=mail.shop.example; s=s1; h=from; bh=A; b=B\n\nbody\n",
                options: ["strict": .bool(true)]),
            passing: RuleExample(
                NewsletterExample.headers(
                    "DKIM-Signature: v=1; a=rsa-sha256; d=harbourbooks.example; s=s1; h=from:to; bh=A; b=B\n"
                        + NewsletterExample.oneClick)),
            RuleExample(
                NewsletterExample.headers(
                    "DKIM-Signature: v=1; d=esp.example; s=s1; h=from; bh=A; b=B\nDKIM-Signature: v=1; d=Mail.HarbourBooks.example; s=s2; h=from; bh=A; b=B\n"
                        + NewsletterExample.oneClick)),
            RuleExample(NewsletterExample.headers(NewsletterExample.oneClick)),
            RuleExample(
                "From: Shop <news@mail.shop.co.uk>\nList-Id: <news.shop.co.uk>\nDKIM-Signature: v=1; d=shop.co.uk; s=s1; h=from; bh=A; b=B\n\nbody\n"
            ),
            RuleExample(
                "From: Ana <ana@example.org>\nTo: ben@example.net\nDKIM-Signature: v=1; d=esp.example; s=s1; h=from; bh=A; b=B\n\nhello\n"
            )))

    /// Creates the rule.
    public init() {}

    /// The findings on one message.
    public func check(_ context: LintContext, options: RuleOptions) -> [Finding] {
        let signatures = context.dkimSignatures.filter { $0.tags.tag("d") != nil }
        guard !signatures.isEmpty else { return [] }
        let list = PublicSuffixList.bundled
        let strict = options.boolean("strict")
        func identifier(_ domain: String) -> String {
            strict ? PublicSuffixList.labels(of: domain).joined(separator: ".") : list.organisationalDomain(of: domain)
        }
        let signers = signatures.map { ($0, identifier($0.domain)) }
        let mode = strict ? "strict" : "relaxed"
        let fromDomains = Set(context.from.mailboxes.compactMap(\.normalizedDomain).filter { !$0.isEmpty })
        var findings: [Finding] = []
        for fromDomain in fromDomains.sorted() {
            let wanted = identifier(fromDomain)
            guard !signers.contains(where: { $0.1 == wanted }) else { continue }
            var evidence = [Evidence("From domain", strict ? fromDomain : "\(fromDomain) (organisational: \(wanted))")]
            for (signature, signer) in signers {
                evidence.append(
                    Evidence("d=", strict ? signature.domain : "\(signature.domain) (organisational: \(signer))"))
            }
            if !strict { evidence.append(Evidence("public suffix list", list.citation)) }
            findings.append(
                Finding(
                    signers[0].0.anchor("d"),
                    "no DKIM signature is aligned with the From domain \(fromDomain) (\(mode) alignment): DMARC rests on SPF alone",
                    evidence: evidence,
                    fix: "sign with d=\(wanted) as well (most sending services offer a custom signing domain)"))
        }
        return findings
    }
}
