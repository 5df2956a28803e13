/// One DKIM-Signature field of a message with its tag list, read once per message
/// (`LintContext.dkimSignatures`) for every rule that reads signatures.
public struct DKIMSignature {
    /// The field.
    public var field: HeaderField
    /// Its tags.
    public var tags: DKIMTagList

    /// The signing domain (`d=`), or “(no d= tag)” for diagnostics.
    public var domain: String { tags.tag("d")?.value ?? "(no d= tag)" }

    /// Where a finding about tag `name` points: the tag, or the whole field without it.
    public func anchor(_ name: String) -> Finding.Anchor {
        tags.tag(name).map { .bytes($0.range, part: nil, header: field.name) } ?? .header(field)
    }
}
