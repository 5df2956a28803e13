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
    /// The selector's tokens as written.
    let tokens: ArraySlice<CSSToken>

    /// The selector as written, for evidence.
    public var text: String { CSSText.serialize(tokens).trimmedCSS }

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

    /// Whether the selector matches element `index` of `tree` (bound to the tree's names
    /// first, as the cascade binds each selector once per document).
    public func matches(_ index: Int, in tree: HTMLTree) -> Bool {
        CompiledSelector(self, atoms: tree.storage.atoms, use: NameUse(tree.storage))?.matches(index, in: tree) ?? false
    }
}
