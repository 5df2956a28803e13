/// `dkim-from-not-signed`: a DKIM signature whose `h=` does not list From.
public struct DKIMFromNotSignedRule: Rule {
    /// What the rule is: id, docs, references, options and examples.
    public static let description = RuleDescription(
        id: "dkim-from-not-signed",
        summary: "a DKIM-Signature's h= tag does not list the From field",
        rationale: """
            RFC 6376 §5.4: "The From header field MUST be signed". Verifiers treat a \
            signature that does not cover From as invalid, so DMARC fails on DKIM and the \
            message depends on SPF alone. The rule reads the tag list only; it does not \
            verify the signature.
            """,
        defaultSeverity: .error, category: .compliance,
        references: [.rfc(6376, "5.4", "determine the header fields to sign")],
        examples: RuleExamples(
            triggering: RuleExample(
                "From: a@x.example\nDKIM-Signature: v=1; a=rsa-sha256; d=x.example; s=s1; ↓h=to:subject:date; bh=A; b=B\n\nbody\n"
            ),
            RuleExample(
                "From: a@x.example\nDKIM-Signature: v=1; d=x.example; s=s1;\n\t↓h=Sender:To; bh=A; b=B\n\nbody\n"),
            RuleExample("From: a@x.example\n↓DKIM-Signature: v=1; d=x.example; s=s1; bh=A; b=B\n\nbody\n"),
            passing: RuleExample(
                "From: a@x.example\nDKIM-Signature: v=1; d=x.example; s=s1; h=from:to; bh=A; b=B\n\nbody\n"),
            RuleExample("From: a@x.example\nDKIM-Signature: v=1; d=x.example; s=s1; h=To : FROM; bh=A; b=B\n\nbody\n"),
            RuleExample("From: a@x.example\n\nbody\n")))

    /// Creates the rule.
    public init() {}

    /// The findings on one message.
    public func check(_ context: LintContext, options: RuleOptions) -> [Finding] {
        context.dkimSignatures.compactMap { signature in
            guard !signature.tags.signedHeaderNames.contains("from") else { return nil }
            return Finding(
                signature.anchor("h"), "the DKIM signature of \(signature.domain) does not cover From",
                evidence: [Evidence("h=", signature.tags.tag("h")?.value ?? "(no h= tag)")],
                fix: "sign From (add it to h=); sign it twice to keep a second From from being added")
        }
    }
}
