import MailHTML
import MailLint

/// What `mail-lint inspect --links` says about one link (Docs/OutputFormats.md).
enum LinkDescription {
    static func json(_ link: Link, in html: HTMLPart, file: String, messageIndex: Int?) -> JSONValue {
        var reasons: [String] = []
        if case .hidden(let hidden) = link.visibility { reasons = hidden.map(\.description) }
        if case .undetermined(let why) = link.visibility { reasons = [why] }
        return .object([
            ("file", .string(file)),
            ("message_index", .optional(messageIndex)),
            ("part", .optional(html.part?.path.description)),
            ("href", .string(link.href)),
            ("text", .string(link.text)),
            ("image_only", .bool(link.imageOnly)),
            ("alt", link.alt.isEmpty ? .null : .string(link.alt)),
            ("visible", .string(link.visibility.name)),
            ("reasons", .array(reasons.map(JSONValue.string))),
            ("hidden_in_outlook", .array(link.hiddenInOutlook.map { .string($0.description) })),
            ("font_size_px", link.fontSize.map { .double(($0 * 100).rounded() / 100) } ?? .null),
            ("color", .optional(link.color?.hex)),
            ("background", .optional(link.background?.hex)),
            ("contrast", link.contrast.map { .double(($0 * 100).rounded() / 100) } ?? .null),
            ("html_line", .int(link.line)),
            ("line", .int(html.fileLine(forHTMLLine: link.line))),
            ("element_path", .string(html.analysis.tree.elementPath(of: link.element))),
        ])
    }

    static func text(_ link: Link, in html: HTMLPart) -> String {
        var out = "  \(link.visibility.name.padding(12)) \(link.href)\n"
        out += "      text: \"\(link.text)\"" + (link.alt.isEmpty ? "" : "  alt: \"\(link.alt)\"") + "\n"
        var facts = ["line \(html.fileLine(forHTMLLine: link.line))"]
        if html.isEncoded || html.part == nil { facts.append("html line \(link.line)") }
        if let size = link.fontSize { facts.append("\(CSSFormat.number(size))px") }
        if let color = link.color, let background = link.background, let contrast = link.contrast {
            facts.append("\(color.hex) on \(background.hex), contrast \(CSSFormat.number(contrast)):1")
        }
        out += "      " + facts.joined(separator: ", ") + "\n"
        if case .hidden(let reasons) = link.visibility {
            for reason in reasons { out += "      hidden by: \(reason)\n" }
        }
        if case .undetermined(let why) = link.visibility { out += "      undetermined: \(why)\n" }
        for reason in link.hiddenInOutlook { out += "      hidden by: \(reason)\n" }
        return out
    }
}

/// Numbers printed with at most two decimals.
enum CSSFormat {
    static func number(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
