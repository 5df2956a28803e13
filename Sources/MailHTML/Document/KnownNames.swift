/// The tag and attribute names MailHTML itself asks about, interned first, in this order,
/// in every document's atom table.
///
/// Their atoms are therefore the same in every document (a name's position in `all`): the
/// cascade, the visibility pass and the text reader use them as constants, and keep what
/// they know of a tag (hidden by default, a block, a font-size factor) in tables built once
/// per process and indexed by atom, instead of looking each name up in each document.
enum KnownNames {
    /// The names, each once; a name's atom is its position.
    static let all: [String] = [
        // Attributes.
        "id", "class", "style", "href", "alt", "media", "link", "aria-label",
        "bgcolor", "color", "size", "width", "height", "hidden",
        // Tags.
        "a", "area", "img", "font", "body", "html",
        "head", "script", "title", "meta", "template", "noscript", "base", "map", "param",
        "h1", "h2", "h3", "h4", "h5", "h6", "small", "sub", "sup", "big",
        "pre", "code", "tt", "kbd", "samp", "listing", "xmp", "plaintext",
        "p", "div", "br", "table", "tr", "td", "th", "li", "ul", "ol", "blockquote", "section", "article",
        "header", "footer", "hr", "center", "tbody", "thead", "tfoot", "dl", "dt", "dd", "address", "form", "nav",
        "main", "aside", "figure", "figcaption",
    ]

    /// An atom table holding `all` and nothing else: each document's table starts as a copy.
    static let table: AtomTable = {
        var table = AtomTable()
        for name in all { _ = table.intern(name) }
        precondition(table.count == all.count, "a known name is listed twice")
        return table
    }()

    /// The atom of `name`, which must be one of `all`.
    static func atom(_ name: String) -> Int32 {
        guard let position = all.firstIndex(of: name) else { preconditionFailure("\(name) is not a known name") }
        return Int32(position)
    }

    /// A table indexed by atom with `value(name)` for each known name; an atom beyond the
    /// known names has no entry (`value(in:at:fallback:)` gives the fallback for it).
    static func table<Value>(_ value: (String) -> Value) -> [Value] { all.map(value) }

    /// The entry of `table` (made by `table(_:)`) for `atom`, or `fallback` for an atom
    /// that is not a known name.
    @inline(__always)
    static func value<Value>(in table: [Value], at atom: Int32, fallback: Value) -> Value {
        atom >= 0 && Int(atom) < table.count ? table[Int(atom)] : fallback
    }

    // The atoms the analyses test by name.
    static let id = atom("id")
    static let `class` = atom("class")
    static let style = atom("style")
    static let href = atom("href")
    static let alt = atom("alt")
    static let a = atom("a")
    static let area = atom("area")
    static let img = atom("img")
    static let ariaLabel = atom("aria-label")
    static let title = atom("title")
    static let font = atom("font")
}
