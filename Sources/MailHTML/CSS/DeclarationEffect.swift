/// What one declaration does to a computed style, read from its tokens once per
/// declaration (a sheet's or a `style` attribute's declaration applies to many elements):
/// applying it is then a switch on numbers and colours, with no token read again.
enum DeclarationEffect: Sendable {
    /// Nothing: a value this engine does not read.
    case none
    /// `inherit`, `initial`, `unset` or `revert` on a property `StyleResolver` knows.
    case wideKeyword(WideKeyword, StyleProperty?)
    /// `var()`, `calc()` or `env()`: not evaluated; `matters` when visibility depends on it.
    case unresolved(matters: Bool)
    case display(isNone: Bool)
    case visibility(CSSVisibility)
    case opacity(Double)
    case fontSize(FontSizeValue)
    case color(RGBA)
    case backgroundColor(RGBA)
    /// The `background` shorthand: a colour (recorded as `background-color`), whether it
    /// clears the image (`none`, `transparent`) and whether it sets one.
    case background(color: RGBA?, clearsImage: Bool, setsImage: Bool)
    case backgroundImage(Bool)
    case overflowHidden(Bool)
    /// A length property; nil for a value that is not a length (it resets the property).
    case length(LengthProperty, LengthValue?)
    /// The `margin` shorthand's top and left.
    case margin(top: LengthValue?, left: LengthValue?)
    case transform(hides: Bool)
    case position(isAbsolute: Bool)
    case textIndent(LengthValue)
    case lineHeight(LengthValue)
    case lineHeightNormal
    case clip(toNothing: Bool)
    case clipPath(toNothing: Bool)
    case msoHideAll

    /// The length properties, each with its place in `ComputedStyle`.
    enum LengthProperty: Sendable {
        case width, height, maxWidth, maxHeight, left, top, right, bottom, marginLeft, marginTop

        var styleProperty: StyleProperty {
            switch self {
            case .width: return .width
            case .height: return .height
            case .maxWidth: return .maxWidth
            case .maxHeight: return .maxHeight
            case .left: return .left
            case .top: return .top
            case .right: return .right
            case .bottom: return .bottom
            case .marginLeft: return .marginLeft
            case .marginTop: return .marginTop
            }
        }

        func assign(_ value: Double?, to style: inout ComputedStyle) {
            switch self {
            case .width: style.width = value
            case .height: style.height = value
            case .maxWidth: style.maxWidth = value
            case .maxHeight: style.maxHeight = value
            case .left: style.left = value
            case .top: style.top = value
            case .right: style.right = value
            case .bottom: style.bottom = value
            case .marginLeft: style.marginLeft = value
            case .marginTop: style.marginTop = value
            }
        }
    }

    /// The CSS-wide keywords (CSS Cascade §7.3).
    enum WideKeyword: String, Sendable {
        case inherit, initial, unset, revert
    }

    /// The properties whose `var()`/`calc()` values make visibility undetermined.
    static let evaluatedProperties: Set<String> = [
        "display", "visibility", "opacity", "font-size", "color", "background-color", "background", "max-height",
        "height", "text-indent", "left", "top",
    ]

    /// Reads `declaration` (one of the properties `StyleResolver` computes).
    init(_ declaration: Declaration) {
        guard let property = declaration.computed else {
            self = .none
            return
        }
        // (Most values are one token: the copy without white space is made only when needed.)
        let value =
            declaration.value.contains(.whitespace) ? declaration.value.filter { $0 != .whitespace } : declaration.value
        let keyword: String? = {
            if value.count == 1, case .ident(let word) = value[0] { return word.lowercased() }
            return nil
        }()
        if let keyword, let wide = WideKeyword(rawValue: keyword) {
            self = .wideKeyword(wide, StyleProperty(name: declaration.property))
            return
        }
        let hasFunction = value.contains {
            if case .function(let name) = $0 { return name == "var" || name == "calc" || name == "env" }
            return false
        }
        if hasFunction {
            self = .unresolved(matters: Self.evaluatedProperties.contains(declaration.property))
            return
        }
        self = Self.read(property, value, keyword, declaration.value)
    }

    private static func read(_ property: ComputedProperty, _ value: [CSSToken], _ keyword: String?, _ raw: [CSSToken])
        -> DeclarationEffect
    {
        func length(_ target: LengthProperty) -> DeclarationEffect { .length(target, LengthValue(value)) }
        switch property {
        case .display: return keyword.map { .display(isNone: $0 == "none") } ?? .none
        case .visibility: return keyword.flatMap(CSSVisibility.init(rawValue:)).map { .visibility($0) } ?? .none
        case .opacity: return number(value).map { .opacity(min(1, max(0, $0))) } ?? .none
        case .fontSize: return FontSizeValue(value).map { .fontSize($0) } ?? .none
        case .font:
            // The shorthand's size is the token before an optional "/line-height" and the family.
            for token in value { if let size = FontSizeValue([token]) { return .fontSize(size) } }
            return .none
        case .color:
            if case .rgba(let color) = CSSColor.parse(raw) { return .color(color) }
            return .none
        case .backgroundColor:
            if case .rgba(let color) = CSSColor.parse(raw) { return .backgroundColor(color) }
            return .none
        case .background:
            // A colour anywhere in the shorthand (the last one read), and whether an image is given.
            var color: RGBA?
            var sawImage = false
            for (index, token) in value.enumerated() {
                if case .url = token { sawImage = true }
                if case .function(let name) = token, name.contains("gradient") || name == "url" || name == "image-set" {
                    sawImage = true
                }
                if case .rgba(let found) = CSSColor.parse(Array(value[index...])) { color = found }
            }
            let clears = keyword == "none" || keyword == "transparent"
            if clears { color = .transparent }
            return .background(color: color, clearsImage: clears, setsImage: sawImage)
        case .backgroundImage: return .backgroundImage(keyword != "none")
        case .overflow, .overflowX, .overflowY:
            return keyword.map { .overflowHidden($0 == "hidden" || $0 == "clip") } ?? .none
        case .width: return length(.width)
        case .height: return length(.height)
        case .maxWidth: return length(.maxWidth)
        case .maxHeight: return length(.maxHeight)
        case .left: return length(.left)
        case .top: return length(.top)
        case .right: return length(.right)
        case .bottom: return length(.bottom)
        case .marginLeft: return length(.marginLeft)
        case .marginTop: return length(.marginTop)
        case .margin:
            // 1 to 4 values: top, then right, bottom, left (CSS Box §6.1).
            guard (1...4).contains(value.count) else { return .none }
            let lengths = value.map { LengthValue([$0]) }
            return .margin(
                top: lengths[0],
                left: lengths.count == 4 ? lengths[3] : lengths.count >= 2 ? lengths[1] : lengths[0])
        case .transform: return .transform(hides: TransformReading.hiding(value) != nil)
        case .position: return keyword.map { .position(isAbsolute: $0 == "absolute" || $0 == "fixed") } ?? .none
        case .textIndent: return LengthValue(value).map { .textIndent($0) } ?? .none
        case .lineHeight:
            if let number = number(value) { return .lineHeight(.pixels(number)) }
            if let length = LengthValue(value) { return .lineHeight(length) }
            return keyword == "normal" ? .lineHeightNormal : .none
        case .clip:
            let numbers = value.compactMap { token -> Double? in
                if case .dimension(let n, _) = token { return n }
                if case .number(let n) = token { return n }
                return nil
            }
            guard case .function("rect") = value.first, numbers.count == 4 else { return .none }
            return .clip(toNothing: numbers[0] >= numbers[2] || numbers[3] >= numbers[1])
        case .clipPath:
            guard case .function("inset") = value.first,
                let amount = value.compactMap({ token -> Double? in
                    if case .percentage(let n) = token { return n }
                    return nil
                }).first
            else { return .none }
            return .clipPath(toNothing: amount >= 50)
        case .msoHide: return keyword == "all" ? .msoHideAll : .none
        }
    }

    /// A unitless number, or a percentage as a fraction.
    static func number(_ value: [CSSToken]) -> Double? {
        guard value.count == 1 else { return nil }
        switch value[0] {
        case .number(let number): return number
        case .percentage(let number): return number / 100
        default: return nil
        }
    }
}

/// A CSS length as read (CSS Values §6): pixels, or a multiple of the font size
/// (`em`, `ex`, `ch`), resolved when the element's font size is known.
enum LengthValue: Sendable {
    case pixels(Double)
    /// `number × font size / divisor`.
    case fontRelative(Double, divisor: Double)

    /// The length of a one-token value: px, pt, pc, in, cm, mm, em, rem, ex, ch, and 0.
    init?(_ value: [CSSToken]) {
        guard value.count == 1 else { return nil }
        switch value[0] {
        case .number(let number) where number == 0: self = .pixels(0)
        case .percentage(let number) where number == 0: self = .pixels(0)
        case .dimension(let number, let unit):
            switch unit {
            case "px": self = .pixels(number)
            case "pt": self = .pixels(number * 4 / 3)
            case "pc": self = .pixels(number * 16)
            case "in": self = .pixels(number * 96)
            case "cm": self = .pixels(number * 96 / 2.54)
            case "mm": self = .pixels(number * 96 / 25.4)
            case "em": self = .fontRelative(number, divisor: 1)
            case "rem": self = .pixels(number * 16)
            case "ex", "ch": self = .fontRelative(number, divisor: 2)
            default: return nil
            }
        default: return nil
        }
    }

    /// The length in pixels for an element whose font size is `fontSize`.
    func pixels(fontSize: Double) -> Double {
        switch self {
        case .pixels(let pixels): return pixels
        case .fontRelative(let number, let divisor):
            return divisor == 1 ? number * fontSize : number * fontSize / divisor
        }
    }
}

/// A computed `font-size` as read (CSS Fonts §2.5): pixels, or a multiple of the
/// parent's size, resolved when the parent's size is known.
enum FontSizeValue: Sendable {
    case pixels(Double)
    /// `parent × factor / divisor`.
    case relative(Double, divisor: Double)

    static let keywords: [String: Double] = [
        "xx-small": 9, "x-small": 10, "small": 13, "medium": 16, "large": 18, "x-large": 24, "xx-large": 32,
        "xxx-large": 48,
    ]

    /// The size a value gives: lengths, percentages, keywords; nil for anything else.
    init?(_ value: [CSSToken]) {
        let tokens = value.filter { $0 != .whitespace }
        guard tokens.count == 1 else { return nil }
        switch tokens[0] {
        case .ident(let word):
            let lower = word.lowercased()
            if lower == "smaller" {
                self = .relative(1, divisor: 1.2)
            } else if lower == "larger" {
                self = .relative(1.2, divisor: 1)
            } else if let pixels = Self.keywords[lower] {
                self = .pixels(pixels)
            } else {
                return nil
            }
        case .percentage(let number): self = .relative(number, divisor: 100)
        default:
            switch LengthValue(tokens) {
            case .pixels(let pixels): self = .pixels(pixels)
            case .fontRelative(let number, let divisor): self = .relative(number, divisor: divisor)
            case nil: return nil
            }
        }
    }

    /// The size in pixels under a parent of size `parent`.
    func pixels(parent: Double) -> Double {
        switch self {
        case .pixels(let pixels): return pixels
        case .relative(let factor, let divisor): return divisor == 1 ? parent * factor : parent * factor / divisor
        }
    }
}
