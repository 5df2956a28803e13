/// A 256-bit Bloom filter of the tags, ids and classes of an element's ancestors, as
/// browsers keep one: a selector whose ancestor compounds need a token the filter lacks
/// cannot match, and is rejected without walking up the tree.
struct AncestorFilter: Equatable {
    var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    static func == (lhs: AncestorFilter, rhs: AncestorFilter) -> Bool {
        lhs.words.0 == rhs.words.0 && lhs.words.1 == rhs.words.1 && lhs.words.2 == rhs.words.2
            && lhs.words.3 == rhs.words.3
    }

    /// Adds one token ("t:td", "#id", ".class").
    mutating func insert(_ token: String) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a
        for byte in token.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        let bit = UInt64(1) << (hash & 63)
        switch (hash >> 6) & 3 {
        case 0: words.0 |= bit
        case 1: words.1 |= bit
        case 2: words.2 |= bit
        default: words.3 |= bit
        }
    }

    /// Adds the tokens of an element: its tag, id and classes.
    mutating func insert(tag: String, id: String?, classes: [String]) {
        insert("t:" + tag)
        if let id { insert("#" + id) }
        for cls in classes { insert("." + cls) }
    }

    /// Whether every bit of `required` is set here (a possible match).
    func mayContain(_ required: AncestorFilter) -> Bool {
        required.words.0 & ~words.0 == 0 && required.words.1 & ~words.1 == 0 && required.words.2 & ~words.2 == 0
            && required.words.3 & ~words.3 == 0
    }

    /// The filters of every node of `tree`: each holds the tokens of the node's ancestors.
    static func filters(for tree: HTMLTree) -> [AncestorFilter] {
        var filters = [AncestorFilter](repeating: AncestorFilter(), count: tree.nodes.count)
        for index in tree.nodes.indices {
            let parent = tree.nodes[index].parent
            guard parent >= 0 else { continue }
            var filter = filters[parent]
            if tree.nodes[parent].kind == .element {
                filter.insert(
                    tag: tree.nodes[parent].tag, id: tree.nodes[parent].id, classes: tree.nodes[parent].classes)
            }
            filters[index] = filter
        }
        return filters
    }
}

extension Selector {
    /// The tokens the selector requires among the subject's ancestors: those of every
    /// compound left of a descendant or child combinator (a compound reached only through
    /// sibling combinators is not an ancestor).
    var ancestorRequirements: AncestorFilter {
        var filter = AncestorFilter()
        for (position, compound) in compounds.enumerated().dropLast() {
            let isAncestor = combinators[position...].contains { $0 == .descendant || $0 == .child }
            guard isAncestor else { continue }
            if let tag = compound.tag { filter.insert("t:" + tag) }
            for id in compound.ids { filter.insert("#" + id) }
            for cls in compound.classes { filter.insert("." + cls) }
        }
        return filter
    }
}
