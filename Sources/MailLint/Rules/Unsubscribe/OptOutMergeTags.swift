import MailParser

/// The merge tags the major senders replace with an unsubscribe link or URL when a template
/// is sent: in a template, each stands for the opt-out link it becomes. Matched on the tag
/// with case and the spaces inside its delimiters ignored (`{{ unsubscribe_url }}` is
/// `{{unsubscribe_url}}`); a tag may carry arguments after its name (`{% unsubscribe
/// 'Leave' %}`).
enum OptOutMergeTags {
    /// One tag as its sender documents it (lowercase, no spaces), its sender, and what the
    /// link it becomes offers.
    struct Tag {
        var text: String
        var sender: String
        var offer: OptOutOffer
    }

    /// The tags.
    static let tags: [Tag] = [
        Tag(text: "*|unsub|*", sender: "Mailchimp", offer: .unsubscribe),
        Tag(text: "*|update_profile|*", sender: "Mailchimp", offer: .preferences),
        Tag(text: "<%asm_group_unsubscribe_raw_url%>", sender: "SendGrid", offer: .unsubscribe),
        Tag(text: "<%asm_global_unsubscribe_raw_url%>", sender: "SendGrid", offer: .unsubscribe),
        Tag(text: "<%asm_preferences_raw_url%>", sender: "SendGrid", offer: .preferences),
        Tag(text: "{{{unsubscribe}}}", sender: "SendGrid", offer: .unsubscribe),
        Tag(text: "{{{pm:unsubscribe}}}", sender: "Postmark", offer: .unsubscribe),
        Tag(text: "%unsubscribe_url%", sender: "Mailgun", offer: .unsubscribe),
        Tag(text: "%tag_unsubscribe_url%", sender: "Mailgun", offer: .unsubscribe),
        Tag(text: "{%unsubscribe%}", sender: "Klaviyo", offer: .unsubscribe),
        Tag(text: "{%manage_preferences%}", sender: "Klaviyo", offer: .preferences),
        Tag(text: "{{unsubscribe_link}}", sender: "HubSpot", offer: .unsubscribe),
        Tag(text: "{{unsubscribe}}", sender: "Brevo", offer: .unsubscribe),
        Tag(text: "{%unsubscribe_url%}", sender: "Customer.io", offer: .unsubscribe),
        Tag(text: "{{unsubscribe_url}}", sender: "generic", offer: .unsubscribe),
    ]

    /// What the name of every tag holds (lowercase ASCII).
    private static let nameParts: [[UInt8]] = [Array("unsub".utf8), Array("pref".utf8), Array("profile".utf8)]

    /// The tags by their normalised text.
    private static let byText: [String: Tag] = Dictionary(
        tags.map { ($0.text, $0) }, uniquingKeysWith: { first, _ in first })

    /// The opt-out tag `text` is (all of it, or a Liquid tag with arguments after its name:
    /// `{% unsubscribe 'Leave' %}`), or nil.
    static func tag(_ text: String) -> Tag? {
        // Every tag opens with `*`, `<`, `{` or `%`: any other text (a URL) is passed over at once.
        guard let first = text.utf8.first(where: { $0 != UInt8(ascii: " ") }),
            first == UInt8(ascii: "*") || first == UInt8(ascii: "<") || first == UInt8(ascii: "{")
                || first == UInt8(ascii: "%"), text.utf8.count <= 80
        else { return nil }
        // Every tag's name holds "unsub" or "pref" or "profile": the many other merge tags of a
        // template (`{{ first_name }}`) are passed over before any string is built.
        let names = text.utf8.withContiguousStorageIfAvailable { bytes in
            Self.nameParts.contains { ASCIISearch.firstOffset(of: $0, in: bytes, from: 0) != nil }
        }
        guard names ?? true else { return nil }
        let lowercased = text.lowercased().drop { $0 == " " }
        let normal = String(lowercased.unicodeScalars.filter { $0 != " " && $0 != "\t" && $0 != "\n" })
        if let tag = byText[normal] { return tag }
        guard normal.hasPrefix("{%"), normal.hasSuffix("%}") else { return nil }
        let words = lowercased.dropFirst(2).dropLast(2).split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard let name = words.first, words.count > 1 else { return nil }
        return byText["{%" + name + "%}"]
    }

    /// How a link recognised by `tag`, written as `written`, is described.
    static func recognisedBy(_ tag: Tag, written: String) -> String {
        "merge tag “\(written)” (\(tag.sender))"
    }
}
