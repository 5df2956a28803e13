/// An HTML document as flat arrays, built from libxml2's parse (`HTMLParser`).
///
/// Every node is an index (document order: a parent before its children; 0 is the root
/// element). Each fact about the nodes is one array indexed by node, names are atoms of
/// one `AtomTable`, and text and attribute values are bytes in one buffer, or, for text
/// that stands in the document as it reads, a range of the document, when the tree keeps
/// it (`HTMLParser.parse(source:)`): building the tree allocates a handful of arrays, not
/// objects per node. The tree holds no libxml2 pointer, so it can be kept, shared across
/// threads and analysed after the parse has freed everything of libxml2's. `nodes[i]`
/// gives a node as a value for code that reads a few nodes.
public struct HTMLTree: Sendable {
    /// What a node is.
    public enum Kind: UInt8, Sendable, Equatable {
        case element
        case text
        case comment
    }

    let storage: Storage

    /// The arrays, filled by `HTMLTree.Builder` and never changed after.
    final class Storage: Sendable {
        let kinds: [Kind]
        /// The element's tag atom; `AtomTable.absent` for text and comments.
        let tags: ElementAtoms
        /// The parent's index, or -1 for the root.
        let parents: [Int32]
        /// 1-based line on which the node starts, as libxml2 counts.
        let lines: [Int32]
        /// An element's tag and `id` atoms (read as `tags` and `ids`), and a text or comment
        /// node's text (UTF-8): `bytes[start..<end]` of the two, or, where both are negative,
        /// the source's bytes from `~start` to `~end` (see `HTMLTree.textLocation(_:)`).
        let tagsAndTextStarts: [Int32]
        let idsAndTextEnds: [Int32]
        /// Node `i`'s attributes are `attributeStarts[i]..<attributeStarts[i + 1]` of the
        /// attribute arrays.
        let attributeStarts: [Int32]
        /// Each attribute's name atom and its value's range (entities decoded): in `bytes`,
        /// or, where both are negative, the source's bytes from `~start` to `~end`, as text
        /// (see `HTMLTree.attributeValueBytes(at:)`).
        let attributeNames: [Int32]
        let attributeValueStarts: [Int32]
        let attributeValueEnds: [Int32]
        /// The element's `id` atom, or `AtomTable.absent`.
        let ids: ElementAtoms
        /// Attribute `p`'s classes are `classAtoms` from `attributeClassStarts[p]` to
        /// `attributeClassStarts[p + 1]`; a node's, those of its attributes (`classRange(_:)`).
        let attributeClassStarts: [Int32]
        let classAtoms: [Int32]
        /// Per node: its text is empty or ASCII white space only (false for elements).
        let blankTexts: [Bool]
        /// The attribute values and the text that do not stand in `source` as they read
        /// (entities decoded, charset converted), UTF-8.
        let bytes: [UInt8]
        /// The document parsed, kept when the parse was given it to keep (empty otherwise):
        /// most text is read from it, not copied.
        let source: ArraySlice<UInt8>
        let atoms: AtomTable
        /// The line at which the tree reached its node limit, -1 when it holds the whole
        /// document.
        let nodeLimitLine: Int32
        /// The same-name positions of the children of parents with many, read the first time
        /// an element path asks for one of them (`sameNameSiblings`).
        let siblingPositions = SiblingPositions()

        /// The first child of node `index`, or -1: nodes are in document order, so a node's
        /// first child, when it has one, is the node right after it (no column needed).
        func firstChild(_ index: Int) -> Int32 {
            index + 1 < parents.count && Int(parents[index + 1]) == index ? Int32(index + 1) : -1
        }

        /// The node after the subtree of node `index` (its descendants, which follow it in
        /// document order), or `count`: the first whose parent comes before `index` (a node
        /// of the subtree has its parent in it). It takes as many steps as the subtree has nodes.
        func subtreeEnd(_ index: Int) -> Int {
            let limit = Int32(index)
            return parents.withUnsafeBufferPointer { parents in
                // Eight parents at a time: a large subtree (a body of 100,000 nodes, walked for
                // each element path of a message with 20,000 findings) is read at memory speed.
                var end = index + 1
                let bound = SIMD8<Int32>(repeating: limit)
                while end + 8 <= parents.count {
                    let lanes = UnsafeRawPointer(parents.baseAddress! + end).loadUnaligned(as: SIMD8<Int32>.self)
                    if any(lanes .< bound) { break }
                    end += 8
                }
                while end < parents.count, parents[end] >= limit { end += 1 }
                return end
            }
        }

        /// Where node `index`'s classes are in `classAtoms`: those of its attributes.
        func classRange(_ index: Int) -> Range<Int> {
            let attributes = Int(attributeStarts[index])..<Int(attributeStarts[index + 1])
            return Int(attributeClassStarts[attributes.lowerBound])..<Int(attributeClassStarts[attributes.upperBound])
        }

        /// The next sibling of node `index`, or -1, without a column: the node after its
        /// subtree, when that has the same parent.
        func nextSibling(_ index: Int) -> Int {
            let end = subtreeEnd(index)
            return end < parents.count && parents[end] == parents[index] && parents[index] >= 0 ? end : -1
        }

        /// The previous sibling of node `index`, or -1, without a column: the node before it
        /// is its parent (it has none), the sibling itself, or the last descendant of the
        /// sibling, whose ancestors lead up to it. Over all of a node's siblings the walk up is
        /// as long as their subtrees are deep.
        func previousSibling(_ index: Int) -> Int {
            let parent = parents[index]
            guard index > 0, parent >= 0, index - 1 != Int(parent) else { return -1 }
            var node = index - 1
            while node >= 0, parents[node] != parent { node = Int(parents[node]) }
            return node
        }

        init(_ builder: Builder, source: ArraySlice<UInt8>) {
            self.source = source
            kinds = builder.kinds
            parents = builder.parents
            lines = builder.lines
            tagsAndTextStarts = builder.tagsAndTextStarts
            idsAndTextEnds = builder.idsAndTextEnds
            tags = ElementAtoms(kinds: builder.kinds, values: builder.tagsAndTextStarts)
            ids = ElementAtoms(kinds: builder.kinds, values: builder.idsAndTextEnds)
            attributeStarts = builder.attributeStarts
            attributeNames = builder.attributeNames
            attributeValueStarts = builder.attributeValueStarts
            attributeValueEnds = builder.attributeValueEnds
            attributeClassStarts = builder.attributeClassStarts
            classAtoms = builder.classAtoms
            blankTexts = builder.blankTexts
            bytes = builder.bytes
            atoms = builder.atoms
            nodeLimitLine = builder.nodeLimitLine.map { Int32(clamping: $0) } ?? -1
        }
    }

    init(_ builder: Builder, source: ArraySlice<UInt8> = []) { storage = Storage(builder, source: source) }

    init(storage: Storage) { self.storage = storage }

    /// How many nodes there are.
    public var count: Int { storage.kinds.count }

    /// The line of the HTML at which the tree stopped, having reached the most nodes it
    /// keeps for a document of its size (`nodeLimit(sourceBytes:)`); nil when it holds the
    /// whole document.
    public var nodeLimitLine: Int? { storage.nodeLimitLine < 0 ? nil : Int(storage.nodeLimitLine) }

    /// The most nodes a tree keeps for a document of `sourceBytes` bytes, a link or an image
    /// counted as three: one per 68 bytes of the document and of 32 MiB more (493,447 for a
    /// small one, 1.2 million for 50 MB). An analysed node costs about 40 to 60 bytes (the
    /// tree's columns, its style, its visibility, its text runs), a link 96 more, so past
    /// this a document of tiny elements (a node per 7 bytes: `<span>x</span>`) or of nothing
    /// but links would hold several times its size; an email is far below it (Gmail clips
    /// HTML at 102 KB, a few thousand nodes).
    public static func nodeLimit(sourceBytes: Int) -> Int { (sourceBytes + (32 << 20)) / 68 }

    /// Whether the document has no element.
    public var isEmpty: Bool { storage.kinds.isEmpty }

    /// Element, text or comment.
    public func kind(_ index: Int) -> Kind { storage.kinds[index] }

    /// The element's tag name in lowercase ("a", "td"); empty for text and comments.
    public func tag(_ index: Int) -> String {
        let atom = storage.tags[index]
        return atom < 0 ? "" : storage.atoms.names[Int(atom)]
    }

    /// Whether `index` and `other` are elements with the same tag name, compared without
    /// making either name.
    public func isSameElementName(_ index: Int, _ other: Int) -> Bool {
        storage.tags[index] >= 0 && storage.tags[index] == storage.tags[other]
    }

    /// The parent's index, or -1 for the root element.
    public func parent(_ index: Int) -> Int { Int(storage.parents[index]) }

    /// The children's indices in document order.
    public func children(_ index: Int) -> [Int] {
        var out: [Int] = []
        var child = storage.firstChild(index)
        while child >= 0 {
            out.append(Int(child))
            child = Int32(storage.nextSibling(Int(child)))
        }
        return out
    }

    /// The first child of `index` that is an element, or nil; read along the siblings, no
    /// list made (a newsletter's body has hundreds of thousands of children).
    public func firstElementChild(_ index: Int) -> Int? {
        var child = Int(storage.firstChild(index))
        while child >= 0, storage.kinds[child] != .element { child = storage.nextSibling(child) }
        return child >= 0 ? child : nil
    }

    /// 1-based line in the HTML source on which the node starts (as libxml2 counts).
    public func line(_ index: Int) -> Int { Int(storage.lines[index]) }

    /// The text of a text or comment node; empty for elements.
    public func text(_ index: Int) -> String {
        String(decoding: textBytes(index), as: UTF8.self)
    }

    /// Node `index`'s text as UTF-8 bytes (empty for elements): a slice of the source or of
    /// `storage.bytes`.
    func textBytes(_ index: Int) -> ArraySlice<UInt8> {
        let location = textLocation(index)
        return slice(location.range, inSource: location.inSource)
    }

    /// `range` of the source (counted from its start) or of `storage.bytes`.
    private func slice(_ range: Range<Int>, inSource: Bool) -> ArraySlice<UInt8> {
        guard inSource else { return storage.bytes[range] }
        let start = storage.source.startIndex
        return storage.source[(start + range.lowerBound)..<(start + range.upperBound)]
    }

    /// Where node `index`'s text is: a range of the source (`inSource`, counted from its
    /// start) or of `storage.bytes`; empty for an element.
    func textLocation(_ index: Int) -> (range: Range<Int>, inSource: Bool) {
        guard storage.kinds[index] != .element else { return (0..<0, false) }
        let start = storage.tagsAndTextStarts[index]
        let end = storage.idsAndTextEnds[index]
        return start < 0 ? (Int(~start)..<Int(~end), true) : (Int(start)..<Int(end), false)
    }

    /// The value of the attribute at `position` of the attribute arrays as UTF-8 bytes (entities
    /// decoded): a slice of the source, where it stands there as it is, or of `storage.bytes`.
    func attributeValueBytes(at position: Int) -> ArraySlice<UInt8> {
        let start = storage.attributeValueStarts[position]
        let end = storage.attributeValueEnds[position]
        return start < 0
            ? slice(Int(~start)..<Int(~end), inSource: true) : slice(Int(start)..<Int(end), inSource: false)
    }

    /// Whether the text of node `index` is white space only (Unicode's, as
    /// `Character.isWhitespace` says), or empty. ASCII text was judged while it was copied
    /// (`blankTexts`); only text with a non-ASCII character is read again.
    func isWhitespace(_ index: Int) -> Bool {
        if storage.blankTexts[index] { return true }
        let text = textBytes(index)
        if text.allSatisfy({ $0 < 0x80 }) { return text.isEmpty }
        return self.text(index).allSatisfy(\.isWhitespace)
    }

    /// The value of attribute `name` (lowercase) of node `index`, or nil.
    public func attribute(_ name: String, of index: Int) -> String? {
        let atom = storage.atoms.lookup(name)
        guard atom >= 0, let position = attributePosition(atom, of: index) else { return nil }
        return attributeValue(at: position)
    }

    /// The element's attributes in order, names lowercased, values with entities decoded.
    public func attributes(of index: Int) -> [(name: String, value: String)] {
        (Int(storage.attributeStarts[index])..<Int(storage.attributeStarts[index + 1])).map {
            (storage.atoms.names[Int(storage.attributeNames[$0])], attributeValue(at: $0))
        }
    }

    /// The `id` attribute.
    public func id(_ index: Int) -> String? {
        let atom = storage.ids[index]
        return atom < 0 ? nil : storage.atoms.names[Int(atom)]
    }

    /// The `class` attribute split at white space.
    public func classes(_ index: Int) -> [String] {
        storage.classAtoms[storage.classRange(index)].map {
            storage.atoms.names[Int($0)]
        }
    }

    /// The position of attribute `atom` of node `index` in the attribute arrays, or nil.
    func attributePosition(_ atom: Int32, of index: Int) -> Int? {
        let names = storage.attributeNames
        for position in Int(storage.attributeStarts[index])..<Int(storage.attributeStarts[index + 1])
        where names[position] == atom {
            return position
        }
        return nil
    }

    /// Whether node `index` has attribute `atom`.
    func hasAttribute(_ atom: Int32, _ index: Int) -> Bool { atom >= 0 && attributePosition(atom, of: index) != nil }

    /// The value of the attribute at `position` of the attribute arrays.
    func attributeValue(at position: Int) -> String {
        String(decoding: attributeValueBytes(at: position), as: UTF8.self)
    }

    /// The value of attribute `atom` of node `index` as bytes, or nil.
    func attributeBytes(_ atom: Int32, of index: Int) -> ArraySlice<UInt8>? {
        guard atom >= 0, let position = attributePosition(atom, of: index) else { return nil }
        return attributeValueBytes(at: position)
    }

    /// The atom of `name` in this document, or `AtomTable.absent` when no node uses it
    /// (a name of `KnownNames` has its atom in every document, used or not).
    func atom(_ name: String) -> Int32 { storage.atoms.lookup(name) }

    /// The index of the first element with tag `tag`, or nil.
    public func firstElement(_ tag: String) -> Int? {
        let atom = atom(tag)
        guard atom >= 0 else { return nil }
        return storage.tags.firstIndex(of: atom)
    }

    /// The first element whose class list holds one of `classes`, or whose id is one of
    /// `ids` (both as written), or nil. Atoms are compared, no string is made per element, and
    /// a document that names none of them anywhere is answered at once.
    public func firstElement(withClassIn classes: [String], orIDIn ids: [String]) -> Int? {
        let classAtoms = Set(classes.map(atom).filter { $0 >= 0 })
        let idAtoms = Set(ids.map(atom).filter { $0 >= 0 })
        var first = idAtoms.isEmpty ? nil : storage.ids.firstIndex(where: idAtoms.contains)
        if !classAtoms.isEmpty, let position = storage.classAtoms.firstIndex(where: classAtoms.contains) {
            // The attribute whose class range holds `position`, then the node whose attribute
            // range holds that attribute: each the last whose range starts at or before it
            // (those with empty ranges share their start with the next).
            let attribute = Self.lastStart(atOrBefore: position, in: storage.attributeClassStarts)
            let node = Self.lastStart(atOrBefore: attribute, in: storage.attributeStarts)
            first = min(first ?? node, node)
        }
        return first
    }

    /// The last position of `starts` (non-decreasing) whose value is at or before `value`.
    private static func lastStart(atOrBefore value: Int, in starts: [Int32]) -> Int {
        var low = 0
        var high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if Int(starts[middle]) <= value { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// The elements named `tag` (lowercase), in document order.
    public func elements(named tag: String) -> [Int] {
        let atom = atom(tag)
        guard atom >= 0 else { return [] }
        // Counted first: an array grown by doubling leaves the room it moved out of behind
        // (a newsletter's 150,000 tables).
        let tags = storage.tags
        var elements: [Int] = []
        elements.reserveCapacity(tags.reduce(0) { $1 == atom ? $0 + 1 : $0 })
        for index in tags.indices where tags[index] == atom { elements.append(index) }
        return elements
    }

    /// The nearest ancestor of node `index` named `tag` (lowercase), or nil.
    public func nearestAncestor(of index: Int, named tag: String) -> Int? {
        let atom = atom(tag)
        guard atom >= 0 else { return nil }
        var current = parent(index)
        while current >= 0 {
            if storage.tags[current] == atom { return current }
            current = parent(current)
        }
        return nil
    }

    /// The element indices from the root down to `index` (inclusive).
    public func ancestry(of index: Int) -> [Int] {
        var chain: [Int] = []
        var current = index
        while current >= 0 {
            chain.append(current)
            current = parent(current)
        }
        return chain.reversed()
    }

    /// A readable path to element `index`: `html > body > table > tr > td:nth-of-type(2) > a`.
    public func elementPath(of index: Int) -> String {
        ancestry(of: index).map { element in
            var part = tag(element)
            if let id = id(element), !id.isEmpty {
                part += "#" + id
            } else if parent(element) >= 0 {
                // The position among same-named siblings (`Storage.sameNameSiblings`).
                let siblings = storage.sameNameSiblings(of: element)
                if siblings.before > 0 || siblings.hasLater { part += ":nth-of-type(\(siblings.before + 1))" }
            }
            return part
        }.joined(separator: " > ")
    }

    /// The concatenated text of every text node below `index`.
    public func textContent(of index: Int) -> String {
        var out: [UInt8] = []
        forEachDescendant(of: index) { node in
            if storage.kinds[node] == .text {
                out += textBytes(node)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Calls `body` with `index` and each node below it, in document order.
    func forEachDescendant(of index: Int, _ body: (Int) -> Void) {
        // Document order makes a subtree a contiguous run (`Storage.subtreeEnd`).
        for current in index..<storage.subtreeEnd(index) { body(current) }
    }

    /// The nodes as values.
    public var nodes: Nodes { Nodes(tree: self) }

    /// The nodes of a tree as a collection of `Node` values.
    public struct Nodes: RandomAccessCollection, Sendable {
        let tree: HTMLTree
        /// 0.
        public var startIndex: Int { 0 }
        /// The node count.
        public var endIndex: Int { tree.count }
        /// Node `index`.
        public subscript(index: Int) -> Node { Node(tree: tree, index: index) }
    }

    /// One node, read from the tree when a property is asked for.
    public struct Node: Sendable {
        let tree: HTMLTree
        /// The node's index.
        public let index: Int
        /// Element, text or comment.
        public var kind: Kind { tree.kind(index) }
        /// The tag name in lowercase; empty for text and comments.
        public var tag: String { tree.tag(index) }
        /// The element's attributes in order, names lowercased, values with entities decoded.
        public var attributes: [(name: String, value: String)] { tree.attributes(of: index) }
        /// The text of a text or comment node; empty for elements.
        public var text: String { tree.text(index) }
        /// The parent's index, or -1 for the root element.
        public var parent: Int { tree.parent(index) }
        /// The children's indices in document order.
        public var children: [Int] { tree.children(index) }
        /// 1-based line in the HTML source on which the node starts.
        public var line: Int { tree.line(index) }
        /// The `id` attribute.
        public var id: String? { tree.id(index) }
        /// The `class` attribute split at white space.
        public var classes: [String] { tree.classes(index) }
        /// The value of attribute `name` (lowercase), or nil.
        public func attribute(_ name: String) -> String? { tree.attribute(name, of: index) }
    }
}
