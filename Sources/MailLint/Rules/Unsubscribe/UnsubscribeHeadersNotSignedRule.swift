/// `unsubscribe-headers-not-signed`: no DKIM signature covers the one-click fields.
public struct UnsubscribeHeadersNotSignedRule: Rule {
    /// What the rule is: id, docs, references, options and examples.
    public static let description = RuleDescription(
        id: "unsubscribe-headers-not-signed",
        summary: "no DKIM-Signature lists List-Unsubscribe and List-Unsubscribe-Post in its h= tag",
        rationale: """
            RFC 8058 §4: the List-Unsubscribe and List-Unsubscribe-Post fields "MUST be \
            covered by the signature and included in the h= tag of a valid DKIM-Signature"; \
            without that, receivers "SHOULD NOT offer a one-click unsubscribe", since anyone \
            relaying the message could change where the POST goes. It is the most repeated \
            real failure of one-click unsubscribe: a sending service signs a fixed list of \
            fields and the unsubscribe fields are added outside it. The rule reads the h= tag \
            only; it does not verify signatures.
            """,
        defaultSeverity: .warning, category: .unsubscribe,
        references: [UnsubscribeReferences.rfc8058DKIM, .rfc(6376, "3.5", "the DKIM-Signature h= tag")],
        examples: RuleExamples(
            triggering: RuleExample(
                NewsletterExample.headers(
                    "DKIM-Signature: v=1; a=rsa-sha256; d=harbourbooks.example; s=s1;\n\t↓h=from:to:subject:date; bh=AAAA; b=BBBB\n"
                        + NewsletterExample.oneClick)),
            RuleExample(
                NewsletterExample.headers(
                    "DKIM-Signature: v=1; a=rsa-sha256; d=harbourbooks.example; s=s1; ↓h=From:List-Unsubscribe; bh=A; b=B\n"
                        + NewsletterExample.oneClick)),
            RuleExample(
                NewsletterExample.headers(
                    "DKIM-Signature: v=1; d=harbourbooks.example; s=s1; ↓h=from:list-unsubscribe-post; bh=A; b=B\n"
                        + NewsletterExample.oneClick)),
            RuleExample(
                NewsletterExample.headers(
                    "↓DKIM-Signature: v=1; d=harbourbooks.example; s=s1; bh=A; b=B\n" + NewsletterExample.oneClick)),
            RuleExample(
                NewsletterExample.headers(
                    "DKIM-Signature: v=1; d=esp.example; s=s1; ↓h=from:to; bh=A; b=B\nDKIM-Signature: v=1; d=harbourbooks.example; s=s2; ↓h=from:subject; bh=A; b=B\n"
                        + NewsletterExample.oneClick)),
            RuleExample(
                NewsletterExample.headers(
                    "DKIM-Signature: v=1; d=harbourbooks.example; s=s1; ↓h=from:to:subject; bh=A; b=B\nList-Unsubscribe: <mailto:leave@harbourbooks.example>\n"
                )),
            passing: RuleExample(
                NewsletterExample.headers(
                    "DKIM-Signature: v=1; d=harbourbooks.example; s=s1; h=from:to:subject:list-unsubscribe:list-unsubscribe-post; bh=A; b=B\n"
                        + NewsletterExample.oneClick)),
            RuleExample(NewsletterExample.headers(NewsletterExample.oneClick)),
            // A Post field without List-Unsubscribe: `one-click-unsubscribe-invalid` reports it, once.
            RuleExample(
                "From: news@harbourbooks.example\nDKIM-Signature: v=1; d=harbourbooks.example; s=s1; h=from:to; bh=A; b=B\nList-Unsubscribe-Post: List-Unsubscribe=One-Click\n\nNew arrivals.\n"
            ),
            RuleExample(
                NewsletterExample.headers("DKIM-Signature: v=1; d=harbourbooks.example; s=s1; h=from:to; bh=A; b=B\n")),
            RuleExample(
                NewsletterExample.headers(
                    "DKIM-Signature: v=1; d=esp.example; s=s1; h=from:to; bh=A; b=B\nDKIM-Signature: v=1; d=harbourbooks.example; s=s2; h=From:List-Unsubscribe:List-Unsubscribe-Post; bh=A; b=B\n"
                        + NewsletterExample.oneClick)),
            RuleExample(
                NewsletterExample.headers(
                    "DKIM-Signature: v=1; d=harbourbooks.example; s=s1; h=From : List-Unsubscribe :\n\tList-Unsubscribe-Post; bh=A; b=B\n"
                        + NewsletterExample.oneClick))))

    /// Creates the rule.
    public init() {}

    /// The findings on one message.
    public func check(_ context: LintContext, options: RuleOptions) -> [Finding] {
        // A List-Unsubscribe-Post without List-Unsubscribe is reported by
        // `one-click-unsubscribe-invalid`; signing it would not make one-click work.
        guard context.header.contains("List-Unsubscribe") else { return [] }
        let needed = ["List-Unsubscribe", "List-Unsubscribe-Post"].filter { context.header.contains($0) }
        let signatures = context.dkimSignatures
        guard !signatures.isEmpty else { return [] }
        let missingPerSignature = signatures.map { signature in
            needed.filter { !signature.tags.signedHeaderNames.contains($0.lowercased()) }
        }
        guard !missingPerSignature.contains(where: \.isEmpty) else { return [] }
        return zip(signatures, missingPerSignature).map { signature, missing in
            let tags = signature.tags
            return Finding(
                signature.anchor("h"),
                "the DKIM signature of \(signature.domain) does not cover \(missing.joined(separator: " and ")): one-click unsubscribe will not be offered",
                evidence: [Evidence("h=", tags.tag("h")?.value ?? "(no h= tag)")],
                fix: "add \(missing.joined(separator: " and ")) to the fields the signer signs (h=)")
        }
    }
}
