/// The declaration that set one property of one element: an index into the cascade's
/// declarations, and the line to cite (a `style` attribute's declarations are parsed once
/// per text and cited at each element's line).
struct StyleSource: Sendable {
    var property: StyleProperty
    var declaration: Int32
    var line: Int32
}

/// One declaration as applied to one element: its index in the cascade's declarations and
/// the line it is cited at.
struct AppliedDeclaration {
    var declaration: Int32
    var line: Int32
}

/// Applies an element's cascaded declarations (lowest precedence first) on top of its
/// parent's computed style.
enum StyleResolver {
    /// The style of an element from its parent's, its user-agent defaults, and its
    /// declarations in cascade order; `sources` receives the declaration that set each
    /// property (it is emptied first).
    static func compute(
        parent: ComputedStyle, defaults: UserAgentStyle.Defaults, isLink: Bool, applied: [AppliedDeclaration],
        _ table: [Declaration], sources: inout [StyleSource]
    ) -> ComputedStyle {
        sources.removeAll(keepingCapacity: true)
        var style = ComputedStyle()
        // Inherited properties start from the parent.
        style.visibility = parent.visibility
        style.fontSize = parent.fontSize * defaults.fontSizeFactor
        if defaults.isMonospace, parent.fontSize == 16 { style.fontSize = 13 }
        style.color = isLink ? UserAgentStyle.linkColor : parent.color
        style.textIndent = parent.textIndent
        style.lineHeightZero = parent.lineHeightZero
        style.effectiveOpacity = parent.effectiveOpacity
        style.isDisplayNone = defaults.isHidden

        // The font size first: em lengths of other properties depend on it.
        for pass in 0..<2 {
            for entry in applied {
                let declaration = table[Int(entry.declaration)]
                let isFontSize = declaration.computed == .fontSize || declaration.computed == .font
                guard isFontSize == (pass == 0) else { continue }
                apply(declaration, entry, to: &style, parent: parent, table, &sources)
            }
        }
        style.effectiveOpacity = parent.effectiveOpacity * style.opacity
        return style
    }

    /// The CSS-wide keywords (CSS Cascade §7.3).
    static let wideKeywords: Set<String> = ["inherit", "initial", "unset", "revert"]

    /// The properties whose `var()`/`calc()` values make visibility undetermined.
    static let evaluatedProperties: Set<String> = [
        "display", "visibility", "opacity", "font-size", "color", "background-color", "background", "max-height",
        "height", "text-indent", "left", "top",
    ]

    /// Records that `entry` set `property`: the last declaration to set it wins.
    static func record(_ property: StyleProperty, _ entry: AppliedDeclaration, _ sources: inout [StyleSource]) {
        let source = StyleSource(property: property, declaration: entry.declaration, line: entry.line)
        if let index = sources.firstIndex(where: { $0.property == property }) {
            sources[index] = source
        } else {
            sources.append(source)
        }
    }

    static func apply(
        _ declaration: Declaration, _ entry: AppliedDeclaration, to style: inout ComputedStyle,
        parent: ComputedStyle, _ table: [Declaration], _ sources: inout [StyleSource]
    ) {
        guard let property = declaration.computed else { return }
        // Most values hold no white space token: then the value is shared, not copied.
        let value =
            declaration.value.contains(.whitespace) ? declaration.value.filter { $0 != .whitespace } : declaration.value
        let keyword: String? = {
            if value.count == 1, case .ident(let word) = value[0] { return word.lowercased() }
            return nil
        }()
        if let keyword, wideKeywords.contains(keyword) {
            applyWideKeyword(keyword, declaration, entry, to: &style, parent: parent, &sources)
            return
        }
        if value.contains(where: {
            if case .function(let name) = $0 {
                return name == "var" || name == "calc" || name == "env"
            } else {
                return false
            }
        }) {
            if evaluatedProperties.contains(declaration.property) {
                let current = style.unresolvedDeclaration
                // Of several properties, the first by name; of one property, the last declaration.
                if current < 0 || declaration.property <= table[Int(current)].property {
                    style.unresolvedDeclaration = entry.declaration
                }
            }
            return
        }
        func record(_ key: StyleProperty) { Self.record(key, entry, &sources) }
        switch property {
        case .display:
            if let keyword {
                style.isDisplayNone = keyword == "none"
                record(.display)
            }
        case .visibility:
            if let keyword, let visibility = CSSVisibility(rawValue: keyword) {
                style.visibility = visibility
                record(.visibility)
            }
        case .opacity:
            if let number = number(value) {
                style.opacity = min(1, max(0, number))
                record(.opacity)
            }
        case .fontSize:
            if let size = FontSize.compute(value, parent: parent.fontSize) {
                style.fontSize = size
                record(.fontSize)
            }
        case .font:
            // The shorthand's size is the token before an optional "/line-height" and the family.
            for token in value {
                if let size = FontSize.compute([token], parent: parent.fontSize) {
                    style.fontSize = size
                    record(.fontSize)
                    break
                }
            }
        case .color:
            switch CSSColor.parse(declaration.value) {
            case .rgba(let color):
                style.color = color
                record(.color)
            case .currentColor, nil:
                break
            }
        case .backgroundColor:
            if case .rgba(let color) = CSSColor.parse(declaration.value) {
                style.backgroundColor = color
                record(.backgroundColor)
            }
        case .background:
            // A colour anywhere in the shorthand, and whether an image is given.
            var sawImage = false
            for (index, token) in value.enumerated() {
                if case .url = token { sawImage = true }
                if case .function(let name) = token, name.contains("gradient") || name == "url" || name == "image-set" {
                    sawImage = true
                }
                if case .rgba(let color) = CSSColor.parse(Array(value[index...])) {
                    style.backgroundColor = color
                    record(.backgroundColor)
                }
            }
            if keyword == "none" || keyword == "transparent" {
                style.backgroundColor = .transparent
                style.hasBackgroundImage = false
                record(.backgroundColor)
            }
            if sawImage {
                style.hasBackgroundImage = true
                record(.backgroundImage)
            }
        case .backgroundImage:
            style.hasBackgroundImage = keyword != "none"
            record(.backgroundImage)
        case .overflow, .overflowX, .overflowY:
            if let keyword {
                style.overflowHidden = keyword == "hidden" || keyword == "clip"
                record(.overflow)
            }
        case .width: assignLength(value, \.width, .width, entry, &style, &sources)
        case .height: assignLength(value, \.height, .height, entry, &style, &sources)
        case .maxWidth: assignLength(value, \.maxWidth, .maxWidth, entry, &style, &sources)
        case .maxHeight: assignLength(value, \.maxHeight, .maxHeight, entry, &style, &sources)
        case .left: assignLength(value, \.left, .left, entry, &style, &sources)
        case .top: assignLength(value, \.top, .top, entry, &style, &sources)
        case .right: assignLength(value, \.right, .right, entry, &style, &sources)
        case .bottom: assignLength(value, \.bottom, .bottom, entry, &style, &sources)
        case .marginLeft: assignLength(value, \.marginLeft, .marginLeft, entry, &style, &sources)
        case .marginTop: assignLength(value, \.marginTop, .marginTop, entry, &style, &sources)
        case .margin:
            // 1 to 4 values: top, then right, bottom, left (CSS Box §6.1).
            if (1...4).contains(value.count) {
                let lengths = value.map { Length.pixels([$0], fontSize: style.fontSize) }
                style.marginTop = lengths[0]
                style.marginLeft = lengths.count == 4 ? lengths[3] : lengths.count >= 2 ? lengths[1] : lengths[0]
                record(.marginTop)
                record(.marginLeft)
            }
        case .transform:
            style.transformHides = TransformReading.hiding(value) != nil
            record(.transform)
        case .position:
            if let keyword {
                style.isAbsolutelyPositioned = keyword == "absolute" || keyword == "fixed"
                record(.position)
            }
        case .textIndent:
            if let length = Length.pixels(value, fontSize: style.fontSize) {
                style.textIndent = length
                record(.textIndent)
            }
        case .lineHeight:
            if let number = number(value) ?? Length.pixels(value, fontSize: style.fontSize) {
                style.lineHeightZero = number == 0
                record(.lineHeight)
            } else if keyword == "normal" {
                style.lineHeightZero = false
            }
        case .clip:
            let numbers = value.compactMap { token -> Double? in
                if case .dimension(let n, _) = token { return n }
                if case .number(let n) = token { return n }
                return nil
            }
            if case .function("rect") = value.first, numbers.count == 4 {
                style.clippedToNothing = numbers[0] >= numbers[2] || numbers[3] >= numbers[1]
                record(.clip)
            }
        case .clipPath:
            if case .function("inset") = value.first,
                let amount = value.compactMap({ token -> Double? in
                    if case .percentage(let n) = token { return n }
                    return nil
                }).first
            {
                style.clippedToNothing = amount >= 50
                record(.clipPath)
            }
        case .msoHide:
            if keyword == "all" {
                style.msoHideAll = true
                record(.msoHide)
            }
        }
    }

    /// `inherit`, `initial`, `unset` and `revert` (CSS Cascade §7.3) for the properties
    /// that matter here. `revert` is read as `unset` (the user-agent styles are not layered).
    static func applyWideKeyword(
        _ keyword: String, _ declaration: Declaration, _ entry: AppliedDeclaration, to style: inout ComputedStyle,
        parent: ComputedStyle, _ sources: inout [StyleSource]
    ) {
        guard let property = StyleProperty(name: declaration.property) else { return }
        let fromParent = keyword == "inherit" || ((keyword == "unset" || keyword == "revert") && property.isInherited)
        let initial = ComputedStyle.initial
        switch property {
        case .color: style.color = fromParent ? parent.color : initial.color
        case .fontSize: style.fontSize = fromParent ? parent.fontSize : initial.fontSize
        case .visibility: style.visibility = fromParent ? parent.visibility : initial.visibility
        case .textIndent: style.textIndent = fromParent ? parent.textIndent : initial.textIndent
        case .lineHeight: style.lineHeightZero = fromParent ? parent.lineHeightZero : false
        case .backgroundColor, .background:
            style.backgroundColor = fromParent ? parent.backgroundColor : initial.backgroundColor
            if property == .background { style.hasBackgroundImage = fromParent && parent.hasBackgroundImage }
        case .display: style.isDisplayNone = fromParent ? parent.isDisplayNone : initial.isDisplayNone
        case .opacity: style.opacity = fromParent ? parent.opacity : 1
        default: return
        }
        record(property, entry, &sources)
    }

    static func number(_ value: [CSSToken]) -> Double? {
        guard value.count == 1 else { return nil }
        switch value[0] {
        case .number(let number): return number
        case .percentage(let number): return number / 100
        default: return nil
        }
    }

    static func assignLength(
        _ value: [CSSToken], _ target: WritableKeyPath<ComputedStyle, Double?>, _ property: StyleProperty,
        _ entry: AppliedDeclaration, _ style: inout ComputedStyle, _ sources: inout [StyleSource]
    ) {
        if let length = Length.pixels(value, fontSize: style.fontSize) {
            style[keyPath: target] = length
            record(property, entry, &sources)
        } else {
            style[keyPath: target] = nil
        }
    }
}

/// What a `transform` does to visibility: `scale(0)` (and its axis forms) shrinks the
/// element to nothing; a translation of 500px or more to the left or up moves it off-screen.
enum TransformReading {
    static func hiding(_ value: [CSSToken]) -> String? {
        var index = 0
        while index < value.count {
            guard case .function(let name) = value[index] else {
                index += 1
                continue
            }
            var arguments: [CSSToken] = []
            index += 1
            while index < value.count, value[index] != .closeParen {
                if value[index] != .comma { arguments.append(value[index]) }
                index += 1
            }
            let function = name.lowercased()
            if function.hasPrefix("scale") {
                let factors = arguments.compactMap { token -> Double? in
                    if case .number(let n) = token { return n }
                    if case .percentage(let n) = token { return n / 100 }
                    return nil
                }
                if factors.contains(0) {
                    return "transform: \(function)(\(factors.map(CSSText.format).joined(separator: ", ")))"
                }
            } else if function.hasPrefix("translate") {
                for argument in arguments {
                    if let length = Length.pixels([argument], fontSize: 16), length <= -500 {
                        return "positioned off-screen (transform: \(function)(\(CSSText.format(length))px))"
                    }
                }
            }
            index += 1
        }
        return nil
    }
}

/// CSS lengths in pixels (CSS Values §6): px, pt, pc, in, cm, mm, em, rem, ex, ch and 0.
enum Length {
    static func pixels(_ value: [CSSToken], fontSize: Double) -> Double? {
        guard value.count == 1 else { return nil }
        switch value[0] {
        case .number(let number): return number == 0 ? 0 : nil
        case .dimension(let number, let unit):
            switch unit {
            case "px": return number
            case "pt": return number * 4 / 3
            case "pc": return number * 16
            case "in": return number * 96
            case "cm": return number * 96 / 2.54
            case "mm": return number * 96 / 25.4
            case "em": return number * fontSize
            case "rem": return number * 16
            case "ex", "ch": return number * fontSize / 2
            default: return nil
            }
        case .percentage(let number): return number == 0 ? 0 : nil
        default: return nil
        }
    }
}

/// Computed font sizes (CSS Fonts §2.5): lengths, percentages, keywords.
enum FontSize {
    static let keywords: [String: Double] = [
        "xx-small": 9, "x-small": 10, "small": 13, "medium": 16, "large": 18, "x-large": 24, "xx-large": 32,
        "xxx-large": 48,
    ]

    static func compute(_ value: [CSSToken], parent: Double) -> Double? {
        let tokens = value.filter { $0 != .whitespace }
        guard tokens.count == 1 else { return nil }
        switch tokens[0] {
        case .ident(let word):
            let lower = word.lowercased()
            if lower == "smaller" { return parent / 1.2 }
            if lower == "larger" { return parent * 1.2 }
            return keywords[lower]
        case .percentage(let number): return parent * number / 100
        case .dimension(let number, let unit) where unit == "em": return parent * number
        default: return Length.pixels(tokens, fontSize: parent)
        }
    }

    /// `<font size>`: 1–7, or +n/−n relative to 3 (HTML §15.3.3).
    static func legacySize(_ text: String) -> Double? {
        let trimmed = text.trimmedCSS
        var size: Int?
        if trimmed.hasPrefix("+"), let delta = Int(trimmed.dropFirst()) {
            size = 3 + delta
        } else if trimmed.hasPrefix("-"), let delta = Int(trimmed.dropFirst()) {
            size = 3 - delta
        } else {
            size = Int(trimmed)
        }
        guard let size else { return nil }
        let table: [Double] = [10, 13, 16, 18, 24, 32, 48]
        return table[min(7, max(1, size)) - 1]
    }
}
