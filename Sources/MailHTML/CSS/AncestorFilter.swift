/// A 256-bit Bloom filter of the tags, ids and classes of an element's ancestors, as
/// browsers keep one: a selector whose ancestor compounds need a token the filter lacks
/// cannot match, and is rejected without walking up the tree.
struct AncestorFilter: Equatable {
    var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    static func == (lhs: AncestorFilter, rhs: AncestorFilter) -> Bool {
        lhs.words.0 == rhs.words.0 && lhs.words.1 == rhs.words.1 && lhs.words.2 == rhs.words.2
            && lhs.words.3 == rhs.words.3
    }

    /// What a name is used as: a filter holds tags, ids and classes apart.
    enum Use: UInt64 {
        case tag = 1
        case id = 2
        case `class` = 3
    }

    /// Adds one name of an ancestor: two of the 256 bits, so that a name the ancestors lack
    /// is told apart even when one of its bits is set by another name.
    mutating func insert(_ atom: Int32, as use: Use) {
        // A multiplicative hash of (atom, use), two 8-bit positions from its top bits: the
        // filter's bits, not a table, so collisions only cost a selector walk that fails.
        let hash = (UInt64(UInt32(bitPattern: atom)) << 2 | use.rawValue) &* 0x9E37_79B9_7F4A_7C15
        set(bit: Int(hash >> 56))
        set(bit: Int((hash >> 48) & 0xFF))
    }

    private mutating func set(bit position: Int) {
        let bit = UInt64(1) << (position & 63)
        switch position >> 6 {
        case 0: words.0 |= bit
        case 1: words.1 |= bit
        case 2: words.2 |= bit
        default: words.3 |= bit
        }
    }

    /// Adds the names of element `index`: its tag, id and classes.
    mutating func insert(element index: Int, of tree: HTMLTree.Storage) {
        insert(tree.tags[index], as: .tag)
        if tree.ids[index] >= 0 { insert(tree.ids[index], as: .id) }
        for position in tree.classRange(index) {
            insert(tree.classAtoms[position], as: .class)
        }
    }

    /// Whether every bit of `required` is set here (a possible match).
    func mayContain(_ required: AncestorFilter) -> Bool {
        required.words.0 & ~words.0 == 0 && required.words.1 & ~words.1 == 0 && required.words.2 & ~words.2 == 0
            && required.words.3 & ~words.3 == 0
    }

    /// The filters of the elements of a tree read in document order, kept for the open
    /// elements only (as deep as the tree, not as long): an element's filter holds the names
    /// of its ancestors (text and comments, which no selector matches, need none). A filter
    /// per node took 32 bytes a node at once, 26 MB for a document of 830,000.
    struct Stack {
        private var open: [(node: Int32, filter: AncestorFilter)] = []

        /// The filter of element `index` (the elements before it in document order having
        /// been asked for), which is then open for its descendants.
        mutating func filter(for index: Int, of tree: HTMLTree.Storage) -> AncestorFilter {
            let parent = tree.parents[index]
            while let last = open.last, last.node != parent { open.removeLast() }
            var filter = open.last?.filter ?? AncestorFilter()
            let own = filter
            filter.insert(element: index, of: tree)
            open.append((Int32(index), filter))
            return own
        }
    }
}

extension CompiledSelector {
    /// The names the selector requires among the subject's ancestors: those of every
    /// compound left of a descendant or child combinator (a compound reached only through
    /// sibling combinators is not an ancestor).
    var ancestorRequirements: AncestorFilter {
        var filter = AncestorFilter()
        for (position, compound) in compounds.enumerated().dropLast() {
            let isAncestor = combinators[position...].contains { $0 == .descendant || $0 == .child }
            guard isAncestor else { continue }
            if let tag = compound.tag { filter.insert(tag, as: .tag) }
            for id in compound.ids { filter.insert(id, as: .id) }
            for cls in compound.classes { filter.insert(cls, as: .class) }
        }
        return filter
    }
}
