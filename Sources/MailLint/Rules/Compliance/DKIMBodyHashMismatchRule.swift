/// `dkim-body-hash-mismatch`: the body no longer matches the DKIM signature's body hash.
public struct DKIMBodyHashMismatchRule: Rule {
    static func message(bh: String, canonicalization: String = "relaxed/relaxed", marker: String = "↓") -> String {
        "From: a@x.example\nDKIM-Signature: v=1; a=rsa-sha256; c=\(canonicalization); d=x.example; s=s1; h=from;\n\t\(marker)bh=\(bh); b=B\n\nHello  world \n\n"
    }

    /// What the rule is: id, docs, references, options and examples.
    public static let description = RuleDescription(
        id: "dkim-body-hash-mismatch",
        summary: "the body's hash differs from the DKIM signature's bh=: the body was changed after signing",
        rationale: """
            A DKIM signature carries the hash of the body it signed (bh=). When a footer, a \
            tracking pixel or a rewritten link is added after signing, the hash no longer \
            matches, the signature fails, and with it DMARC (unless SPF aligns): Gmail and \
            Yahoo then reject bulk mail or send it to spam. The rule recomputes the hash with \
            the signature's body canonicalisation and `l=` (RFC 6376 §3.4, §3.7), reading bare \
            line feeds as the CR LF they become on the wire; no DNS is used, so the signature \
            itself is not verified. Signatures with rsa-sha1 are not recomputed (see \
            `dkim-weak`).
            """,
        defaultSeverity: .error, category: .compliance,
        references: [.rfc(6376, "3.7", "computing the message hashes"), .rfc(6376, "3.4", "canonicalization")],
        examples: RuleExamples(
            triggering: RuleExample(message(bh: "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=")),
            RuleExample(message(bh: "frcCV1k9oG9oKj3dpUqdJg1PxRT2RSN/XKdLCPjaYaY=", canonicalization: "simple/simple")),
            RuleExample(
                "From: a@x.example\nDKIM-Signature: v=1; a=rsa-sha256; d=x.example; s=s1; h=from; ↓bh=AAAA; b=B\n\nbody\n"
            ),
            passing: RuleExample(
                message(bh: "yGIXoM91E1DiKjvCBcC8NlWyw54TdfMQ08sdtwtOO4I=", marker: "")),
            RuleExample(
                "From: a@x.example\nDKIM-Signature: v=1; a=rsa-sha256; c=simple/simple; d=x.example; s=s1; h=from; bh=frcCV1k9oG9oKj3dpUqdJg1PxRT2RSN/XKdLCPjaYaY=; b=B\n\n"
            ),
            RuleExample(
                "From: a@x.example\nDKIM-Signature: v=1; a=rsa-sha1; d=x.example; s=s1; h=from; bh=AAAA; b=B\n\nbody\n"),
            RuleExample("From: a@x.example\n\nbody\n")))

    /// Creates the rule.
    public init() {}

    /// The findings on one message.
    public func check(_ context: LintContext, options: RuleOptions) -> [Finding] {
        let message = context.message
        let body = message.bytes[message.root.bodyRange]
        var findings: [Finding] = []
        // Signatures of one message (an ESP's and the author domain's) mostly share their
        // body canonicalisation: each form of the body is hashed once.
        var computedByForm: [String: String] = [:]
        for signature in context.dkimSignatures {
            let tags = signature.tags
            guard let declared = tags.tag("bh"),
                let algorithm = tags.tag("a")?.value.lowercased(),
                algorithm == "rsa-sha256" || algorithm == "ed25519-sha256"
            else { continue }
            let canonicalizationText = tags.tag("c")?.value.lowercased() ?? "simple/simple"
            let bodyPart = canonicalizationText.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
                .first
            let canonicalization = DKIMBodyHash.Canonicalization(rawValue: String(bodyPart ?? "simple")) ?? .simple
            let length = tags.tag("l").flatMap { Int($0.value) }
            let form = "\(canonicalization.rawValue) \(length.map(String.init) ?? "")"
            let computed =
                computedByForm[form]
                ?? Base64.encode(DKIMBodyHash.sha256(body, canonicalization, length: length))
            computedByForm[form] = computed
            guard computed != declared.value else { continue }
            findings.append(
                Finding(
                    signature.anchor("bh"),
                    "the body does not match the DKIM signature of \(signature.domain): it was changed after signing",
                    evidence: [
                        Evidence("bh=", declared.value),
                        Evidence(
                            "computed",
                            "\(computed) (\(canonicalization.rawValue) body canonicalisation\(length.map { ", l=\($0)" } ?? ""))"
                        ),
                    ],
                    fix: "sign the message after the last change to its body (footers, tracking, link rewriting)"))
        }
        return findings
    }
}
