/// Fills the arrays of an `HTMLTree`, one node at a time, in document order.
extension HTMLTree {
    struct Builder {
        var kinds: [Kind] = []
        var tags: [Int32] = []
        var parents: [Int32] = []
        var firstChildren: [Int32] = []
        var nextSiblings: [Int32] = []
        var previousSiblings: [Int32] = []
        var lines: [Int32] = []
        var textStarts: [Int32] = []
        var textEnds: [Int32] = []
        var attributeStarts: [Int32] = [0]
        var attributeNames: [Int32] = []
        var attributeValueStarts: [Int32] = []
        var attributeValueEnds: [Int32] = []
        var ids: [Int32] = []
        var classStarts: [Int32] = [0]
        var classAtoms: [Int32] = []
        var bytes: [UInt8] = []
        var atoms = AtomTable()
        /// Per node: its last child so far, to link the next one.
        private var lastChildren: [Int32] = []
        private let idAtom: Int32
        private let classAtom: Int32

        /// Creates a builder whose arrays hold `nodes` nodes, `attributes` attributes and
        /// `bytes` bytes of text without growing.
        init(nodes: Int = 0, attributes: Int = 0, bytes byteCount: Int = 0) {
            idAtom = atoms.intern("id")
            classAtom = atoms.intern("class")
            for array in [
                \Builder.tags, \.parents, \.firstChildren, \.nextSiblings, \.previousSiblings, \.lines,
                \.textStarts, \.textEnds, \.ids, \.lastChildren,
            ] as [WritableKeyPath<Builder, [Int32]>] {
                self[keyPath: array].reserveCapacity(nodes)
            }
            kinds.reserveCapacity(nodes)
            attributeStarts.reserveCapacity(nodes + 1)
            classStarts.reserveCapacity(nodes + 1)
            for array in [\Builder.attributeNames, \.attributeValueStarts, \.attributeValueEnds]
                as [WritableKeyPath<Builder, [Int32]>]
            {
                self[keyPath: array].reserveCapacity(attributes)
            }
            bytes.reserveCapacity(byteCount)
        }

        /// Adds a node under `parent` (-1 for the root) after the children it has so far,
        /// and returns its index. Attributes and text are added next, before another node.
        mutating func add(_ kind: Kind, tag: Int32, parent: Int, line: Int) -> Int {
            let index = kinds.count
            kinds.append(kind)
            tags.append(tag)
            parents.append(Int32(parent))
            firstChildren.append(-1)
            nextSiblings.append(-1)
            lastChildren.append(-1)
            lines.append(Int32(clamping: line))
            if parent >= 0 {
                let previous = lastChildren[parent]
                previousSiblings.append(previous)
                if previous >= 0 {
                    nextSiblings[Int(previous)] = Int32(index)
                } else {
                    firstChildren[parent] = Int32(index)
                }
                lastChildren[parent] = Int32(index)
            } else {
                previousSiblings.append(-1)
            }
            textStarts.append(Int32(bytes.count))
            textEnds.append(Int32(bytes.count))
            attributeStarts.append(attributeStarts[index])
            ids.append(AtomTable.absent)
            classStarts.append(classStarts[index])
            return index
        }

        /// Appends text to the last node's text.
        mutating func appendText(_ text: UnsafeBufferPointer<UInt8>) {
            bytes.append(contentsOf: text)
            textEnds[textEnds.count - 1] = Int32(bytes.count)
        }

        /// Starts an attribute of the last node; its value is appended with
        /// `appendAttributeValue`.
        mutating func addAttribute(name: Int32) {
            attributeNames.append(name)
            attributeValueStarts.append(Int32(bytes.count))
            attributeValueEnds.append(Int32(bytes.count))
            attributeStarts[attributeStarts.count - 1] += 1
        }

        /// Appends to the value of the last attribute.
        mutating func appendAttributeValue(_ text: UnsafeBufferPointer<UInt8>) {
            bytes.append(contentsOf: text)
            attributeValueEnds[attributeValueEnds.count - 1] = Int32(bytes.count)
        }

        /// Reads the `id` and `class` of the last node once its attributes are complete.
        mutating func finishAttributes() {
            let node = kinds.count - 1
            for position in Int(attributeStarts[node])..<Int(attributeStarts[node + 1]) {
                let start = Int(attributeValueStarts[position])
                let end = Int(attributeValueEnds[position])
                if attributeNames[position] == idAtom, ids[node] < 0 {
                    ids[node] = internBytes(start, end)
                } else if attributeNames[position] == classAtom {
                    // Classes are separated by ASCII white space.
                    var index = start
                    while index < end {
                        while index < end, Self.isSpace(bytes[index]) { index += 1 }
                        let wordStart = index
                        while index < end, !Self.isSpace(bytes[index]) { index += 1 }
                        if index > wordStart {
                            classAtoms.append(internBytes(wordStart, index))
                            classStarts[node + 1] += 1
                        }
                    }
                }
            }
        }

        private mutating func internBytes(_ start: Int, _ end: Int) -> Int32 {
            // A second reference to the buffer (not a copy): `bytes` is not changed while
            // `atoms` is, but a closure over `self` could not read one and change the other.
            let buffer = bytes
            return buffer.withUnsafeBufferPointer { atoms.intern(UnsafeBufferPointer(rebasing: $0[start..<end])) }
        }

        private static func isSpace(_ byte: UInt8) -> Bool {
            byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
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
