/// The few computed properties visibility and contrast need, for one element, each with
/// the declaration that set it (for evidence).
public struct ComputedStyle: Sendable {
    /// `display` (not inherited); only `none` matters here.
    public var display = "inline"
    /// `visibility` (inherited): visible, hidden or collapse.
    public var visibility = "visible"
    /// The element's own `opacity`.
    public var opacity = 1.0
    /// The product of the opacities of the element and its ancestors.
    public var effectiveOpacity = 1.0
    /// Computed `font-size` in CSS pixels (inherited; 16 at the root).
    public var fontSize = 16.0
    /// Computed `color` (inherited).
    public var color = RGBA.black
    /// The element's own `background-color` (not inherited; transparent by default).
    public var backgroundColor = RGBA.transparent
    /// Whether the element has a background image (url() or a gradient).
    public var hasBackgroundImage = false
    /// `overflow` is hidden or clip (on either axis).
    public var overflowHidden = false
    /// `width`, `height`, `max-width`, `max-height` in pixels when given as lengths.
    public var width: Double?
    /// `height` in pixels, when given as a length.
    public var height: Double?
    /// `max-width` in pixels, when given as a length.
    public var maxWidth: Double?
    /// `max-height` in pixels, when given as a length.
    public var maxHeight: Double?
    /// `position`.
    public var position = "static"
    /// `left` and `top` in pixels when given as lengths.
    public var left: Double?
    /// `top` in pixels, when given as a length.
    public var top: Double?
    /// `right` in pixels, when given as a length.
    public var right: Double?
    /// `bottom` in pixels, when given as a length.
    public var bottom: Double?
    /// `margin-left` in pixels (also from the `margin` shorthand), when given as a length.
    public var marginLeft: Double?
    /// `margin-top` in pixels (also from the `margin` shorthand), when given as a length.
    public var marginTop: Double?
    /// What the `transform` does to hide the element ("transform: scale(0)"), or nil.
    public var transformHides: String?
    /// `text-indent` in pixels (inherited).
    public var textIndent = 0.0
    /// `clip` or `clip-path` cuts the element to nothing.
    public var clippedToNothing = false
    /// `line-height` is 0.
    public var lineHeightZero = false
    /// `mso-hide: all` (hidden in Outlook for Windows only).
    public var msoHideAll = false
    /// Values this engine cannot evaluate statically (`var()`, `calc()`) on a property
    /// that matters: property → declaration text.
    public var unresolved: [String: String] = [:]
    /// The declaration that set each property on this element (the winner of its cascade).
    /// Inherited values keep their declaration on the ancestor that set it; see
    /// `VisibilityAnalyzer` for the lookup.
    public var sources = DeclarationSources()

    /// The style of the root's parent: initial values.
    public static let initial = ComputedStyle()
}

/// The declaration that set each property of one element: a short list searched in
/// order (an element sets a handful of properties), where a dictionary would hash every
/// property name of every element.
public struct DeclarationSources: Sendable {
    /// Each property set and its winning declaration (a shorthand's, for the longhands it
    /// sets: `font` for `font-size`), in the order they were recorded.
    public private(set) var entries: [(property: String, declaration: Declaration)] = []

    /// Creates an empty list.
    public init() {}

    /// The declaration that set `property`, or nil; setting replaces it.
    public subscript(property: String) -> Declaration? {
        get { entries.first { $0.property == property }?.declaration }
        set {
            let index = entries.firstIndex { $0.property == property }
            switch (index, newValue) {
            case (let index?, let declaration?): entries[index].declaration = declaration
            case (let index?, nil): entries.remove(at: index)
            case (nil, let declaration?): entries.append((property, declaration))
            case (nil, nil): break
            }
        }
    }
}

/// Default styles browsers give elements (the user-agent style sheet, the parts that
/// change visibility, size or colour).
enum UserAgentStyle {
    /// Elements that are never rendered.
    static let hiddenElements: Set<String> = [
        "head", "style", "script", "title", "meta", "link", "template", "noscript", "base", "area", "map", "param",
    ]
    /// Font-size factors relative to the parent.
    static let fontSizeFactors: [String: Double] = [
        "h1": 2, "h2": 1.5, "h3": 1.17, "h5": 0.83, "h6": 0.67, "small": 0.8333, "sub": 0.8333, "sup": 0.8333,
        "big": 1.2,
    ]
    /// Elements in monospace, whose default size is 13px where the proportional default is
    /// 16px (browsers apply it only to the default size, never to an explicit one).
    static let monospaceElements: Set<String> = ["pre", "code", "tt", "kbd", "samp", "listing", "xmp", "plaintext"]
    /// The colour of a link that no style sets.
    static let linkColor = RGBA(red: 0, green: 0, blue: 0xEE)

    /// What the tables above say of one tag.
    struct Defaults {
        var isHidden = false
        var fontSizeFactor = 1.0
        var isMonospace = false
    }

    /// The tables above by tag, for the tags they name (one lookup per element).
    static let defaults: [String: Defaults] = {
        var table: [String: Defaults] = [:]
        for tag in hiddenElements { table[tag, default: Defaults()].isHidden = true }
        for (tag, factor) in fontSizeFactors { table[tag, default: Defaults()].fontSizeFactor = factor }
        for tag in monospaceElements { table[tag, default: Defaults()].isMonospace = true }
        return table
    }()
}
