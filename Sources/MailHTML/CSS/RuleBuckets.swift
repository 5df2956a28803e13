/// The selectors of a sheet bound to one document and indexed by what their subjects
/// require, so that each element only tests the selectors that can match it.
struct RuleBuckets {
    /// One selector of one rule, bound to the document.
    struct Entry {
        var rule: Int
        var selector: CompiledSelector
        /// The ancestor names it requires.
        var requirements: AncestorFilter
        var specificity: Int
    }

    /// The selectors that can match in the document, in rule order.
    private(set) var entries: [Entry] = []
    /// The entries whose subject requires an id, a class or a tag, grouped by that name:
    /// the group of `key(atom, role)` is `keyed[keyStarts[key]..<keyStarts[key + 1]]`, in
    /// rule order. Two flat arrays, whatever the number of names.
    private var keyStarts: [Int32] = []
    private var keyed: [Int32] = []
    private var universal: [Int32] = []

    /// What a subject's bucket name is: its first id, else its first class, else its tag.
    private enum Role: Int {
        case id, `class`, tag
    }

    private static func key(_ atom: Int32, _ role: Role) -> Int { Int(atom) * 3 + role.rawValue }

    /// Binds `sheet` to `tree`, whose names are used as `use` says.
    init(_ sheet: StyleSheet, _ tree: HTMLTree.Storage, use: NameUse) {
        guard !sheet.rules.isEmpty else { return }
        let atoms = tree.atoms
        var keys: [(key: Int, entry: Int32)] = []
        for (rule, styleRule) in sheet.rules.enumerated() {
            for selector in styleRule.selectors {
                guard let compiled = CompiledSelector(selector, atoms: atoms, use: use) else { continue }
                let entry = Int32(entries.count)
                entries.append(
                    Entry(
                        rule: rule, selector: compiled, requirements: compiled.ancestorRequirements,
                        specificity: selector.specificity))
                let subject = compiled.subject
                if let id = subject.ids.first {
                    keys.append((Self.key(id, .id), entry))
                } else if let cls = subject.classes.first {
                    keys.append((Self.key(cls, .class), entry))
                } else if let tag = subject.tag {
                    keys.append((Self.key(tag, .tag), entry))
                } else {
                    universal.append(entry)
                }
            }
        }
        // Grouped by key with a counting sort, which keeps each group in rule order.
        var starts = [Int32](repeating: 0, count: atoms.count * 3 + 1)
        for (key, _) in keys { starts[key + 1] += 1 }
        for key in 0..<atoms.count * 3 { starts[key + 1] += starts[key] }
        var next = starts
        keyed = [Int32](repeating: 0, count: keys.count)
        for (key, entry) in keys {
            keyed[Int(next[key])] = entry
            next[key] += 1
        }
        keyStarts = starts
    }

    /// The entries whose subject could match element `index`, each once, in rule order.
    func candidates(for index: Int, _ tree: HTMLTree.Storage, into out: inout ScratchList<Int32>) {
        out.removeAll()
        guard !entries.isEmpty else { return }
        // Each group is in rule order already: one non-empty group needs no sorting.
        var groups = 0
        if !universal.isEmpty {
            universal.withUnsafeBufferPointer { out.append(contentsOf: $0) }
            groups += 1
        }
        keyed.withUnsafeBufferPointer { keyed in
            func add(_ key: Int) {
                let start = Int(keyStarts[key])
                let end = Int(keyStarts[key + 1])
                guard end > start else { return }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: keyed[start..<end]))
                groups += 1
            }
            let id = tree.ids[index]
            if id >= 0 { add(Self.key(id, .id)) }
            for position in tree.classRange(index) {
                add(Self.key(tree.classAtoms[position], .class))
            }
            let tag = tree.tags[index]
            if tag >= 0 { add(Self.key(tag, .tag)) }
        }
        guard groups > 1 else { return }
        out.sort()
        out.removeAdjacentDuplicates()
    }
}
