/// One link of a document (`<a href>`, `<area href>`) and what a reader sees of it.
///
/// A newsletter has a link a paragraph, and a large one hundreds of thousands: a link is
/// kept in 96 bytes, its address read from the tree when asked (`LinkTarget`), its numbers in
/// the width they need, its colours as the bytes `#rrggbb` shows, and what few links have
/// (image alt texts, a label, reasons hidden in Outlook only) behind one reference that most
/// leave empty. It took 264 bytes, then 136 and a string of its own (31 MB for the 154,579
/// links of a 50 MB newsletter).
public struct Link: Sendable {
    /// The `href` as written (entities decoded).
    public var href: String {
        get { target.string }
        set { target = LinkTarget(newValue) }
    }
    /// Where `href` is read from (`LinkTarget`).
    public private(set) var target: LinkTarget
    /// The link's text: its text content with white space collapsed.
    public var text: String
    /// The `alt` texts of its images, joined by spaces.
    public var alt: String {
        get { rare?.alt ?? "" }
        set { rare = Rare.make(alt: newValue, label: label, hiddenInOutlook: hiddenInOutlook) }
    }
    /// `aria-label` or `title`, when given.
    public var label: String? {
        get { rare?.label }
        set { rare = Rare.make(alt: alt, label: newValue, hiddenInOutlook: hiddenInOutlook) }
    }
    /// What a reader sees of it.
    public var visibility: Visibility
    /// True when the link has no text, only images.
    public var imageOnly: Bool
    /// Which of `colorBits` and `backgroundBits` hold a colour (`PackedColor`).
    private var colorsPresent: UInt8 = 0
    private var line32: Int32
    private var element32: Int32
    private var measuredNode32: Int32 = -1
    /// Reasons it is hidden in Outlook for Windows only.
    public var hiddenInOutlook: [HiddenReason] {
        get { rare?.hiddenInOutlook ?? [] }
        set { rare = Rare.make(alt: alt, label: label, hiddenInOutlook: newValue) }
    }
    /// `fontSize` and `contrast`, NaN for none.
    private var fontSizeValue = Double.nan
    private var contrastValue = Double.nan
    /// `color` and `background` (`PackedColor`), read where `colorsPresent` says so.
    private var colorBits: UInt32 = 0
    private var backgroundBits: UInt32 = 0
    /// `alt`, `label` and `hiddenInOutlook`, nil while all three are empty.
    private var rare: Rare?

    /// What few links have, kept apart; replaced whole when one of them is set.
    private final class Rare: Sendable {
        let alt: String
        let label: String?
        let hiddenInOutlook: [HiddenReason]

        private init(alt: String, label: String?, hiddenInOutlook: [HiddenReason]) {
            self.alt = alt
            self.label = label
            self.hiddenInOutlook = hiddenInOutlook
        }

        /// The three together, or nil when all are empty.
        static func make(alt: String, label: String?, hiddenInOutlook: [HiddenReason]) -> Rare? {
            alt.isEmpty && label == nil && hiddenInOutlook.isEmpty
                ? nil : Rare(alt: alt, label: label, hiddenInOutlook: hiddenInOutlook)
        }
    }

    /// A link to `href` at element `element` (on `line`), visible and not measured.
    init(href: String, text: String, alt: String, label: String?, imageOnly: Bool, line: Int, element: Int) {
        self.init(
            target: LinkTarget(href), text: text, alt: alt, label: label, imageOnly: imageOnly, line: line,
            element: element)
    }

    /// A link to `target` at element `element` (on `line`), visible and not measured.
    init(target: LinkTarget, text: String, alt: String, label: String?, imageOnly: Bool, line: Int, element: Int) {
        self.target = target
        self.text = text
        self.imageOnly = imageOnly
        visibility = .visible
        line32 = Int32(clamping: line)
        element32 = Int32(clamping: element)
        rare = Rare.make(alt: alt, label: label, hiddenInOutlook: [])
    }

    /// The URL scheme in lowercase ("https", "mailto", "tel"), or "" for a relative link.
    public var scheme: String { LinkExtractor.scheme(of: href) }
    /// Computed font size of its text, in CSS pixels (nil for an image-only link).
    public var fontSize: Double? {
        get { fontSizeValue.isNaN ? nil : fontSizeValue }
        set { fontSizeValue = newValue ?? .nan }
    }
    /// Its text colour over the effective background, its channels whole numbers as
    /// `#rrggbb` shows them.
    public var color: RGBA? {
        get { colorsPresent & 1 == 0 ? nil : PackedColor.color(colorBits) }
        set {
            colorBits = newValue.map(PackedColor.bits) ?? 0
            colorsPresent = newValue == nil ? colorsPresent & ~1 : colorsPresent | 1
        }
    }
    /// The effective background behind its text, its channels whole numbers.
    public var background: RGBA? {
        get { colorsPresent & 2 == 0 ? nil : PackedColor.color(backgroundBits) }
        set {
            backgroundBits = newValue.map(PackedColor.bits) ?? 0
            colorsPresent = newValue == nil ? colorsPresent & ~2 : colorsPresent | 2
        }
    }
    /// WCAG contrast ratio of the text colour on the background, measured before the
    /// channels were rounded.
    public var contrast: Double? {
        get { contrastValue.isNaN ? nil : contrastValue }
        set { contrastValue = newValue ?? .nan }
    }
    /// The text node its font size and colours were measured on (nil for an image-only link).
    public var measuredNode: Int? {
        get { measuredNode32 < 0 ? nil : Int(measuredNode32) }
        set { measuredNode32 = newValue.map { Int32(clamping: $0) } ?? -1 }
    }
    /// 1-based line of the element in the HTML source.
    public var line: Int {
        get { Int(line32) }
        set { line32 = Int32(clamping: newValue) }
    }
    /// The element's index in the tree (its path: `HTMLTree.elementPath(of:)`).
    public var element: Int {
        get { Int(element32) }
        set { element32 = Int32(clamping: newValue) }
    }

    /// Everything the link says to a reader: text, alt, label.
    public var accessibleText: String {
        [text, alt, label ?? ""].filter { !$0.isEmpty }.joined(separator: " ")
    }
}

/// A colour in four bytes: its channels rounded to bytes and its alpha in 1/255ths.
enum PackedColor {
    static func bits(_ color: RGBA) -> UInt32 {
        func byte(_ channel: Double) -> UInt32 { channel.isFinite ? UInt32(min(max(channel, 0), 255).rounded()) : 0 }
        return byte(color.red) << 24 | byte(color.green) << 16 | byte(color.blue) << 8 | byte(color.alpha * 255)
    }

    static func color(_ bits: UInt32) -> RGBA {
        RGBA(
            red: Double(bits >> 24 & 0xFF), green: Double(bits >> 16 & 0xFF), blue: Double(bits >> 8 & 0xFF),
            alpha: Double(bits & 0xFF) / 255)
    }
}

/// Finds every link and decides, for each, what a reader sees.
enum LinkExtractor {
    static func links(_ tree: HTMLTree, _ analyzer: VisibilityAnalyzer) -> [Link] {
        let storage = tree.storage
        let (a, area, img, href, alt) = (KnownNames.a, KnownNames.area, KnownNames.img, KnownNames.href, KnownNames.alt)
        // Counted first: an array grown by doubling holds the old and the new at once.
        var links: [Link] = []
        links.reserveCapacity(
            (0..<tree.count).reduce(0) { count, index in
                let tag = storage.tags[index]
                return tag >= 0 && (tag == a || tag == area) && tree.hasAttribute(href, index) ? count + 1 : count
            })
        for index in 0..<tree.count {
            let tag = storage.tags[index]
            guard tag >= 0, tag == a || tag == area, let hrefPosition = tree.attributePosition(href, of: index) else {
                continue
            }
            var textNodes: [Int] = []
            var images: [Int] = []
            // The text as it reads: inline elements join their text ("Unsub<span>scribe</span>"
            // is one word), white space between them stays, a block element or an image
            // between two texts separates them.
            var written = ""
            tree.forEachDescendant(of: index) { current in
                guard current != index else { return }
                switch storage.kinds[current] {
                case .text:
                    if !tree.isWhitespace(current) { textNodes.append(current) }
                    written += tree.text(current)
                case .element:
                    let tag = storage.tags[current]
                    if tag == img { images.append(current) }
                    if tag == img || KnownNames.value(in: VisibleText.isBlockByKnownAtom, at: tag, fallback: false) {
                        written += " "
                    }
                case .comment:
                    break
                }
            }
            let text = VisibleText.collapse(written)
            let alt = images.compactMap { tree.attributeBytes(alt, of: $0) }.map {
                VisibleText.collapse($0)
            }.filter { !$0.isEmpty }.joined(separator: " ")
            let line = tree.line(index)
            let label = [KnownNames.ariaLabel, KnownNames.title].lazy.compactMap {
                tree.attributePosition($0, of: index).map(tree.attributeValue(at:))
            }.first
            var link = Link(
                target: LinkTarget(attributeAt: hrefPosition, of: tree), text: text, alt: alt, label: label,
                imageOnly: textNodes.isEmpty && !images.isEmpty, line: line, element: index)
            if tag == area {
                link.visibility = .undetermined("an image-map area: visible where its image is")
                links.append(link)
                continue
            }
            if textNodes.isEmpty && images.isEmpty {
                // Nothing to see or click: an empty link has no area.
                link.visibility = .hidden([
                    HiddenReason(
                        what: "the link has no text and no image", source: "<\(tree.tag(index))>", line: line,
                        outlookOnly: false)
                ])
                links.append(link)
                continue
            }
            // Text links: the first visible of their text nodes decides. Image-only links: the
            // images. The rest are evaluated only while none is visible (all of them for a
            // link whose every part is hidden, whose reasons are their union).
            let targets = textNodes.isEmpty ? images : textNodes
            var results: [VisibilityAnalyzer.Result] = []
            for target in targets {
                results.append(analyzer.evaluate(target, isText: !textNodes.isEmpty))
                if results[results.count - 1].visibility == .visible { break }
            }
            let best =
                results.first { $0.visibility == .visible }
                ?? results.first { if case .undetermined = $0.visibility { return true } else { return false } }
                ?? results.first
            if let best {
                if results.allSatisfy({ if case .hidden = $0.visibility { return true } else { return false } }) {
                    link.visibility = .hidden(
                        results.flatMap { result -> [HiddenReason] in
                            if case .hidden(let reasons) = result.visibility { return reasons } else { return [] }
                        }.uniqued())
                } else {
                    link.visibility = best.visibility
                }
                link.hiddenInOutlook = best.outlookOnly
                if !textNodes.isEmpty {
                    let readableIndex =
                        results.firstIndex { $0.visibility == .visible }
                        ?? results.firstIndex { $0.visibility == best.visibility } ?? 0
                    let readable = results[readableIndex]
                    link.measuredNode = targets[readableIndex]
                    link.fontSize = readable.fontSize
                    link.color = readable.color
                    link.background = readable.background
                    link.contrast = readable.contrast
                }
            }
            links.append(link)
        }
        return links
    }

    /// The scheme of a URL ("https"), or "" when it has none.
    static func scheme(of href: String) -> String {
        // The usual href starts with its scheme: ASCII letters, digits, "+", "-", "." up to
        // the colon (RFC 3986 §3.1), read as bytes.
        var length = 0
        for byte in href.utf8 {
            let isLetter = (byte | 0x20) &- 0x61 < 26
            if byte == 0x3A, length > 0 {
                let lowercase = href.utf8.prefix(length).map(ASCIICase.lowered)
                return String(decoding: lowercase, as: UTF8.self)
            }
            guard isLetter || (length > 0 && (byte &- 0x30 < 10 || byte == 0x2B || byte == 0x2D || byte == 0x2E))
            else {
                // White space first or a non-ASCII character: read as text.
                return byte >= 0x80 || length == 0 ? schemeOfText(href) : ""
            }
            length += 1
        }
        return ""
    }

    /// `scheme(of:)` for an href that does not start with an ASCII scheme.
    private static func schemeOfText(_ href: String) -> String {
        let trimmed = href.trimmedCSS
        guard let colon = trimmed.firstIndex(of: ":") else { return "" }
        let candidate = trimmed[..<colon]
        guard let first = candidate.first, first.isLetter,
            candidate.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == "." })
        else { return "" }
        return candidate.lowercased()
    }
}

extension Array where Element: Equatable {
    /// The elements without repeats, first occurrence kept.
    func uniqued() -> [Element] {
        var out: [Element] = []
        for element in self where !out.contains(element) { out.append(element) }
        return out
    }
}
