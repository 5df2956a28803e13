/// The presentational attributes of HTML §15.3 that change visibility, size or colour.
enum PresentationalHint {
    /// In the order their hints apply.
    static let attributes = ["bgcolor", "color", "size", "width", "height", "hidden"]

    /// By the atom of a known name (`KnownNames`, which lists every attribute above): the
    /// hint's position in `attributes`, or -1.
    static let hintOfKnownAtom: [Int8] = {
        precondition(Set(attributes).isSubset(of: KnownNames.all), "a presentational attribute is not a known name")
        return KnownNames.table { name in attributes.firstIndex(of: name).map(Int8.init) ?? -1 }
    }()

    /// Per hint: whether it applies on `<font>`, and on every other element.
    static let placement: [(onFont: Bool, onOthers: Bool)] = attributes.map {
        (applies($0, isFont: true), applies($0, isFont: false))
    }

    /// Whether attribute `name` is a hint on an element (`color` and `size` on `<font>`
    /// only; `width` and `height` on everything else).
    static func applies(_ name: String, isFont: Bool) -> Bool {
        switch name {
        case "color", "size": return isFont
        case "width", "height": return !isFont
        default: return true
        }
    }

    /// The declaration attribute `name` with `value` stands for, or nil when the value
    /// means nothing.
    static func declaration(_ name: String, value: String) -> Declaration? {
        let origin = name == "hidden" ? "hidden attribute" : "\(name)=\"\(value)\" attribute"
        func make(_ property: String, _ computed: ComputedProperty, _ tokens: [CSSToken]) -> Declaration {
            Declaration(
                property: property, computed: computed, value: tokens, important: false, origin: origin, line: 0,
                media: nil)
        }
        switch name {
        case "bgcolor":
            return CSSColor.parseAttribute(value).map {
                make("background-color", .backgroundColor, [.hash(String($0.hex.dropFirst()))])
            }
        case "color":
            return CSSColor.parseAttribute(value).map { make("color", .color, [.hash(String($0.hex.dropFirst()))]) }
        case "size":
            return LegacyFontSize.pixels(value).map { make("font-size", .fontSize, [.dimension($0, unit: "px")]) }
        case "width", "height":
            return Double(value.trimmedCSS.replacingPx).map {
                make(name, name == "width" ? .width : .height, [.dimension($0, unit: "px")])
            }
        default:
            return make("display", .display, [.ident("none")])
        }
    }
}

extension String {
    /// "600px" → "600"; other text as it is.
    fileprivate var replacingPx: String { hasSuffix("px") ? String(dropLast(2)) : self }
}
