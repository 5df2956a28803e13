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
/// costs O(1) whatever the nesting depth. Reason lists are shared: a node that adds no
/// reason of its own points at its parent's list.
public struct VisibilityAnalyzer: Sendable {
    let tree: HTMLTree
    let cascade: Cascade
    /// The distinct reason lists; list 0 is empty.
    private var reasonLists: [[HiddenReason]] = [[]]
    /// What holds for a node and, unless it changes them, its descendants.
    struct NodeState: Equatable {
        /// The list of reasons the node's own element or an ancestor hides it (at most
        /// `maxReasons`, outermost first), not counting text-only checks.
        var hiddenBy: Int32 = 0
        /// The list of `mso-hide: all` reasons on it or an ancestor.
        var outlookHiddenBy: Int32 = 0
        /// The opaque backdrop its content is painted on, an index into `backdrops`; -1 when
        /// a background image is in the way.
        var backdrop: Int32 = 0
        /// The first thing on it or an ancestor that a static reading cannot evaluate, an
        /// index into `undeterminedTexts`, or -1.
        var undeterminedBy: Int32 = -1
    }

    /// Per node: its state, an index into `states`. Most elements change nothing and share
    /// their parent's, so four bytes a node hold what took sixteen (20 MB of a 100 MB
    /// newsletter's 1.2 million nodes).
    private var stateOf: [Int32] = []
    /// The states made, the root's first.
    private var states: [NodeState] = [NodeState()]
    /// The backdrops, white (the root's) first: a document paints few, and a state points
    /// at them.
    private var backdrops: [RGBA] = [RGBA.white]
    private var undeterminedTexts: [String] = []
    private static let maxReasons = 4

    /// Creates an analyzer over a tree and its cascade.
    public init(tree: HTMLTree, cascade: Cascade) {
        self.tree = tree
        self.cascade = cascade
        let count = tree.count
        // Filled as locals and stored at the end: each write is then a plain store.
        var stateOf = [Int32](repeating: 0, count: count)
        var states = [NodeState()]
        var backdrops: [RGBA] = [RGBA.white]
        var reasonLists: [[HiddenReason]] = [[]]
        var undeterminedTexts: [String] = []
        func add(_ reasons: [HiddenReason]) -> Int32 {
            guard !reasons.isEmpty else { return 0 }
            reasonLists.append(reasons)
            return Int32(reasonLists.count - 1)
        }
        let storage = tree.storage
        for index in 0..<count {
            let parent = Int(storage.parents[index])
            let inheritedState = parent >= 0 ? stateOf[parent] : 0
            guard storage.kinds[index] == .element else {
                stateOf[index] = inheritedState
                continue
            }
            let parentState = states[Int(inheritedState)]
            var hidden = parentState.hiddenBy
            var outlook = parentState.outlookHiddenBy
            var below = parentState.backdrop
            var undetermined = parentState.undeterminedBy
            let style = cascade.style(of: index)
            // Most elements hide nothing and undo nothing: they keep their parent's list.
            if Self.mayHide(style) || (hidden != 0 && style.visibility == .visible) {
                var reasons = reasonLists[Int(hidden)]
                let inherited = reasons.count
                // visibility is inherited but can be undone: `visibility: visible` shows again.
                if style.visibility == .visible { reasons.removeAll { $0.what.hasPrefix("visibility:") } }
                if reasons.count < Self.maxReasons {
                    reasons += ownReasons(index, style).prefix(Self.maxReasons - reasons.count)
                }
                if reasons.count != inherited || reasons != reasonLists[Int(hidden)] {
                    hidden = add(reasons)
                }
            }
            if style.msoHideAll, outlook == 0 {
                var reason = reason(
                    "mso-hide: all", cascade.declaration(setting: .msoHide, on: index), element: index)
                reason.outlookOnly = true
                outlook = add([reason])
            }
            if style.hasBackgroundImage {
                below = -1
            } else if style.backgroundColor.alpha >= 1 {
                backdrops.append(style.backgroundColor)
                below = Int32(backdrops.count - 1)
            } else if style.backgroundColor.alpha > 0, below >= 0 {
                backdrops.append(style.backgroundColor.blended(over: backdrops[Int(below)]))
                below = Int32(backdrops.count - 1)
            }
            if undetermined < 0, let declaration = cascade.unresolvedDeclaration(on: index) {
                undeterminedTexts.append(
                    "\(declaration.text) cannot be evaluated statically (\(declaration.property))")
                undetermined = Int32(undeterminedTexts.count - 1)
            }
            let state = NodeState(
                hiddenBy: hidden, outlookHiddenBy: outlook, backdrop: below, undeterminedBy: undetermined)
            if state == parentState {
                stateOf[index] = inheritedState
            } else {
                states.append(state)
                stateOf[index] = Int32(states.count - 1)
            }
        }
        self.stateOf = stateOf
        self.states = states
        self.backdrops = backdrops
        self.reasonLists = reasonLists
        self.undeterminedTexts = undeterminedTexts
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
                source: "\(declaration.written) on <\(tree.tag(element))>",
                line: declaration.line, outlookOnly: false, viewportDependent: declaration.dependsOnViewportWidth)
        }
        return HiddenReason(what: what, source: "<\(tree.tag(element))>", line: tree.line(element), outlookOnly: false)
    }

    /// The declaration that gave node `index` its value of `property`: its own, or, for an
    /// inherited property, that of the nearest ancestor that set it. Only walked when a
    /// reason is reported.
    private func source(_ property: StyleProperty, at index: Int) -> (Declaration, Int)? {
        let hrefAtom = KnownNames.href
        let linkAtom = KnownNames.a
        var current = index
        while current >= 0 {
            if tree.kind(current) == .element, let declaration = cascade.declaration(setting: property, on: current) {
                return (declaration, current)
            }
            guard property.isInherited else { return nil }
            // A link's colour comes from the user-agent style, not from its ancestors.
            if property == .color, tree.storage.tags[current] == linkAtom, tree.hasAttribute(hrefAtom, current) {
                return nil
            }
            current = tree.parent(current)
        }
        return nil
    }

    /// The declaration that gives node `index` (an element or a text node) its value of
    /// `property` (a CSS name: "font-size"): its own element's, or for an inherited
    /// property the nearest ancestor's that set it; nil when the value is the default.
    public func declaration(setting property: String, for index: Int) -> Declaration? {
        guard let property = StyleProperty(name: property) else { return nil }
        let element = tree.kind(index) == .element ? index : tree.parent(index)
        guard element >= 0 else { return nil }
        return source(property, at: element)?.0
    }

    /// The declaration that painted the background node `index` is drawn on: the nearest
    /// element, itself or an ancestor, with a background colour of its own; nil for the
    /// page's default white.
    public func backgroundDeclaration(for index: Int) -> Declaration? {
        var current = tree.kind(index) == .element ? index : tree.parent(index)
        while current >= 0 {
            if cascade.style(of: current).backgroundColor.alpha > 0,
                let declaration = cascade.declaration(setting: .backgroundColor, on: current)
            {
                return declaration
            }
            current = tree.parent(current)
        }
        return nil
    }

    private func inheritedReason(_ what: String, _ property: StyleProperty, at index: Int, element: Int)
        -> HiddenReason
    {
        if let (declaration, setter) = source(property, at: index) { return reason(what, declaration, element: setter) }
        return reason(what, nil, element: element)
    }

    /// Whether `ownReasons` can find anything in `style`: the same conditions, without
    /// looking up declarations.
    private static func mayHide(_ style: ComputedStyle) -> Bool {
        func offScreen(_ value: Double?) -> Bool { value.map { $0 <= -500 } ?? false }
        return style.isDisplayNone || style.visibility != .visible || style.overflowHidden || style.clippedToNothing
            || (style.isAbsolutelyPositioned
                && (offScreen(style.left) || offScreen(style.top) || offScreen(style.right) || offScreen(style.bottom)))
            || offScreen(style.marginLeft) || offScreen(style.marginTop) || style.transformHides || style.opacity <= 0
    }

    /// What an element's own computed style hides (its descendants inherit these).
    private func ownReasons(_ element: Int, _ style: ComputedStyle) -> [HiddenReason] {
        var reasons: [HiddenReason] = []
        func add(_ what: String, _ property: StyleProperty) {
            reasons.append(reason(what, cascade.declaration(setting: property, on: element), element: element))
        }
        if style.isDisplayNone {
            if let source = cascade.declaration(setting: .display, on: element) {
                reasons.append(reason("display: none", source, element: element))
            } else {
                let tag = tree.tag(element)
                reasons.append(
                    HiddenReason(
                        what: "<\(tag)> is not rendered", source: "<\(tag)>", line: tree.line(element),
                        outlookOnly: false))
            }
        }
        if style.visibility != .visible, cascade.declaration(setting: .visibility, on: element) != nil,
            tree.parent(element) < 0 || cascade.style(of: tree.parent(element)).visibility == .visible
        {
            add("visibility: \(style.visibility.rawValue)", .visibility)
        }
        if style.overflowHidden {
            func box(_ value: Double?, _ property: StyleProperty) {
                // A box of 0 or 1px with overflow hidden shows no legible text.
                if let value, value < 2 {
                    let size = value <= 0 ? "0" : "\(CSSText.format(value))px"
                    add("\(property.name): \(size) with overflow: hidden", property)
                }
            }
            box(style.maxHeight, .maxHeight)
            box(style.height, .height)
            box(style.width, .width)
            box(style.maxWidth, .maxWidth)
            if style.lineHeightZero, cascade.declaration(setting: .lineHeight, on: element) != nil {
                add("line-height: 0 with overflow: hidden", .lineHeight)
            }
        }
        if style.clippedToNothing {
            reasons.append(
                reason(
                    "clipped to nothing",
                    cascade.declaration(setting: .clip, on: element)
                        ?? cascade.declaration(setting: .clipPath, on: element), element: element))
        }
        func offScreen(_ value: Double?, _ property: StyleProperty) {
            if let value, value <= -500 { add("positioned off-screen (\(property.name): \(Int(value))px)", property) }
        }
        if style.isAbsolutelyPositioned {
            offScreen(style.left, .left)
            offScreen(style.top, .top)
            offScreen(style.right, .right)
            offScreen(style.bottom, .bottom)
        }
        offScreen(style.marginLeft, .marginLeft)
        offScreen(style.marginTop, .marginTop)
        if style.transformHides, let declaration = cascade.declaration(setting: .transform, on: element),
            let what = TransformReading.hiding(declaration.value.filter { $0 != .whitespace })
        {
            reasons.append(reason(what, declaration, element: element))
        }
        if style.opacity <= 0 { add("opacity: 0", .opacity) }
        return reasons
    }

    /// The checks that only concern text, as they come out for one text node.
    private struct TextChecks {
        var fontTooSmall = false
        var indentedOffScreen = false
        var lineHeightZero = false
        var transparent = false
        var lowContrast = false
        /// The text colour over the backdrop, the backdrop and their contrast (nil behind an image).
        var painted: (foreground: RGBA, backdrop: RGBA, contrast: Double)?

        var hides: Bool { fontTooSmall || indentedOffScreen || lineHeightZero || transparent || lowContrast }
    }

    private func textChecks(_ index: Int, _ own: ComputedStyle) -> TextChecks {
        var checks = TextChecks()
        checks.fontTooSmall = own.fontSize < 1
        checks.indentedOffScreen = own.textIndent <= -500
        checks.lineHeightZero = own.lineHeightZero && own.overflowHidden
        let state = states[Int(stateOf[index])]
        if state.backdrop >= 0 {
            let backdrop = backdrops[Int(state.backdrop)]
            let foreground = own.color.blended(over: backdrop).withOpacity(own.effectiveOpacity, over: backdrop)
            let ratio = RGBA.contrastRatio(foreground, backdrop)
            checks.painted = (foreground, backdrop, ratio)
            checks.transparent = own.color.alpha <= 0
            checks.lowContrast = !checks.transparent && ratio < 1.1
        }
        return checks
    }

    /// Whether `evaluate(index, isText:)` says hidden, without making its reasons.
    ///
    /// - Complexity: O(1).
    public func isHidden(_ index: Int, isText: Bool) -> Bool {
        if states[Int(stateOf[index])].hiddenBy != 0 { return true }
        let own = cascade.style(of: index)
        return (isText && textChecks(index, own).hides) || own.effectiveOpacity <= 0
    }

    /// What a reader sees of node `index`; `isText` adds the checks that only concern text
    /// (font size, colour, indent), which an image does not need.
    ///
    /// - Complexity: O(1).
    public func evaluate(_ index: Int, isText: Bool) -> Result {
        let state = states[Int(stateOf[index])]
        var reasons = reasonLists[Int(state.hiddenBy)]
        let own = cascade.style(of: index)
        let element = tree.kind(index) == .element ? index : max(0, tree.parent(index))
        var undetermined = state.undeterminedBy >= 0 ? undeterminedTexts[Int(state.undeterminedBy)] : nil
        var color: RGBA?
        var background: RGBA?
        var contrast: Double?
        if isText {
            let checks = textChecks(index, own)
            if checks.fontTooSmall {
                reasons.append(
                    inheritedReason(
                        "font-size: \(CSSText.format(own.fontSize))px", .fontSize, at: index, element: element))
            }
            if checks.indentedOffScreen {
                reasons.append(
                    inheritedReason("text-indent: \(Int(own.textIndent))px", .textIndent, at: index, element: element))
            }
            if checks.lineHeightZero {
                reasons.append(
                    inheritedReason("line-height: 0 with overflow: hidden", .lineHeight, at: index, element: element))
            }
            if let (foreground, backdrop, ratio) = checks.painted {
                color = foreground
                background = backdrop
                contrast = ratio
                if checks.transparent {
                    reasons.append(inheritedReason("color: transparent", .color, at: index, element: element))
                } else if checks.lowContrast {
                    reasons.append(
                        reason(
                            "text colour \(foreground.hex) on background \(backdrop.hex): contrast \(String(format2: ratio)):1",
                            source(.color, at: index)?.0 ?? cascade.declaration(setting: .backgroundColor, on: element),
                            element: element))
                }
            } else if undetermined == nil {
                undetermined = "a background image is behind the text"
                color = own.color
            }
        }
        if own.effectiveOpacity <= 0, !reasons.contains(where: { $0.what.hasPrefix("opacity") }) {
            reasons.append(
                HiddenReason(
                    what: "opacity: 0 (multiplied along ancestors)", source: "ancestors", line: tree.line(index),
                    outlookOnly: false))
        }
        let visibility: Visibility =
            !reasons.isEmpty ? .hidden(reasons) : undetermined.map(Visibility.undetermined) ?? .visible
        return Result(
            visibility: visibility, outlookOnly: reasonLists[Int(state.outlookHiddenBy)], fontSize: own.fontSize,
            color: color, background: background, contrast: contrast)
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
