/// A `Selector` bound to one document: its tags, ids, classes and attribute names are that
/// document's atoms, so matching compares integers. A selector that names something the
/// document never uses cannot match there, and does not compile (`init` returns nil).
struct CompiledSelector: Sendable {
    /// A compound selector over atoms.
    struct Compound: Sendable {
        /// The tag atom, or nil for any element.
        var tag: Int32?
        var ids: [Int32] = []
        var classes: [Int32] = []
        /// Attribute tests with their name atom.
        var attributes: [(name: Int32, test: Selector.AttributeTest)] = []
        var pseudoClasses: [PseudoClass] = []
        /// The first id and class, or `AtomTable.absent`: with the tag, what most compounds
        /// test, read without touching the arrays.
        var firstID = AtomTable.absent
        var firstClass = AtomTable.absent
        /// Whether more than the tag, the first id and the first class is tested.
        var hasMoreTests = false

        /// Compiles `compound`, or nil when it cannot match an element of the document (it
        /// names a tag, id, class or attribute no element has).
        init?(_ compound: Selector.Compound, atoms: borrowing AtomTable, use: borrowing NameUse) {
            guard !compound.hasPseudoElement else { return nil }
            if let tag = compound.tag {
                let atom = atoms.lookup(tag)
                guard use.has(atom, as: .tag) else { return nil }
                self.tag = atom
            }
            for id in compound.ids {
                let atom = atoms.lookup(id)
                guard use.has(atom, as: .id) else { return nil }
                ids.append(atom)
            }
            for cls in compound.classes {
                let atom = atoms.lookup(cls)
                guard use.has(atom, as: .class) else { return nil }
                classes.append(atom)
            }
            for test in compound.attributes {
                let atom = atoms.lookup(test.name)
                guard use.has(atom, as: .attribute) else { return nil }
                attributes.append((atom, test))
            }
            for pseudo in compound.pseudoClasses {
                switch pseudo {
                case .never: return nil
                case .firstChild: pseudoClasses.append(.firstChild)
                case .lastChild: pseudoClasses.append(.lastChild)
                case .onlyChild: pseudoClasses.append(.onlyChild)
                case .nthChild(let a, let b): pseudoClasses.append(.nthChild(a: a, b: b))
                case .not(let inner):
                    // `:not(X)` where X cannot match holds for every element.
                    if let compiled = Compound(inner, atoms: atoms, use: use) { pseudoClasses.append(.not(compiled)) }
                }
            }
            firstID = ids.first ?? AtomTable.absent
            firstClass = classes.first ?? AtomTable.absent
            hasMoreTests = ids.count > 1 || classes.count > 1 || !attributes.isEmpty || !pseudoClasses.isEmpty
        }
    }

    /// A pseudo-class that can match.
    indirect enum PseudoClass: Sendable {
        case firstChild, lastChild, onlyChild
        case nthChild(a: Int, b: Int)
        case not(Compound)
    }

    /// The compounds from left to right.
    let compounds: [Compound]
    /// The combinators between them.
    let combinators: [Selector.Combinator]

    /// Binds `selector` to the document whose names are `atoms`, used as `use` says; nil
    /// when it cannot match there.
    init?(_ selector: Selector, atoms: borrowing AtomTable, use: borrowing NameUse) {
        var compounds: [Compound] = []
        compounds.reserveCapacity(selector.compounds.count)
        for compound in selector.compounds {
            guard let compiled = Compound(compound, atoms: atoms, use: use) else { return nil }
            compounds.append(compiled)
        }
        self.compounds = compounds
        combinators = selector.combinators
    }

    /// The rightmost compound: what the cascade buckets the selector by.
    var subject: Compound { compounds[compounds.count - 1] }

    /// Whether the selector matches element `index` of `tree`.
    func matches(_ index: Int, in tree: HTMLTree) -> Bool { matches(index, tree.storage) }

    /// Whether the selector matches element `index` of the tree with storage `tree`.
    func matches(_ index: Int, _ tree: HTMLTree.Storage) -> Bool {
        matches(compoundAt: compounds.count - 1, element: index, tree)
    }

    private func matches(compoundAt position: Int, element: Int, _ tree: HTMLTree.Storage) -> Bool {
        guard matchesCompound(position, element, tree) else { return false }
        guard position > 0 else { return true }
        switch combinators[position - 1] {
        case .child:
            let parent = Int(tree.parents[element])
            return parent >= 0 && matches(compoundAt: position - 1, element: parent, tree)
        case .descendant:
            var ancestor = Int(tree.parents[element])
            while ancestor >= 0 {
                if matches(compoundAt: position - 1, element: ancestor, tree) { return true }
                ancestor = Int(tree.parents[ancestor])
            }
            return false
        case .adjacentSibling:
            let previous = Self.previousElement(element, tree)
            return previous >= 0 && matches(compoundAt: position - 1, element: previous, tree)
        case .generalSibling:
            var sibling = Self.previousElement(element, tree)
            while sibling >= 0 {
                if matches(compoundAt: position - 1, element: sibling, tree) { return true }
                sibling = Self.previousElement(sibling, tree)
            }
            return false
        }
    }

    /// The element sibling before `index`, or -1.
    static func previousElement(_ index: Int, _ tree: HTMLTree.Storage) -> Int {
        var sibling = tree.previousSibling(index)
        while sibling >= 0, tree.kinds[sibling] != .element { sibling = tree.previousSibling(sibling) }
        return sibling
    }

    /// The element sibling after `index`, or -1.
    static func nextElement(_ index: Int, _ tree: HTMLTree.Storage) -> Int {
        var sibling = tree.nextSibling(index)
        while sibling >= 0, tree.kinds[sibling] != .element { sibling = tree.nextSibling(sibling) }
        return sibling
    }

    /// The 1-based position of element `index` among its parent's elements.
    static func elementPosition(_ index: Int, _ tree: HTMLTree.Storage) -> Int {
        var position = 1
        var sibling = previousElement(index, tree)
        while sibling >= 0 {
            position += 1
            sibling = previousElement(sibling, tree)
        }
        return position
    }

    /// Whether compound `position` matches element `index`: the tag, first id and first
    /// class read in place, the rest (rare) through `matches(_:_:_:)`.
    private func matchesCompound(_ position: Int, _ index: Int, _ tree: HTMLTree.Storage) -> Bool {
        guard tree.kinds[index] == .element else { return false }
        if let tag = compounds[position].tag, tag != tree.tags[index] { return false }
        let id = compounds[position].firstID
        if id >= 0, id != tree.ids[index] { return false }
        let cls = compounds[position].firstClass
        if cls >= 0 {
            var found = false
            for position in tree.classRange(index) where tree.classAtoms[position] == cls {
                found = true
                break
            }
            if !found { return false }
        }
        return !compounds[position].hasMoreTests || Self.matches(compounds[position], index, tree)
    }

    static func matches(_ compound: Compound, _ index: Int, _ tree: HTMLTree.Storage) -> Bool {
        guard tree.kinds[index] == .element else { return false }
        if let tag = compound.tag, tag != tree.tags[index] { return false }
        for id in compound.ids where id != tree.ids[index] { return false }
        if !compound.classes.isEmpty {
            let own = tree.classAtoms[tree.classRange(index)]
            for cls in compound.classes where !own.contains(cls) { return false }
        }
        for (name, test) in compound.attributes where !matches(test, name, index, tree) { return false }
        for pseudo in compound.pseudoClasses {
            switch pseudo {
            case .firstChild: if previousElement(index, tree) >= 0 { return false }
            case .lastChild: if nextElement(index, tree) >= 0 { return false }
            case .onlyChild: if previousElement(index, tree) >= 0 || nextElement(index, tree) >= 0 { return false }
            case .nthChild(let a, let b):
                let n = elementPosition(index, tree)
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

    static func matches(_ test: Selector.AttributeTest, _ name: Int32, _ index: Int, _ storage: HTMLTree.Storage)
        -> Bool
    {
        let tree = HTMLTree(storage: storage)
        guard let position = tree.attributePosition(name, of: index) else { return false }
        if test.op == .exists { return true }
        var actual = tree.attributeValue(at: position)
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
