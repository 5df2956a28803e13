/// Applies an element's cascaded declarations (lowest precedence first) on top of its
/// parent's computed style.
enum StyleResolver {
    static func compute(node: HTMLTree.Node, parent: ComputedStyle, declarations: [Declaration]) -> ComputedStyle {
        var style = ComputedStyle()
        // Inherited properties start from the parent.
        style.visibility = parent.visibility
        let defaults = UserAgentStyle.defaults[node.tag]  // one lookup for the tag's user-agent styles
        style.fontSize = parent.fontSize * (defaults?.fontSizeFactor ?? 1)
        if defaults?.isMonospace ?? false, parent.fontSize == 16 { style.fontSize = 13 }
        style.color = node.tag == "a" && node.attribute("href") != nil ? UserAgentStyle.linkColor : parent.color
        style.textIndent = parent.textIndent
        style.lineHeightZero = parent.lineHeightZero
        style.effectiveOpacity = parent.effectiveOpacity
        if defaults?.isHidden ?? false { style.display = "none" }

        // The font size first: em lengths of other properties depend on it.
        for declaration in declarations where declaration.computed == .fontSize || declaration.computed == .font {
            apply(declaration, to: &style, parent: parent)
        }
        for declaration in declarations where declaration.computed != .fontSize && declaration.computed != .font {
            apply(declaration, to: &style, parent: parent)
        }
        style.effectiveOpacity = parent.effectiveOpacity * style.opacity
        return style
    }

    /// The CSS-wide keywords (CSS Cascade §7.3).
    static let wideKeywords: Set<String> = ["inherit", "initial", "unset", "revert"]

    /// Properties whose computed value children inherit.
    static let inherited: Set<String> = ["visibility", "font-size", "color", "text-indent", "line-height"]

    static func apply(_ declaration: Declaration, to style: inout ComputedStyle, parent: ComputedStyle) {
        guard let property = declaration.computed else { return }
        // Most values hold no white space token: then the value is shared, not copied.
        let value =
            declaration.value.contains(.whitespace) ? declaration.value.filter { $0 != .whitespace } : declaration.value
        let keyword: String? = {
            if value.count == 1, case .ident(let word) = value[0] { return word.lowercased() }
            return nil
        }()
        if let keyword, wideKeywords.contains(keyword) {
            applyWideKeyword(keyword, declaration, to: &style, parent: parent)
            return
        }
        if value.contains(where: {
            if case .function(let name) = $0 {
                return name == "var" || name == "calc" || name == "env"
            } else {
                return false
            }
        }) {
            if [
                "display", "visibility", "opacity", "font-size", "color", "background-color", "background",
                "max-height", "height", "text-indent", "left", "top",
            ].contains(declaration.property) {
                style.unresolved[declaration.property] = declaration.text
            }
            return
        }
        func record() { style.sources[declaration.property] = declaration }
        switch property {
        case .display:
            if let keyword {
                style.display = keyword
                record()
            }
        case .visibility:
            if let keyword, ["visible", "hidden", "collapse"].contains(keyword) {
                style.visibility = keyword
                record()
            }
        case .opacity:
            if let number = number(value) {
                style.opacity = min(1, max(0, number))
                record()
            }
        case .fontSize:
            if let size = FontSize.compute(value, parent: parent.fontSize) {
                style.fontSize = size
                record()
            }
        case .font:
            // The shorthand's size is the token before an optional "/line-height" and the family.
            for token in value {
                if let size = FontSize.compute([token], parent: parent.fontSize) {
                    style.fontSize = size
                    style.sources["font-size"] = declaration
                    break
                }
            }
        case .color:
            switch CSSColor.parse(declaration.value) {
            case .rgba(let color):
                style.color = color
                record()
            case .currentColor, nil:
                break
            }
        case .backgroundColor:
            if case .rgba(let color) = CSSColor.parse(declaration.value) {
                style.backgroundColor = color
                record()
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
                    style.sources["background-color"] = declaration
                }
            }
            if keyword == "none" || keyword == "transparent" {
                style.backgroundColor = .transparent
                style.hasBackgroundImage = false
                style.sources["background-color"] = declaration
            }
            if sawImage {
                style.hasBackgroundImage = true
                style.sources["background-image"] = declaration
            }
        case .backgroundImage:
            style.hasBackgroundImage = keyword != "none"
            record()
        case .overflow, .overflowX, .overflowY:
            if let keyword {
                style.overflowHidden = keyword == "hidden" || keyword == "clip"
                style.sources["overflow"] = declaration
            }
        case .width: assignLength(value, \.width, declaration, &style)
        case .height: assignLength(value, \.height, declaration, &style)
        case .maxWidth: assignLength(value, \.maxWidth, declaration, &style)
        case .maxHeight: assignLength(value, \.maxHeight, declaration, &style)
        case .left: assignLength(value, \.left, declaration, &style)
        case .top: assignLength(value, \.top, declaration, &style)
        case .right: assignLength(value, \.right, declaration, &style)
        case .bottom: assignLength(value, \.bottom, declaration, &style)
        case .marginLeft: assignLength(value, \.marginLeft, declaration, &style)
        case .marginTop: assignLength(value, \.marginTop, declaration, &style)
        case .margin:
            // 1 to 4 values: top, then right, bottom, left (CSS Box §6.1).
            let lengths = value.map { Length.pixels([$0], fontSize: style.fontSize) }
            if (1...4).contains(lengths.count) {
                style.marginTop = lengths[0]
                style.marginLeft = lengths.count == 4 ? lengths[3] : lengths.count >= 2 ? lengths[1] : lengths[0]
                style.sources["margin-top"] = declaration
                style.sources["margin-left"] = declaration
            }
        case .transform:
            style.transformHides = TransformReading.hiding(value)
            record()
        case .position:
            if let keyword {
                style.position = keyword
                record()
            }
        case .textIndent:
            if let length = Length.pixels(value, fontSize: style.fontSize) {
                style.textIndent = length
                record()
            }
        case .lineHeight:
            if let number = number(value) ?? Length.pixels(value, fontSize: style.fontSize) {
                style.lineHeightZero = number == 0
                record()
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
                record()
            }
        case .clipPath:
            if case .function("inset") = value.first,
                let amount = value.compactMap({ token -> Double? in
                    if case .percentage(let n) = token { return n }
                    return nil
                }).first
            {
                style.clippedToNothing = amount >= 50
                record()
            }
        case .msoHide:
            if keyword == "all" {
                style.msoHideAll = true
                record()
            }
        }
    }

    /// `inherit`, `initial`, `unset` and `revert` (CSS Cascade §7.3) for the properties
    /// that matter here. `revert` is read as `unset` (the user-agent styles are not layered).
    static func applyWideKeyword(
        _ keyword: String, _ declaration: Declaration, to style: inout ComputedStyle, parent: ComputedStyle
    ) {
        let property = declaration.property
        let inheritedProperty = inherited.contains(property)
        let fromParent = keyword == "inherit" || ((keyword == "unset" || keyword == "revert") && inheritedProperty)
        let initial = ComputedStyle.initial
        switch property {
        case "color": style.color = fromParent ? parent.color : initial.color
        case "font-size": style.fontSize = fromParent ? parent.fontSize : initial.fontSize
        case "visibility": style.visibility = fromParent ? parent.visibility : initial.visibility
        case "text-indent": style.textIndent = fromParent ? parent.textIndent : initial.textIndent
        case "line-height": style.lineHeightZero = fromParent ? parent.lineHeightZero : false
        case "background-color", "background":
            style.backgroundColor = fromParent ? parent.backgroundColor : initial.backgroundColor
            if property == "background" { style.hasBackgroundImage = fromParent && parent.hasBackgroundImage }
        case "display": style.display = fromParent ? parent.display : initial.display
        case "opacity": style.opacity = fromParent ? parent.opacity : 1
        default: return
        }
        style.sources[property] = declaration
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
        _ value: [CSSToken], _ target: WritableKeyPath<ComputedStyle, Double?>, _ declaration: Declaration,
        _ style: inout ComputedStyle
    ) {
        if let length = Length.pixels(value, fontSize: style.fontSize) {
            style[keyPath: target] = length
            style.sources[declaration.property] = declaration
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
