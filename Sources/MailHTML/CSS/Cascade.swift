/// Computes every element's `ComputedStyle` in one top-down pass: the user-agent defaults,
/// presentational attributes, `<style>` rules (bucketed by the rightmost compound's id,
/// class or tag, then matched right to left) and `style` attributes, ordered by importance,
/// specificity and source order (CSS Cascade Level 4 §6), with inheritance.
///
/// - Complexity: O(elements × matching candidates), not elements × all rules.
public struct Cascade: Sendable {
    /// The computed style of each node (text nodes carry their parent's).
    public private(set) var styles: [ComputedStyle]
    /// The style sheet read from the document.
    public let sheet: StyleSheet
    /// Bytes of `<style>` text past `maxStyleBytes`, not read (0 when everything was read).
    public let unreadStyleBytes: Int

    /// The `<style>` text read per document, in bytes: far beyond what mail clients keep
    /// (real campaigns stay under 100 KiB), and what bounds the memory a hostile sheet costs.
    public static let maxStyleBytes = 256 << 10

    /// Runs the cascade over `tree`.
    public init(tree: HTMLTree, maxRules: Int = 50_000, maxStyleBytes: Int = Cascade.maxStyleBytes) {
        var sheet = StyleSheet()
        var budget = maxStyleBytes
        var unread = 0
        for index in tree.nodes.indices where tree.nodes[index].kind == .element && tree.nodes[index].tag == "style" {
            let media = tree.nodes[index].attribute("media")
            if let media,
                !MediaQuery.matches(
                    {
                        var t = CSSTokenizer(media)
                        return t.tokenize()[...]
                    }())
            {
                continue
            }
            var css = tree.nodes[index].children.map { tree.nodes[$0].text }.joined()
            let size = css.utf8.count
            if size > budget {
                // Cut after the last `}` that fits, so no rule is read half.
                let utf8 = Array(css.utf8)
                let cut = utf8[..<budget].lastIndex(of: UInt8(ascii: "}")).map { $0 + 1 } ?? 0
                css = String(decoding: utf8[..<cut], as: UTF8.self)
                unread += size - cut
            }
            budget -= min(budget, css.utf8.count)
            sheet.add(css: css, line: tree.nodes[index].line, limit: maxRules)
        }
        self.sheet = sheet
        unreadStyleBytes = unread
        let buckets = RuleBuckets(sheet)
        let filters = AncestorFilter.filters(for: tree)
        var styleCache = StyleAttributeCache()
        // <body link="…">: the colour of unvisited links, a presentational hint (HTML §15.3.5).
        let bodyLinkColor = tree.firstElement("body").flatMap { tree.nodes[$0].attribute("link") }
            .flatMap { value in CSSColor.parseAttribute(value).map { (value, $0) } }
        var styles: [ComputedStyle] = []
        styles.reserveCapacity(tree.nodes.count)
        for index in tree.nodes.indices {
            let node = tree.nodes[index]
            let parent = node.parent >= 0 ? styles[node.parent] : .initial
            guard node.kind == .element else {
                styles.append(parent)
                continue
            }
            var declarations = Self.presentationalDeclarations(node)
            if let (text, color) = bodyLinkColor, node.tag == "a", node.attribute("href") != nil {
                declarations.append(
                    Declaration(
                        property: "color", value: [.hash(String(color.hex.dropFirst()))], important: false,
                        origin: "<body link=\"\(text)\"> attribute", line: node.line))
            }
            var matched: [(rule: StyleRule, specificity: Int)] = []
            for candidate in buckets.candidates(for: node) {
                var best: Int?
                for (position, selector) in candidate.rule.selectors.enumerated()
                where filters[index].mayContain(candidate.requirements[position]) && selector.matches(index, in: tree) {
                    best = max(best ?? 0, candidate.specificities[position])
                }
                if let best { matched.append((candidate.rule, best)) }
            }
            matched.sort {
                $0.specificity != $1.specificity ? $0.specificity < $1.specificity : $0.rule.order < $1.rule.order
            }
            let inline =
                node.attribute("style").map { styleCache.declarations($0) } ?? []
            // Normal declarations, then important ones; each group in rule order, the
            // `style` attribute last (CSS Cascade §6.1).
            for pass in 0..<2 {
                let important = pass == 1
                for match in matched {
                    for declaration in match.rule.declarations where declaration.important == important {
                        declarations.append(declaration)
                    }
                }
                for declaration in inline where declaration.important == important {
                    // The cache holds each text's declarations once; they carry the element's line.
                    var placed = declaration
                    placed.line = node.line
                    declarations.append(placed)
                }
            }
            styles.append(StyleResolver.compute(node: node, parent: parent, declarations: declarations))
        }
        self.styles = styles
    }

    /// The attributes that give an element's size in pixels.
    static let sizeAttributes = ["width", "height"]

    /// `bgcolor`, `<font color size>`, `width`, `height`, `hidden`: author-level hints with
    /// the lowest precedence (HTML §15.3).
    static func presentationalDeclarations(_ node: HTMLTree.Node) -> [Declaration] {
        var out: [Declaration] = []
        func add(_ property: String, _ value: [CSSToken], _ attribute: String) {
            out.append(
                Declaration(
                    property: property, value: value, important: false, origin: "\(attribute) attribute",
                    line: node.line))
        }
        if let value = node.attribute("bgcolor"), let color = CSSColor.parseAttribute(value) {
            add("background-color", [.hash(String(color.hex.dropFirst()))], "bgcolor=\"\(value)\"")
        }
        if node.tag == "font" {
            if let value = node.attribute("color"), let color = CSSColor.parseAttribute(value) {
                add("color", [.hash(String(color.hex.dropFirst()))], "color=\"\(value)\"")
            }
            if let value = node.attribute("size"), let pixels = FontSize.legacySize(value) {
                add("font-size", [.dimension(pixels, unit: "px")], "size=\"\(value)\"")
            }
        }
        if node.tag != "font" {
            for name in sizeAttributes {
                if let value = node.attribute(name), let number = Double(value.trimmedCSS.replacingPx) {
                    add(name, [.dimension(number, unit: "px")], "\(name)=\"\(value)\"")
                }
            }
        }
        if node.attribute("hidden") != nil { add("display", [.ident("none")], "hidden") }
        return out
    }
}

extension String {
    /// "600px" → "600"; other text as it is.
    fileprivate var replacingPx: String { hasSuffix("px") ? String(dropLast(2)) : self }
}

/// The rules of a sheet indexed by what their subjects require, so that each element only
/// tests the rules that can match it.
struct RuleBuckets {
    var byID: [String: [Int]] = [:]
    var byClass: [String: [Int]] = [:]
    var byTag: [String: [Int]] = [:]
    var universal: [Int] = []
    let rules: [StyleRule]
    /// Per rule, per selector: the ancestor tokens it requires.
    let requirements: [[AncestorFilter]]
    /// Per rule, per selector: its specificity, computed once.
    let specificities: [[Int]]

    init(_ sheet: StyleSheet) {
        rules = sheet.rules
        requirements = rules.map { $0.selectors.map(\.ancestorRequirements) }
        specificities = rules.map { $0.selectors.map(\.specificity) }
        for (index, rule) in rules.enumerated() {
            for selector in rule.selectors {
                let subject = selector.subject
                if let id = subject.ids.first {
                    byID[id, default: []].append(index)
                } else if let cls = subject.classes.first {
                    byClass[cls, default: []].append(index)
                } else if let tag = subject.tag {
                    byTag[tag, default: []].append(index)
                } else {
                    universal.append(index)
                }
            }
        }
    }

    /// A rule that may match, with its selectors' ancestor requirements and specificities.
    typealias Candidate = (rule: StyleRule, requirements: [AncestorFilter], specificities: [Int])

    /// The rules whose subject could match `node`, each once, in source order.
    func candidates(for node: HTMLTree.Node) -> [Candidate] {
        var indices = universal
        if let id = node.id, let list = byID[id] { indices += list }
        for cls in node.classes {
            if let list = byClass[cls] { indices += list }
        }
        if let list = byTag[node.tag] { indices += list }
        guard !indices.isEmpty else { return [] }
        indices.sort()
        var unique: [Candidate] = []
        unique.reserveCapacity(indices.count)
        var previous = -1
        for index in indices where index != previous {
            unique.append((rules[index], requirements[index], specificities[index]))
            previous = index
        }
        return unique
    }

}

/// The declarations of `style` attributes, parsed once per distinct text: email HTML
/// repeats the same inline styles on hundreds of elements.
struct StyleAttributeCache {
    private var parsed: [String: [Declaration]] = [:]

    /// The declarations of `text` (line 0: the cascade gives them the element's line).
    mutating func declarations(_ text: String) -> [Declaration] {
        if let cached = parsed[text] { return cached }
        // Only the declarations the cascade computes are kept.
        let declarations = DeclarationParser.parseStyleAttribute(text, line: 0).filter { $0.computed != nil }
        parsed[text] = declarations
        return declarations
    }
}
