/// Computes every element's `ComputedStyle` in one top-down pass: the user-agent defaults,
/// presentational attributes, `<style>` rules (bound to the document's names, bucketed by
/// the rightmost compound's id, class or tag, then matched right to left) and `style`
/// attributes, ordered by importance, specificity and source order (CSS Cascade Level 4
/// §6), with inheritance.
///
/// - Complexity: O(elements × matching candidates), not elements × all rules.
public struct Cascade: Sendable {
    /// The distinct computed styles, in the order first made.
    let elementStyles: [ComputedStyle]
    /// Per node: its style slot (a text node has its parent's): an element's own, for its
    /// winning declarations, with its style's position in `elementStyles` in `slotStyles`;
    /// for an element without declarations of its own, no slot but `~position` (negative).
    let styleSlots: [Int32]
    /// Per style slot: its style's position in `elementStyles`.
    let slotStyles: [Int32]
    /// The style sheet read from the document: the rules that can match in it (a rule none
    /// of whose selectors can is counted in its `unmatchableRuleCount`, not kept).
    public let sheet: StyleSheet
    /// Bytes of `<style>` text past `maxStyleBytes`, not read (0 when everything was read).
    public let unreadStyleBytes: Int
    /// Every declaration a style was computed from: the sheet's, the `style` attributes'
    /// (once per distinct text) and the presentational attributes'; only those of the
    /// properties `StyleResolver` computes.
    let declarations: [Declaration]
    /// The winning declarations of the element in style slot `i` are
    /// `sources[sourceStarts[i]..<sourceStarts[i + 1]]`.
    let sourceStarts: [Int32]
    let sources: [StyleSource]
    /// Per style slot: its element.
    let slotElements: [Int32]

    /// The `<style>` text read per document, in bytes: far beyond what mail clients keep
    /// (real campaigns stay under 100 KiB), and what bounds the memory a hostile sheet costs.
    public static let maxStyleBytes = 256 << 10

    /// The declaration that won the cascade of `property` on element `index` (cited at the
    /// line it applied from), or nil when the element's own declarations do not set it.
    public func declaration(setting property: StyleProperty, on index: Int) -> Declaration? {
        guard let slot = elementSlot(index) else { return nil }
        for position in Int(sourceStarts[slot])..<Int(sourceStarts[slot + 1])
        where sources[position].property == property {
            var declaration = declarations[Int(sources[position].declaration)]
            declaration.line = Int(sources[position].line)
            return declaration
        }
        return nil
    }

    /// The declaration whose value cannot be evaluated statically on element `index`, or nil.
    func unresolvedDeclaration(on index: Int) -> Declaration? {
        let position = style(of: index).unresolvedDeclaration
        return position < 0 ? nil : declarations[Int(position)]
    }

    /// The computed style of node `index` (a text node's is its parent's).
    public func style(of index: Int) -> ComputedStyle {
        let slot = styleSlots[index]
        return elementStyles[slot < 0 ? Int(~slot) : Int(slotStyles[Int(slot)])]
    }

    /// The style slot of element `index`; nil for text and comments (whose slot is their
    /// parent's).
    private func elementSlot(_ index: Int) -> Int? {
        let slot = Int(styleSlots[index])
        return slot >= 0 && Int(slotElements[slot]) == index ? slot : nil
    }

    /// Runs the cascade over `tree`.
    public init(tree: HTMLTree, maxRules: Int = 50_000, maxStyleBytes: Int = Cascade.maxStyleBytes) {
        // What each name of the document is used as: read once, for dropping the rules that
        // cannot match and for binding the others' selectors.
        let use = NameUse(tree.storage)
        let (sheet, unread) = Self.readStyleSheet(
            tree, maxRules: maxRules, maxStyleBytes: maxStyleBytes,
            unmatchable: UnmatchableRules(atoms: tree.storage.atoms, use: use))
        self.sheet = sheet
        unreadStyleBytes = unread
        var builder = CascadeBuilder(tree: tree, sheet: sheet, use: use)
        builder.run()
        elementStyles = builder.styles
        styleSlots = builder.styleSlots
        slotStyles = builder.slotStyles
        slotElements = builder.slotElements
        declarations = builder.declarations
        sourceStarts = builder.sourceStarts
        sources = builder.sources
    }

    /// The rules of the document's `<style>` elements that apply (their `media` attribute
    /// matches) and can match (`unmatchable`), read up to `maxStyleBytes` in all; and the
    /// bytes left unread.
    static func readStyleSheet(
        _ tree: HTMLTree, maxRules: Int, maxStyleBytes: Int, unmatchable: UnmatchableRules
    ) -> (StyleSheet, Int) {
        var sheet = StyleSheet()
        var budget = maxStyleBytes
        var unread = 0
        let styleAtom = KnownNames.style
        for index in 0..<tree.count where tree.storage.tags[index] == styleAtom {
            if let media = tree.attribute("media", of: index),
                !MediaQuery.matches(
                    {
                        var t = CSSTokenizer(media)
                        return t.tokenize()[...]
                    }())
            {
                continue
            }
            // The element's text, usually one text node: copied in one piece.
            let texts = tree.children(index).map(tree.textBytes)
            var css = [UInt8](unsafeUninitializedCapacity: texts.reduce(0) { $0 + $1.count }) { buffer, count in
                for text in texts where !text.isEmpty {
                    text.withUnsafeBufferPointer {
                        (buffer.baseAddress! + count).initialize(from: $0.baseAddress!, count: $0.count)
                    }
                    count += text.count
                }
            }
            if css.count > budget {
                // Cut after the last `}` that fits, so no rule is read half.
                let cut = css[..<budget].lastIndex(of: UInt8(ascii: "}")).map { $0 + 1 } ?? 0
                unread += css.count - cut
                css.removeSubrange(cut...)
            }
            budget -= min(budget, css.count)
            sheet.add(utf8: css, line: tree.line(index), limit: maxRules, unmatchable: unmatchable)
        }
        return (sheet, unread)
    }
}
