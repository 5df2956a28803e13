/// Whether a reader sees something, and why not.
public enum Visibility: Sendable, Equatable {
    /// Rendered, and (for text) distinguishable from its background.
    case visible
    /// Not seen, for these reasons (each names the declaration that causes it).
    case hidden([HiddenReason])
    /// A static reading cannot tell (a background image behind text, `calc()`, …).
    case undetermined(String)

    /// "visible", "hidden" or "undetermined".
    public var name: String {
        switch self {
        case .visible: return "visible"
        case .hidden: return "hidden"
        case .undetermined: return "undetermined"
        }
    }
}

/// One cause of hiding: what it is and where it comes from.
public struct HiddenReason: Sendable, Equatable, CustomStringConvertible {
    /// What hides it ("display: none", "font-size: 0px", "contrast 1.00:1").
    public var what: String
    /// Where the declaration is: `.footer a { display: none }` or `style attribute` with
    /// the element, and the 1-based HTML line.
    public var source: String
    /// The 1-based line in the HTML source of the declaration (or element).
    public var line: Int
    /// True for `mso-hide: all`, which hides only in Outlook for Windows.
    public var outlookOnly: Bool
    /// True when the declaration is inside an `@media` rule that reads the screen width:
    /// the element is hidden at some widths only (a responsive variant).
    public var viewportDependent = false

    /// "display: none (.footer a { display: none } on <a>, html line 12)".
    public var description: String {
        "\(what) (\(source), html line \(line))" + (outlookOnly ? " [Outlook for Windows only]" : "")
    }
}

/// Decides what a reader sees of an element or a text node, from the cascade.
///
/// One top-down pass at creation carries what ancestors contribute (their hiding reasons,
/// the composited background, anything undeterminable) to every node, so evaluating a node
/// costs O(1) whatever the nesting depth.
public struct VisibilityAnalyzer: Sendable {
    let tree: HTMLTree
    let cascade: Cascade
    /// Per node: the reasons the node's own element or an ancestor hides it (at most
    /// `maxReasons`, outermost first), not counting text-only checks.
    private var hiddenBy: [[HiddenReason]]
    /// Per node: `mso-hide: all` on it or an ancestor.
    private var outlookHiddenBy: [[HiddenReason]]
    /// Per node: the opaque backdrop its content is painted on; nil when a background
    /// image is in the way.
    private var backdrop: [RGBA?]
    /// Per node: the first thing on it or an ancestor that a static reading cannot evaluate.
    private var undeterminedBy: [String?]
    private static let maxReasons = 4

    /// Creates an analyzer over a tree and its cascade.
    public init(tree: HTMLTree, cascade: Cascade) {
        self.tree = tree
        self.cascade = cascade
        let count = tree.nodes.count
        hiddenBy = Array(repeating: [], count: count)
        outlookHiddenBy = Array(repeating: [], count: count)
        backdrop = Array(repeating: RGBA.white, count: count)
        undeterminedBy = Array(repeating: nil, count: count)
        for index in tree.nodes.indices {
            let node = tree.nodes[index]
            let parent = node.parent
            var hidden = parent >= 0 ? hiddenBy[parent] : []
            var outlook = parent >= 0 ? outlookHiddenBy[parent] : []
            var below: RGBA? = parent >= 0 ? backdrop[parent] : RGBA.white
            var undetermined = parent >= 0 ? undeterminedBy[parent] : nil
            if node.kind == .element {
                let style = cascade.styles[index]
                // visibility is inherited but can be undone: `visibility: visible` shows again.
                if style.visibility == "visible" { hidden.removeAll { $0.what.hasPrefix("visibility:") } }
                if hidden.count < Self.maxReasons {
                    hidden += ownReasons(index, style).prefix(Self.maxReasons - hidden.count)
                }
                if style.msoHideAll, outlook.isEmpty {
                    var reason = reason("mso-hide: all", style.sources["mso-hide"], element: index)
                    reason.outlookOnly = true
                    outlook.append(reason)
                }
                if style.hasBackgroundImage {
                    below = nil
                } else if style.backgroundColor.alpha >= 1 {
                    below = style.backgroundColor
                } else if style.backgroundColor.alpha > 0, let base = below {
                    below = style.backgroundColor.blended(over: base)
                }
                if undetermined == nil, let (property, text) = style.unresolved.min(by: { $0.key < $1.key }) {
                    undetermined = "\(text) cannot be evaluated statically (\(property))"
                }
            }
            hiddenBy[index] = hidden
            outlookHiddenBy[index] = outlook
            backdrop[index] = below
            undeterminedBy[index] = undetermined
        }
    }

    /// The result of looking at one node: visibility, Outlook-only hiding, and the colours
    /// and size its text is drawn with.
    public struct Result: Sendable {
        /// What a reader sees.
        public var visibility: Visibility
        /// Reasons that hide it in Outlook for Windows only (`mso-hide: all`).
        public var outlookOnly: [HiddenReason]
        /// Computed font size in CSS pixels.
        public var fontSize: Double
        /// The text colour blended over the effective background (nil for non-text).
        public var color: RGBA?
        /// The effective background (nil when a background image makes it unknown).
        public var background: RGBA?
        /// WCAG contrast ratio of `color` on `background`.
        public var contrast: Double?
    }

    private func reason(_ what: String, _ declaration: Declaration?, element: Int) -> HiddenReason {
        if let declaration {
            return HiddenReason(
                what: what,
                source: "\(declaration.written) on <\(tree.nodes[element].tag)>",
                line: declaration.line, outlookOnly: false, viewportDependent: declaration.dependsOnViewportWidth)
        }
        return HiddenReason(
            what: what, source: "<\(tree.nodes[element].tag)>", line: tree.nodes[element].line, outlookOnly: false)
    }

    /// The declaration that gave node `index` its value of `property`: its own, or, for an
    /// inherited property, that of the nearest ancestor that set it. Only walked when a
    /// reason is reported.
    private func source(_ property: String, at index: Int) -> (Declaration, Int)? {
        var current = index
        while current >= 0 {
            if tree.nodes[current].kind == .element, let declaration = cascade.styles[current].sources[property] {
                return (declaration, current)
            }
            guard StyleResolver.inherited.contains(property) else { return nil }
            // A link's colour comes from the user-agent style, not from its ancestors.
            if property == "color", tree.nodes[current].tag == "a", tree.nodes[current].attribute("href") != nil {
                return nil
            }
            current = tree.nodes[current].parent
        }
        return nil
    }

    /// The declaration that gives node `index` (an element or a text node) its value of
    /// `property`: its own element's, or for an inherited property the nearest ancestor's
    /// that set it; nil when the value is the default.
    public func declaration(setting property: String, for index: Int) -> Declaration? {
        let element = tree.nodes[index].kind == .element ? index : tree.nodes[index].parent
        guard element >= 0 else { return nil }
        return source(property, at: element)?.0
    }

    /// The declaration that painted the background node `index` is drawn on: the nearest
    /// element, itself or an ancestor, with a background colour of its own; nil for the
    /// page's default white.
    public func backgroundDeclaration(for index: Int) -> Declaration? {
        var current = tree.nodes[index].kind == .element ? index : tree.nodes[index].parent
        while current >= 0 {
            if cascade.styles[current].backgroundColor.alpha > 0,
                let declaration = cascade.styles[current].sources["background-color"]
            {
                return declaration
            }
            current = tree.nodes[current].parent
        }
        return nil
    }

    private func inheritedReason(_ what: String, _ property: String, at index: Int, element: Int) -> HiddenReason {
        if let (declaration, setter) = source(property, at: index) { return reason(what, declaration, element: setter) }
        return reason(what, nil, element: element)
    }

    /// What an element's own computed style hides (its descendants inherit these).
    private func ownReasons(_ element: Int, _ style: ComputedStyle) -> [HiddenReason] {
        var reasons: [HiddenReason] = []
        let tag = tree.nodes[element].tag
        if style.display == "none" {
            if let source = style.sources["display"] {
                reasons.append(reason("display: none", source, element: element))
            } else {
                reasons.append(
                    HiddenReason(
                        what: "<\(tag)> is not rendered", source: "<\(tag)>", line: tree.nodes[element].line,
                        outlookOnly: false))
            }
        }
        if style.visibility != "visible", style.sources["visibility"].map({ _ in true }) ?? false,
            tree.nodes[element].parent < 0 || cascade.styles[tree.nodes[element].parent].visibility == "visible"
        {
            reasons.append(reason("visibility: \(style.visibility)", style.sources["visibility"], element: element))
        }
        if style.overflowHidden {
            for (value, property) in [
                (style.maxHeight, "max-height"), (style.height, "height"), (style.width, "width"),
                (style.maxWidth, "max-width"),
            ] {
                // A box of 0 or 1px with overflow hidden shows no legible text.
                if let value, value < 2 {
                    let size = value <= 0 ? "0" : "\(CSSText.format(value))px"
                    reasons.append(
                        reason("\(property): \(size) with overflow: hidden", style.sources[property], element: element))
                }
            }
            if style.lineHeightZero, style.sources["line-height"] != nil {
                reasons.append(
                    reason("line-height: 0 with overflow: hidden", style.sources["line-height"], element: element))
            }
        }
        if style.clippedToNothing {
            reasons.append(
                reason("clipped to nothing", style.sources["clip"] ?? style.sources["clip-path"], element: element))
        }
        if style.position == "absolute" || style.position == "fixed" {
            if let left = style.left, left <= -500 {
                reasons.append(
                    reason("positioned off-screen (left: \(Int(left))px)", style.sources["left"], element: element))
            }
            if let top = style.top, top <= -500 {
                reasons.append(
                    reason("positioned off-screen (top: \(Int(top))px)", style.sources["top"], element: element))
            }
            if let right = style.right, right <= -500 {
                reasons.append(
                    reason("positioned off-screen (right: \(Int(right))px)", style.sources["right"], element: element))
            }
            if let bottom = style.bottom, bottom <= -500 {
                reasons.append(
                    reason(
                        "positioned off-screen (bottom: \(Int(bottom))px)", style.sources["bottom"], element: element))
            }
        }
        for (margin, property) in [(style.marginLeft, "margin-left"), (style.marginTop, "margin-top")] {
            if let margin, margin <= -500 {
                reasons.append(
                    reason(
                        "positioned off-screen (\(property): \(Int(margin))px)", style.sources[property],
                        element: element))
            }
        }
        if let transform = style.transformHides {
            reasons.append(reason(transform, style.sources["transform"], element: element))
        }
        if style.opacity <= 0 {
            reasons.append(reason("opacity: 0", style.sources["opacity"], element: element))
        }
        return reasons
    }

    /// What a reader sees of node `index`; `isText` adds the checks that only concern text
    /// (font size, colour, indent), which an image does not need.
    ///
    /// - Complexity: O(1).
    public func evaluate(_ index: Int, isText: Bool) -> Result {
        var reasons = hiddenBy[index]
        let own = cascade.styles[index]
        let element = tree.nodes[index].kind == .element ? index : max(0, tree.nodes[index].parent)
        var undetermined = undeterminedBy[index]
        var color: RGBA?
        var background: RGBA?
        var contrast: Double?
        if isText {
            if own.fontSize < 1 {
                reasons.append(
                    inheritedReason(
                        "font-size: \(CSSText.format(own.fontSize))px", "font-size", at: index, element: element))
            }
            if own.textIndent <= -500 {
                reasons.append(
                    inheritedReason("text-indent: \(Int(own.textIndent))px", "text-indent", at: index, element: element)
                )
            }
            if own.lineHeightZero, own.overflowHidden {
                reasons.append(
                    inheritedReason("line-height: 0 with overflow: hidden", "line-height", at: index, element: element))
            }
            if let backdrop = backdrop[index] {
                let foreground = own.color.blended(over: backdrop).withOpacity(own.effectiveOpacity, over: backdrop)
                let ratio = RGBA.contrastRatio(foreground, backdrop)
                color = foreground
                background = backdrop
                contrast = ratio
                if own.color.alpha <= 0 {
                    reasons.append(inheritedReason("color: transparent", "color", at: index, element: element))
                } else if ratio < 1.1 {
                    reasons.append(
                        reason(
                            "text colour \(foreground.hex) on background \(backdrop.hex): contrast \(String(format2: ratio)):1",
                            source("color", at: index)?.0 ?? own.sources["background-color"], element: element))
                }
            } else if undetermined == nil {
                undetermined = "a background image is behind the text"
                color = own.color
            }
        }
        if own.effectiveOpacity <= 0, !reasons.contains(where: { $0.what.hasPrefix("opacity") }) {
            reasons.append(
                HiddenReason(
                    what: "opacity: 0 (multiplied along ancestors)", source: "ancestors", line: tree.nodes[index].line,
                    outlookOnly: false))
        }
        let visibility: Visibility =
            !reasons.isEmpty ? .hidden(reasons) : undetermined.map(Visibility.undetermined) ?? .visible
        return Result(
            visibility: visibility, outlookOnly: outlookHiddenBy[index], fontSize: own.fontSize, color: color,
            background: background, contrast: contrast)
    }
}

extension RGBA {
    /// The colour painted with `opacity` over `background`.
    func withOpacity(_ opacity: Double, over background: RGBA) -> RGBA {
        opacity >= 1 ? self : RGBA(red: red, green: green, blue: blue, alpha: opacity).blended(over: background)
    }
}

extension String {
    /// A ratio with two decimals.
    init(format2 value: Double) {
        let hundredths = Int((value * 100).rounded())
        let fraction = hundredths % 100
        self = "\(hundredths / 100)." + (fraction < 10 ? "0" : "") + "\(fraction)"
    }
}
