import MailHTML

/// A directive in an HTML part or template that turns rules off for the whole message:
/// `<!-- mail-lint-disable RULE-ID[, RULE-ID…]: reason -->`. The reason is required; a
/// directive without one, or naming a rule the linter does not have, suppresses nothing and
/// is reported by `suppression-invalid`.
public struct Suppression: Sendable {
    /// The rules it turns off.
    public var ruleIDs: [String]
    /// Why, as written after the colon; nil when missing.
    public var reason: String?
    /// The directive as written (the comment's text).
    public var text: String
    /// 0-based offset in the message buffer of the `<!--` (of the encoded line holding it
    /// in a quoted-printable or base64 part).
    public var offset: Int
    /// The part it is in.
    public var part: MIMEPart
    /// Its 1-based line in the decoded HTML, when the part is transfer-encoded.
    public var htmlLine: Int?
    /// What is wrong with it, or nil when it is in effect.
    public var problem: String?

    /// The directive's keyword, and the comment's delimiters.
    static let keyword = Array("mail-lint-disable".utf8)
    static let commentOpen = Array("<!--".utf8)
    static let commentClose = Array("-->".utf8)

    /// The directives of every HTML part of `context`, checked against `knownRuleIDs`.
    /// Read from the decoded bytes alone: a lint of header rules only never analyses the HTML.
    static func find(in context: LintContext, knownRuleIDs: Set<String>) -> [Suppression] {
        var found: [Suppression] = []
        for (part, decoded) in context.textParts where part.contentType.subtype == "html" {
            decoded.withBytes { bytes in
                guard ASCIISearch.contains(keyword, in: bytes) else { return }
                found += directives(
                    in: bytes, isEncoded: !part.effectiveTransferEncoding.isIdentity, part: part,
                    offsets: decoded.body, knownRuleIDs: knownRuleIDs)
            }
        }
        return found
    }

    /// The directives of the decoded HTML `bytes` of `part` (`isEncoded`: transfer-encoded).
    private static func directives(
        in bytes: UnsafeBufferPointer<UInt8>, isEncoded: Bool, part: MIMEPart, offsets body: DecodedBody,
        knownRuleIDs: Set<String>
    ) -> [Suppression] {
        var found: [Suppression] = []
        var searchFrom = 0
        while let open = ASCIISearch.firstIndex(of: commentOpen, in: bytes, from: searchFrom) {
            let close = ASCIISearch.firstIndex(of: commentClose, in: bytes, from: open + 4)
            let end = close ?? bytes.count
            searchFrom = close.map { $0 + 3 } ?? bytes.count
            let comment = VisibleText.collapse(String(decoding: bytes[(open + 4)..<end], as: UTF8.self))
            guard comment.hasPrefix("mail-lint-disable") else { continue }
            let line = bytes[..<open].reduce(1) { $1 == ASCII.lf ? $0 + 1 : $0 }
            let parsed = parse(comment)
            var suppression = Suppression(
                ruleIDs: parsed.ruleIDs, reason: parsed.reason, text: comment,
                offset: body.rawOffset(forDecoded: open), part: part,
                htmlLine: isEncoded ? line : nil, problem: parsed.problem)
            if suppression.problem == nil,
                let unknown = suppression.ruleIDs.first(where: { !knownRuleIDs.contains($0) })
            {
                suppression.problem = "names `\(unknown)`, which is not a rule of this linter"
            }
            found.append(suppression)
        }
        return found
    }

    /// Reads the comment text `mail-lint-disable a, b: reason`: the rule ids, the reason,
    /// and what is wrong with it.
    static func parse(_ comment: String) -> (ruleIDs: [String], reason: String?, problem: String?) {
        let rest = comment.dropFirst("mail-lint-disable".count)
        guard rest.first == " " || rest.first == "\t" || rest.first == "\n" || rest.first == "\r" else {
            return ([], nil, "is not a directive MailLint knows (write `mail-lint-disable RULE-ID: reason`)")
        }
        let colon = rest.firstIndex(of: ":")
        let ids = rest[..<(colon ?? rest.endIndex)].split { $0 == "," || $0.isWhitespace }.map(String.init)
        let written = colon.map { VisibleText.collapse(String(rest[rest.index(after: $0)...])) } ?? ""
        let reason = written.isEmpty ? nil : written
        if ids.isEmpty { return (ids, reason, "names no rule (write `mail-lint-disable RULE-ID: reason`)") }
        if reason == nil {
            return (ids, nil, "gives no reason (write `mail-lint-disable \(ids.joined(separator: ", ")): why`)")
        }
        return (ids, reason, nil)
    }
}
