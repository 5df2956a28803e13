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
    /// By atom: the entries whose subject requires that id, class or tag.
    private var byID: [[Int32]]
    private var byClass: [[Int32]]
    private var byTag: [[Int32]]
    private var universal: [Int32] = []

    init(_ sheet: StyleSheet, _ tree: HTMLTree.Storage) {
        let atoms = tree.atoms
        byID = Array(repeating: [], count: atoms.count)
        byClass = byID
        byTag = byID
        guard !sheet.rules.isEmpty else { return }
        let use = NameUse(tree)
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
                    byID[Int(id)].append(entry)
                } else if let cls = subject.classes.first {
                    byClass[Int(cls)].append(entry)
                } else if let tag = subject.tag {
                    byTag[Int(tag)].append(entry)
                } else {
                    universal.append(entry)
                }
            }
        }
    }

    /// The entries whose subject could match element `index`, each once, in rule order.
    func candidates(for index: Int, _ tree: HTMLTree.Storage, into out: inout ScratchList<Int32>) {
        out.removeAll()
        guard !entries.isEmpty else { return }
        // Each bucket is in rule order already: one non-empty bucket needs no sorting.
        var buckets = 0
        func add(_ bucket: [Int32]) {
            guard !bucket.isEmpty else { return }
            bucket.withUnsafeBufferPointer { out.append(contentsOf: $0) }
            buckets += 1
        }
        add(universal)
        let id = tree.ids[index]
        if id >= 0 { add(byID[Int(id)]) }
        for position in Int(tree.classStarts[index])..<Int(tree.classStarts[index + 1]) {
            add(byClass[Int(tree.classAtoms[position])])
        }
        let tag = tree.tags[index]
        if tag >= 0 { add(byTag[Int(tag)]) }
        guard buckets > 1 else { return }
        out.sort()
        out.removeAdjacentDuplicates()
    }
}
