/// A complex selector (Selectors Level 3/4 subset): compound selectors joined by
/// combinators, matched right to left against an `HTMLTree`.
public struct Selector: Sendable, Equatable {
    /// How two compound selectors are joined.
    public enum Combinator: Sendable, Equatable {
        case descendant, child, adjacentSibling, generalSibling
    }

    /// A pseudo-class this engine evaluates.
    public indirect enum PseudoClass: Sendable, Equatable {
        case firstChild, lastChild, onlyChild
        /// `:nth-child(an+b)`.
        case nthChild(a: Int, b: Int)
        /// `:not(compound)`.
        case not(Compound)
        /// Dynamic (`:hover`, `:focus`, …) or unknown: never matches a static document.
        case never
    }

    /// An attribute test.
    public struct AttributeTest: Sendable, Equatable {
        /// `[a]`, `=`, `~=`, `^=`, `$=`, `*=`, `|=`.
        public enum Operator: Sendable, Equatable {
            case exists, equals, includes, prefix, suffix, substring, dashMatch
        }
        /// The attribute name, lowercase.
        public var name: String
        /// The comparison.
        public var op: Operator
        /// The value compared with.
        public var value: String
        /// The `i` flag.
        public var caseInsensitive: Bool
    }

    /// Simple selectors that all apply to one element.
    public struct Compound: Sendable, Equatable {
        /// Lowercase tag, or nil for any (`*` or omitted).
        public var tag: String?
        /// `#id` tests.
        public var ids: [String] = []
        /// `.class` tests.
        public var classes: [String] = []
        /// `[attribute]` tests.
        public var attributes: [AttributeTest] = []
        /// Pseudo-classes.
        public var pseudoClasses: [PseudoClass] = []
        /// A pseudo-element (`::before`): the selector selects no element.
        public var hasPseudoElement = false
    }

    /// The compounds from left to right.
    public var compounds: [Compound]
    /// The combinators between them (`compounds.count - 1`).
    public var combinators: [Combinator]
    /// The selector as written, for evidence.
    public var text: String

    /// (ids, classes + attributes + pseudo-classes, types), Selectors Level 3 §9.
    public var specificity: Int {
        var a = 0
        var b = 0
        var c = 0
        func count(_ compound: Compound) {
            a += compound.ids.count
            b += compound.classes.count + compound.attributes.count
            for pseudo in compound.pseudoClasses {
                if case .not(let inner) = pseudo { count(inner) } else { b += 1 }
            }
            if compound.tag != nil { c += 1 }
        }
        compounds.forEach(count)
        return a * 1_000_000 + b * 1_000 + c
    }

    /// The rightmost compound: what the cascade buckets the selector by.
    public var subject: Compound { compounds[compounds.count - 1] }

    /// Whether the selector matches element `index` of `tree`.
    public func matches(_ index: Int, in tree: HTMLTree) -> Bool {
        matches(compoundAt: compounds.count - 1, element: index, tree: tree)
    }

    private func matches(compoundAt position: Int, element: Int, tree: HTMLTree) -> Bool {
        guard Self.matches(compounds[position], element, tree) else { return false }
        guard position > 0 else { return true }
        switch combinators[position - 1] {
        case .child:
            let parent = tree.nodes[element].parent
            return parent >= 0 && matches(compoundAt: position - 1, element: parent, tree: tree)
        case .descendant:
            var ancestor = tree.nodes[element].parent
            while ancestor >= 0 {
                if matches(compoundAt: position - 1, element: ancestor, tree: tree) { return true }
                ancestor = tree.nodes[ancestor].parent
            }
            return false
        case .adjacentSibling:
            guard let previous = Self.previousElementSibling(element, tree) else { return false }
            return matches(compoundAt: position - 1, element: previous, tree: tree)
        case .generalSibling:
            var sibling = Self.previousElementSibling(element, tree)
            while let current = sibling {
                if matches(compoundAt: position - 1, element: current, tree: tree) { return true }
                sibling = Self.previousElementSibling(current, tree)
            }
            return false
        }
    }

    static func previousElementSibling(_ index: Int, _ tree: HTMLTree) -> Int? {
        let parent = tree.nodes[index].parent
        guard parent >= 0 else { return nil }
        let siblings = tree.nodes[parent].children
        guard let position = siblings.firstIndex(of: index) else { return nil }
        return siblings[..<position].last { tree.nodes[$0].kind == .element }
    }

    static func elementPosition(_ index: Int, _ tree: HTMLTree) -> (position: Int, count: Int) {
        let parent = tree.nodes[index].parent
        guard parent >= 0 else { return (1, 1) }
        let elements = tree.nodes[parent].children.filter { tree.nodes[$0].kind == .element }
        return ((elements.firstIndex(of: index) ?? 0) + 1, elements.count)
    }

    static func matches(_ compound: Compound, _ index: Int, _ tree: HTMLTree) -> Bool {
        // Fields are read in place: copying the whole node would retain and release each of
        // its strings and arrays, on the hottest path of the cascade.
        guard tree.nodes[index].kind == .element, !compound.hasPseudoElement else { return false }
        if let tag = compound.tag, tag != tree.nodes[index].tag { return false }
        if !compound.ids.isEmpty, !compound.ids.allSatisfy({ $0 == tree.nodes[index].id }) { return false }
        if !compound.classes.isEmpty, !compound.classes.allSatisfy(tree.nodes[index].classes.contains) { return false }
        for test in compound.attributes where !matches(test, tree.nodes[index]) { return false }
        for pseudo in compound.pseudoClasses {
            switch pseudo {
            case .never: return false
            case .firstChild: if elementPosition(index, tree).position != 1 { return false }
            case .lastChild:
                let place = elementPosition(index, tree)
                if place.position != place.count { return false }
            case .onlyChild: if elementPosition(index, tree).count != 1 { return false }
            case .nthChild(let a, let b):
                let n = elementPosition(index, tree).position
                if a == 0 {
                    if n != b { return false }
                } else if (n - b) % a != 0 || (n - b) / a < 0 {
                    return false
                }
            case .not(let inner):
                if matches(inner, index, tree) { return false }
            }
        }
        return true
    }

    static func matches(_ test: AttributeTest, _ node: HTMLTree.Node) -> Bool {
        guard var actual = node.attribute(test.name) else { return false }
        var wanted = test.value
        if test.caseInsensitive {
            actual = actual.lowercased()
            wanted = wanted.lowercased()
        }
        switch test.op {
        case .exists: return true
        case .equals: return actual == wanted
        case .includes: return actual.split(separator: " ").contains { $0 == wanted }
        case .prefix: return !wanted.isEmpty && actual.hasPrefix(wanted)
        case .suffix: return !wanted.isEmpty && actual.hasSuffix(wanted)
        case .substring: return !wanted.isEmpty && actual.contains(wanted)
        case .dashMatch: return actual == wanted || actual.hasPrefix(wanted + "-")
        }
    }
}
