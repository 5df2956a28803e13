/// Finds template placeholders that were never filled in — "Hi {{first_name}}," — in text
/// a reader sees, by the syntaxes of the common template engines and mail senders. One pass
/// over the bytes; a candidate needs a name inside (letters, digits, `_`, `.`, `:`, `-`,
/// spaces for Handlebars and Liquid), so that prices, percentages, footnotes and math stay
/// silent.
enum MergeTagScanner {
    /// One placeholder: its bytes in the text and the syntax it is written in.
    struct Tag: Equatable {
        var range: Range<Int>
        var syntax: String
    }

    /// The most bytes a placeholder spans.
    static let maxLength = 80

    /// The placeholders of `text`, in order, none overlapping.
    static func tags(in text: [UInt8]) -> [Tag] { text.withUnsafeBufferPointer { tags(in: $0) } }

    /// The placeholders of `text` (read in place, without a copy of its bytes).
    static func tags(in text: String) -> [Tag] {
        var text = text
        return text.withUTF8 { tags(in: $0) }
    }

    /// The placeholders of `text`: bytes that cannot open one are passed over by a table.
    static func tags(in text: UnsafeBufferPointer<UInt8>) -> [Tag] {
        var found: [Tag] = []
        var index = 0
        while index < text.count {
            if opensPlaceholder[Int(text[index])], let tag = tag(at: index, in: text) {
                found.append(tag)
                index = tag.range.upperBound
            } else {
                index += 1
            }
        }
        return found
    }

    /// The bytes a placeholder can start with: `{ * $ < [ %`.
    private static let opensPlaceholder: [Bool] = (0..<256).map { "{*$<[%".utf8.contains(UInt8($0)) }

    /// The placeholder that starts at `index`, if one does.
    static func tag(at index: Int, in text: UnsafeBufferPointer<UInt8>) -> Tag? {
        let byte = text[index]
        func next(_ offset: Int) -> UInt8? { index + offset < text.count ? text[index + offset] : nil }
        switch byte {
        case UInt8(ascii: "{"):
            if next(1) == UInt8(ascii: "{") {
                // {{ name }}, {{{ name }}} (closed by as many braces), {{#if x}}, {{> partial}}
                let triple = next(2) == UInt8(ascii: "{")
                return delimited(
                    text, from: index, open: triple ? 3 : 2, close: Array((triple ? "}}}" : "}}").utf8),
                    syntax: "{{ … }} (Handlebars, Mustache, Liquid, Jinja)"
                ) {
                    isName($0) || $0 == 0x20 || $0 == UInt8(ascii: "#") || $0 == UInt8(ascii: "/")
                        || $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "|") || $0 == UInt8(ascii: "\"")
                        || $0 == UInt8(ascii: "'")
                }
            }
            if next(1) == UInt8(ascii: "%") {
                // {% tag %} (Liquid, Jinja, Django)
                return delimited(text, from: index, open: 2, close: Array("%}".utf8), syntax: "{% … %} (Liquid, Jinja)")
                {
                    $0 != UInt8(ascii: "{") && $0 != UInt8(ascii: "}") && $0 >= 0x20
                }
            }
        case UInt8(ascii: "*"):
            // *|FNAME|* (Mailchimp)
            guard next(1) == UInt8(ascii: "|") else { return nil }
            return delimited(text, from: index, open: 2, close: Array("|*".utf8), syntax: "*|…|* (Mailchimp)") {
                isName($0) && !ASCII.isLowercaseLetter($0)
            }
        case UInt8(ascii: "$"):
            // ${name}
            guard next(1) == UInt8(ascii: "{") else { return nil }
            return delimited(text, from: index, open: 2, close: [UInt8(ascii: "}")], syntax: "${…}") { isName($0) }
        case UInt8(ascii: "<"):
            // <%= name %> (ERB, EJS, SendGrid legacy)
            guard next(1) == UInt8(ascii: "%") else { return nil }
            return delimited(text, from: index, open: 2, close: Array("%>".utf8), syntax: "<% … %> (ERB, EJS)") {
                $0 >= 0x20 && $0 != UInt8(ascii: "<") && $0 != UInt8(ascii: ">")
            }
        case UInt8(ascii: "["):
            // [[name]]; a single [NAME] only when it holds an underscore ([FIRST_NAME]).
            if next(1) == UInt8(ascii: "[") {
                return delimited(text, from: index, open: 2, close: Array("]]".utf8), syntax: "[[…]]") {
                    isName($0) || $0 == 0x20
                }
            }
            guard
                let tag = delimited(
                    text, from: index, open: 1, close: [UInt8(ascii: "]")], syntax: "[…]",
                    {
                        isName($0) && !ASCII.isLowercaseLetter($0)
                    })
            else { return nil }
            return text[tag.range].contains(UInt8(ascii: "_")) ? tag : nil
        case UInt8(ascii: "%"):
            // %%name%% (Salesforce Marketing Cloud), %name% (Mailgun, Campaign Monitor): a name
            // with a letter, not after a digit (50%) nor a letter, and not before one.
            if index > 0, ASCII.isAlphanumeric(text[index - 1]) { return nil }
            let double = next(1) == UInt8(ascii: "%")
            let close = double ? Array("%%".utf8) : [UInt8(ascii: "%")]
            guard
                let tag = delimited(
                    text, from: index, open: double ? 2 : 1, close: close,
                    syntax: double ? "%%…%% (Salesforce Marketing Cloud)" : "%…% (Mailgun, Campaign Monitor)",
                    { isName($0) || (double && Self.ampscript.contains($0)) })
            else { return nil }
            let inner = text[(tag.range.lowerBound + (double ? 2 : 1))..<(tag.range.upperBound - close.count)]
            guard inner.contains(where: ASCII.isLetter), !ASCII.isDigit(inner.first ?? 0) else { return nil }
            if tag.range.upperBound < text.count, ASCII.isAlphanumeric(text[tag.range.upperBound]) { return nil }
            // %name% with a single % needs a mark of a field: _ or . (%first_name%, %recipient.name%).
            if !double, !inner.contains(UInt8(ascii: "_")), !inner.contains(UInt8(ascii: ".")) { return nil }
            return tag
        default:
            return nil
        }
        return nil
    }

    /// The placeholder from `start` (its opening `open` bytes long) to the first `close`,
    /// when every byte between is `allowed` and at least one is a letter.
    private static func delimited(
        _ text: UnsafeBufferPointer<UInt8>, from start: Int, open: Int, close: [UInt8], syntax: String,
        _ allowed: (UInt8) -> Bool
    ) -> Tag? {
        var index = start + open
        let limit = min(text.count, start + maxLength)
        var sawLetter = false
        while index + close.count <= limit {
            if text[index..<(index + close.count)].elementsEqual(close) {
                guard sawLetter else { return nil }
                return Tag(range: start..<(index + close.count), syntax: syntax)
            }
            let byte = text[index]
            guard allowed(byte) else { return nil }
            if ASCII.isLetter(byte) { sawLetter = true }
            index += 1
        }
        return nil
    }

    /// Bytes of Salesforce's inline AMPscript besides a name's: `%%=v(@FirstName)=%%`.
    private static let ampscript: Set<UInt8> = Set("=()@,\"' ".utf8)

    /// A byte of a placeholder's name: ASCII letters and digits, `_`, `.`, `:`, `-`.
    private static func isName(_ byte: UInt8) -> Bool {
        ASCII.isAlphanumeric(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
            || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "-")
    }
}
