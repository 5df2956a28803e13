/// The declaration that set one property of one element: an index into the cascade's
/// declarations, and the line to cite (a `style` attribute's declarations are parsed once
/// per text and cited at each element's line).
struct StyleSource: Sendable, BitwiseCopyable {
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
    /// declarations in cascade order (`effects` holds what each declaration does, by its
    /// index), made in place at `style` (uninitialised memory; the cascade's table of
    /// styles, which `parent` points into too, so that no style is copied on the way);
    /// `sources` receives the declaration that set each property (it is emptied first).
    static func compute(
        into style: UnsafeMutablePointer<ComputedStyle>, parent: UnsafePointer<ComputedStyle>,
        defaults: UserAgentStyle.Defaults, isLink: Bool, applied: UnsafeBufferPointer<AppliedDeclaration>,
        effects: [DeclarationEffect?], _ table: [Declaration], sources: inout ScratchList<StyleSource>
    ) {
        sources.removeAll()
        style.initialize(to: ComputedStyle())
        compute(&style.pointee, parent: parent.pointee, defaults, isLink, applied, effects, table, &sources)
    }

    private static func compute(
        _ style: inout ComputedStyle, parent: ComputedStyle, _ defaults: UserAgentStyle.Defaults, _ isLink: Bool,
        _ applied: UnsafeBufferPointer<AppliedDeclaration>, _ effects: [DeclarationEffect?], _ table: [Declaration],
        _ sources: inout ScratchList<StyleSource>
    ) {
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
                let effect = effects[Int(entry.declaration)] ?? .none
                let isFontSize: Bool
                if case .fontSize = effect { isFontSize = true } else { isFontSize = false }
                guard isFontSize == (pass == 0) else { continue }
                apply(effect, entry, to: &style, parent: parent, table, &sources)
            }
        }
        style.effectiveOpacity = parent.effectiveOpacity * style.opacity
    }

    /// Records that `entry` set `property`: the last declaration to set it wins.
    static func record(
        _ property: StyleProperty, _ entry: AppliedDeclaration, _ sources: inout ScratchList<StyleSource>
    ) {
        let source = StyleSource(property: property, declaration: entry.declaration, line: entry.line)
        for index in 0..<sources.count where sources[index].property == property {
            sources[index] = source
            return
        }
        sources.append(source)
    }

    static func apply(
        _ effect: DeclarationEffect, _ entry: AppliedDeclaration, to style: inout ComputedStyle,
        parent: ComputedStyle, _ table: [Declaration], _ sources: inout ScratchList<StyleSource>
    ) {
        func record(_ property: StyleProperty) { Self.record(property, entry, &sources) }
        switch effect {
        case .none, .unresolved(matters: false):
            break
        case .wideKeyword(let keyword, let property):
            if let property { applyWideKeyword(keyword, property, entry, to: &style, parent: parent, &sources) }
        case .unresolved(matters: true):
            let current = style.unresolvedDeclaration
            // Of several properties, the first by name; of one property, the last declaration.
            if current < 0 || table[Int(entry.declaration)].property <= table[Int(current)].property {
                style.unresolvedDeclaration = entry.declaration
            }
        case .display(let isNone):
            style.isDisplayNone = isNone
            record(.display)
        case .visibility(let visibility):
            style.visibility = visibility
            record(.visibility)
        case .opacity(let opacity):
            style.opacity = opacity
            record(.opacity)
        case .fontSize(let size):
            style.fontSize = size.pixels(parent: parent.fontSize)
            record(.fontSize)
        case .color(let color):
            style.color = color
            record(.color)
        case .backgroundColor(let color):
            style.backgroundColor = color
            record(.backgroundColor)
        case .background(let color, let clearsImage, let setsImage):
            if let color {
                style.backgroundColor = color
                record(.backgroundColor)
            }
            if clearsImage { style.hasBackgroundImage = false }
            if setsImage {
                style.hasBackgroundImage = true
                record(.backgroundImage)
            }
        case .backgroundImage(let hasImage):
            style.hasBackgroundImage = hasImage
            record(.backgroundImage)
        case .overflowHidden(let hidden):
            style.overflowHidden = hidden
            record(.overflow)
        case .length(let property, let length):
            property.assign(length?.pixels(fontSize: style.fontSize), to: &style)
            if length != nil { record(property.styleProperty) }
        case .margin(let top, let left):
            style.marginTop = top?.pixels(fontSize: style.fontSize)
            style.marginLeft = left?.pixels(fontSize: style.fontSize)
            record(.marginTop)
            record(.marginLeft)
        case .transform(let hides):
            style.transformHides = hides
            record(.transform)
        case .position(let isAbsolute):
            style.isAbsolutelyPositioned = isAbsolute
            record(.position)
        case .textIndent(let length):
            style.textIndent = length.pixels(fontSize: style.fontSize)
            record(.textIndent)
        case .lineHeight(let length):
            style.lineHeightZero = length.pixels(fontSize: style.fontSize) == 0
            record(.lineHeight)
        case .lineHeightNormal:
            style.lineHeightZero = false
        case .clip(let toNothing):
            style.clippedToNothing = toNothing
            record(.clip)
        case .clipPath(let toNothing):
            style.clippedToNothing = toNothing
            record(.clipPath)
        case .msoHideAll:
            style.msoHideAll = true
            record(.msoHide)
        }
    }

    /// `inherit`, `initial`, `unset` and `revert` (CSS Cascade §7.3) for the properties
    /// that matter here. `revert` is read as `unset` (the user-agent styles are not layered).
    static func applyWideKeyword(
        _ keyword: DeclarationEffect.WideKeyword, _ property: StyleProperty, _ entry: AppliedDeclaration,
        to style: inout ComputedStyle, parent: ComputedStyle, _ sources: inout ScratchList<StyleSource>
    ) {
        let fromParent = keyword == .inherit || ((keyword == .unset || keyword == .revert) && property.isInherited)
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
                    if let length = LengthValue([argument])?.pixels(fontSize: 16), length <= -500 {
                        return "positioned off-screen (transform: \(function)(\(CSSText.format(length))px))"
                    }
                }
            }
            index += 1
        }
        return nil
    }
}

/// `<font size>` (HTML §15.3.3).
enum LegacyFontSize {
    /// The size in pixels of `<font size>`: 1–7, or +n/−n relative to 3.
    static func pixels(_ text: String) -> Double? {
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
