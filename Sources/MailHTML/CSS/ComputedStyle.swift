/// The few computed properties visibility and contrast need, for one element. A plain
/// value (numbers, colours, flags): copying it copies bytes, and the declaration that set
/// each property is kept by the `Cascade` (`Cascade.declaration(setting:on:)`).
public struct ComputedStyle: Sendable, Equatable {
    /// `display: none` (not inherited; every other display value renders).
    public var isDisplayNone = false
    /// `visibility` (inherited).
    public var visibility = CSSVisibility.visible
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
    /// `width` in pixels, when given as a length.
    @CompactLength public var width: Double?
    /// `height` in pixels, when given as a length.
    @CompactLength public var height: Double?
    /// `max-width` in pixels, when given as a length.
    @CompactLength public var maxWidth: Double?
    /// `max-height` in pixels, when given as a length.
    @CompactLength public var maxHeight: Double?
    /// `position` is `absolute` or `fixed`.
    public var isAbsolutelyPositioned = false
    /// `left` in pixels, when given as a length.
    @CompactLength public var left: Double?
    /// `top` in pixels, when given as a length.
    @CompactLength public var top: Double?
    /// `right` in pixels, when given as a length.
    @CompactLength public var right: Double?
    /// `bottom` in pixels, when given as a length.
    @CompactLength public var bottom: Double?
    /// `margin-left` in pixels (also from the `margin` shorthand), when given as a length.
    @CompactLength public var marginLeft: Double?
    /// `margin-top` in pixels (also from the `margin` shorthand), when given as a length.
    @CompactLength public var marginTop: Double?
    /// The `transform` shrinks the element to nothing or moves it off-screen (the
    /// declaration says how: `TransformReading.hiding`).
    public var transformHides = false
    /// `text-indent` in pixels (inherited).
    public var textIndent = 0.0
    /// `clip` or `clip-path` cuts the element to nothing.
    public var clippedToNothing = false
    /// `line-height` is 0.
    public var lineHeightZero = false
    /// `mso-hide: all` (hidden in Outlook for Windows only).
    public var msoHideAll = false

    /// The declaration (an index into `Cascade.declarations`) with a value this engine
    /// cannot evaluate statically (`var()`, `calc()`) on a property that matters; of
    /// several, the one of the first property by name. -1 for none.
    var unresolvedDeclaration: Int32 = -1

    /// The style of the root's parent: initial values.
    public static let initial = ComputedStyle()
}

/// An optional length kept as a plain double, NaN for none: half the size of a `Double?`,
/// and every element has a style with ten of them. (A NaN length never hid anything
/// either: no comparison holds for it.)
@propertyWrapper
public struct CompactLength: Sendable, Equatable {
    private var value: Double

    /// Equal when the same length, or both none (NaN, which no `==` of doubles holds for).
    public static func == (a: Self, b: Self) -> Bool { a.value.bitPattern == b.value.bitPattern }

    /// Keeps `wrappedValue`.
    public init(wrappedValue: Double?) { value = wrappedValue ?? .nan }

    /// The length, or nil.
    public var wrappedValue: Double? {
        get { value.isNaN ? nil : value }
        set { value = newValue ?? .nan }
    }
}

/// The keywords of `visibility`.
public enum CSSVisibility: String, Sendable {
    case visible, hidden, collapse
}

/// The properties whose winning declaration the cascade keeps, for evidence. Shorthands
/// are kept under the longhand they set (`font` as `font-size`), except where the
/// longhand's own name would mislead (`background: inherit` is kept as `background`).
public enum StyleProperty: UInt8, Sendable, CaseIterable, BitwiseCopyable {
    case display, visibility, opacity, fontSize, color, backgroundColor, background, backgroundImage, overflow
    case width, height, maxWidth, maxHeight, left, top, right, bottom, position, textIndent, lineHeight, clip
    case clipPath, msoHide, marginTop, marginLeft, transform

    /// The CSS name: "font-size".
    public var name: String { Self.names[Int(rawValue)] }

    /// The property named `name`, or nil.
    public init?(name: String) {
        guard let index = Self.names.firstIndex(of: name) else { return nil }
        self = Self.allCases[index]
    }

    private static let names = [
        "display", "visibility", "opacity", "font-size", "color", "background-color", "background",
        "background-image", "overflow", "width", "height", "max-width", "max-height", "left", "top", "right", "bottom",
        "position", "text-indent", "line-height", "clip", "clip-path", "mso-hide", "margin-top", "margin-left",
        "transform",
    ]

    /// Whether children inherit the property's computed value.
    var isInherited: Bool {
        switch self {
        case .visibility, .fontSize, .color, .textIndent, .lineHeight: return true
        default: return false
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

    /// The tables above merged, by the atom of a known tag (every tag above is one of
    /// `KnownNames`; any other tag has the plain `Defaults()`).
    static let byKnownAtom: [Defaults] = {
        let tags = hiddenElements.union(fontSizeFactors.keys).union(monospaceElements)
        precondition(tags.isSubset(of: KnownNames.all), "a user-agent style names an unknown tag")
        return KnownNames.table { tag in
            Defaults(
                isHidden: hiddenElements.contains(tag), fontSizeFactor: fontSizeFactors[tag] ?? 1,
                isMonospace: monospaceElements.contains(tag))
        }
    }()
}
