/// `dkim-weak`: a DKIM signature with a body length limit or SHA-1.
public struct DKIMWeakRule: Rule {
    /// What the rule is: id, docs, references, options and examples.
    public static let description = RuleDescription(
        id: "dkim-weak",
        summary: "a DKIM-Signature uses an l= body length limit or rsa-sha1",
        rationale: """
            An `l=` tag signs only the first bytes of the body, so anyone can append content \
            (a different link, a different unsubscribe) and the signature still verifies \
            (RFC 6376 §8.2). `rsa-sha1` MUST NOT be used to sign (RFC 8301 §3.1), and \
            receivers increasingly treat it as no signature.
            """,
        defaultSeverity: .warning, category: .compliance,
        references: [
            .rfc(6376, "8.2", "misuse of body length limits"), .rfc(8301, "3.1", "signing algorithms"),
        ],
        examples: RuleExamples(
            triggering: RuleExample(
                "From: a@x.example\nDKIM-Signature: v=1; a=rsa-sha256; d=x.example; s=s1; h=from; ↓l=120; bh=A; b=B\n\nbody\n"
            ),
            RuleExample(
                "From: a@x.example\nDKIM-Signature: v=1; ↓a=rsa-sha1; d=x.example; s=s1; h=from; bh=A; b=B\n\nbody\n"),
            RuleExample(
                "From: a@x.example\nDKIM-Signature: v=1;\n\t↓a = RSA-SHA1; d=x.example; s=s1; h=from; ↓l=0; bh=A; b=B\n\nbody\n"
            ),
            passing: RuleExample(
                "From: a@x.example\nDKIM-Signature: v=1; a=rsa-sha256; d=x.example; s=s1; h=from; bh=A; b=B\n\nbody\n"),
            RuleExample(
                "From: a@x.example\nDKIM-Signature: v=1; a=ed25519-sha256; d=x.example; s=s1; h=from; bh=A; b=B\n\nbody\n"
            ),
            RuleExample("From: a@x.example\nX-Note: l=120; a=rsa-sha1\n\nbody\n")))

    /// Creates the rule.
    public init() {}

    /// The findings on one message.
    public func check(_ context: LintContext, options: RuleOptions) -> [Finding] {
        var findings: [Finding] = []
        for signature in context.dkimSignatures {
            let tags = signature.tags
            if let algorithm = tags.tag("a"), algorithm.value.lowercased() == "rsa-sha1" {
                findings.append(
                    Finding(
                        signature.anchor("a"),
                        "the DKIM signature uses rsa-sha1, which must not be used to sign",
                        evidence: [Evidence("a=", algorithm.value)], fix: "sign with rsa-sha256 (or ed25519-sha256)"))
            }
            if let length = tags.tag("l") {
                findings.append(
                    Finding(
                        signature.anchor("l"),
                        "the DKIM signature covers only the first \(length.value) bytes of the body (l=)",
                        evidence: [Evidence("l=", length.value)],
                        fix: "sign the whole body: drop the l= tag"))
            }
        }
        return findings
    }
}
