extension HTMLTree {
    /// Fills the arrays of an `HTMLTree`, one node at a time, in document order.
    struct Builder {
        // The columns of `HTMLTree.Storage`, filled in place: the storage takes them over
        // as they are, so a large document's nodes are never held twice (a record per node
        // taken apart into columns afterwards held both at once: 121 MB of 265 for a
        // 50 MB document of 1.2 million nodes).
        private(set) var kinds: [Kind] = []
        private(set) var parents: [Int32] = []
        private(set) var lines: [Int32] = []
        /// An element's tag and `id` atoms; a text or comment node's text:
        /// `bytes[start..<end]`, or, where both are negative, the source's bytes from
        /// `~start` to `~end` (`HTMLTree.Storage`).
        private(set) var tagsAndTextStarts: [Int32] = []
        private(set) var idsAndTextEnds: [Int32] = []
        /// Node `i`'s attributes end where node `i + 1`'s start: the last entry is the end
        /// of the last node's, which grows while its attributes are added.
        private(set) var attributeStarts: [Int32] = [0]
        /// Attribute `p`'s classes (those of a `class` attribute, none for another) end where
        /// attribute `p + 1`'s start, in `classAtoms`: kept per attribute, not per node, as
        /// most nodes are text or have no attribute.
        private(set) var attributeClassStarts: [Int32] = [0]
        /// The node's text is empty or ASCII white space only (the indentation between
        /// tags), decided while its bytes are being copied.
        private(set) var blankTexts: [Bool] = []

        var attributeNames: [Int32] = []
        var attributeValueStarts: [Int32] = []
        var attributeValueEnds: [Int32] = []
        var classAtoms: [Int32] = []
        var bytes: [UInt8] = []
        /// The document being parsed, when the tree will keep it (`HTMLTree.Storage.source`):
        /// text found as it stands in it is kept as a range of it, not copied.
        var source: UnsafeBufferPointer<UInt8>?
        /// The document's names, the known ones first (`KnownNames`).
        var atoms = KnownNames.table
        private let idAtom = KnownNames.id
        private let classAtom = KnownNames.class

        /// The line at which the tree reached its node limit, nil while under it.
        var nodeLimitLine: Int?

        /// How many nodes there are so far.
        var count: Int { kinds.count }

        /// Creates a builder whose arrays hold `nodes` nodes, `attributes` attributes and
        /// `bytes` bytes of text without growing.
        init(nodes: Int = 0, attributes: Int = 0, bytes byteCount: Int = 0) {
            kinds.reserveCapacity(nodes)
            parents.reserveCapacity(nodes)
            lines.reserveCapacity(nodes)
            tagsAndTextStarts.reserveCapacity(nodes)
            idsAndTextEnds.reserveCapacity(nodes)
            blankTexts.reserveCapacity(nodes)
            attributeStarts.reserveCapacity(nodes + 1)
            attributeClassStarts.reserveCapacity(attributes + 1)
            attributeNames.reserveCapacity(attributes)
            attributeValueStarts.reserveCapacity(attributes)
            attributeValueEnds.reserveCapacity(attributes)
            bytes.reserveCapacity(byteCount)
        }

        /// Adds a node under `parent` (-1 for the root) after the children it has so far,
        /// and returns its index. Attributes and text are added next, before another node.
        mutating func add(_ kind: Kind, tag: Int32, parent: Int, line: Int) -> Int {
            // Nodes come in document order: siblings need no links (`HTMLTree.Storage`).
            let index = kinds.count
            kinds.append(kind)
            parents.append(Int32(parent))
            lines.append(Int32(clamping: line))
            if kind == .element {
                tagsAndTextStarts.append(tag)
                idsAndTextEnds.append(AtomTable.absent)
            } else {
                tagsAndTextStarts.append(Int32(bytes.count))
                idsAndTextEnds.append(Int32(bytes.count))
            }
            attributeStarts.append(Int32(attributeNames.count))
            blankTexts.append(false)
            return index
        }

        /// Appends text to the last node's text. With `sourceOffset`, where the text stands
        /// in `source`: the node's text stays a range of the source while every piece of it
        /// continues the last there; the first that does not moves it into `bytes`.
        mutating func appendText(_ text: UnsafeBufferPointer<UInt8>, sourceOffset: Int? = nil) {
            let node = kinds.count - 1
            let isEmpty = idsAndTextEnds[node] == tagsAndTextStarts[node]
            var isBlank = isEmpty || blankTexts[node]
            for byte in text where !ASCIIWhitespace.contains(byte) {
                isBlank = false
                break
            }
            blankTexts[node] = isBlank
            if let offset = sourceOffset, isEmpty || (tagsAndTextStarts[node] < 0 && ~idsAndTextEnds[node] == offset) {
                if isEmpty { tagsAndTextStarts[node] = ~Int32(offset) }
                idsAndTextEnds[node] = ~Int32(offset + text.count)
                return
            }
            if tagsAndTextStarts[node] < 0, let source {
                let start = Int(~tagsAndTextStarts[node])
                let end = Int(~idsAndTextEnds[node])
                tagsAndTextStarts[node] = Int32(bytes.count)
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[start..<end]))
            } else if isEmpty {
                tagsAndTextStarts[node] = Int32(bytes.count)
            }
            bytes.append(contentsOf: text)
            idsAndTextEnds[node] = Int32(bytes.count)
        }

        /// Starts an attribute of the last node; its value is set with `setAttributeValue`.
        mutating func addAttribute(name: Int32) {
            attributeNames.append(name)
            attributeClassStarts.append(Int32(classAtoms.count))
            attributeValueStarts.append(Int32(bytes.count))
            attributeValueEnds.append(Int32(bytes.count))
            attributeStarts[attributeStarts.count - 1] += 1
        }

        /// Sets the value of the last attribute. With `sourceOffset`, where the value stands
        /// in `source` as it is: it is kept as a range of the source, as text is
        /// (`HTMLTree.Storage`), not copied.
        mutating func setAttributeValue(_ text: UnsafeBufferPointer<UInt8>, sourceOffset: Int? = nil) {
            let last = attributeValueStarts.count - 1
            if let offset = sourceOffset, source != nil {
                attributeValueStarts[last] = ~Int32(offset)
                attributeValueEnds[last] = ~Int32(offset + text.count)
                return
            }
            attributeValueStarts[last] = Int32(bytes.count)
            bytes.append(contentsOf: text)
            attributeValueEnds[last] = Int32(bytes.count)
        }

        /// Reads the `id` and `class` of the last node once its attributes are complete.
        mutating func finishAttributes() {
            let node = kinds.count - 1
            // A second reference to the bytes, read while atoms are added (they are not
            // changed meanwhile, so nothing is copied).
            let ownBytes = bytes
            for position in Int(attributeStarts[node])..<Int(attributeStarts[node + 1]) {
                let name = attributeNames[position]
                if name == classAtom || (name == idAtom && idsAndTextEnds[node] < 0) {
                    let start = Int(attributeValueStarts[position])
                    let end = Int(attributeValueEnds[position])
                    if start < 0, let source {
                        read(name, of: node, UnsafeBufferPointer(rebasing: source[(~start)..<(~end)]))
                    } else {
                        ownBytes.withUnsafeBufferPointer {
                            read(name, of: node, UnsafeBufferPointer(rebasing: $0[start..<end]))
                        }
                    }
                }
                attributeClassStarts[position + 1] = Int32(classAtoms.count)
            }
        }

        /// Keeps the `id` (`name` is `idAtom`) or the classes of node `node` from `value`.
        private mutating func read(_ name: Int32, of node: Int, _ value: UnsafeBufferPointer<UInt8>) {
            guard name == classAtom else {
                idsAndTextEnds[node] = atoms.intern(value)
                return
            }
            // Classes are separated by ASCII white space.
            var index = 0
            while index < value.count {
                while index < value.count, CSSTokenizer.isWhitespace(value[index]) { index += 1 }
                let wordStart = index
                while index < value.count, !CSSTokenizer.isWhitespace(value[index]) { index += 1 }
                if index > wordStart {
                    classAtoms.append(atoms.intern(UnsafeBufferPointer(rebasing: value[wordStart..<index])))
                }
            }
        }
    }
}

extension AtomTable {
    /// The atom of `name`, added when new.
    mutating func intern(_ name: String) -> Int32 {
        var name = name
        return name.withUTF8 { intern($0) }
    }
}
