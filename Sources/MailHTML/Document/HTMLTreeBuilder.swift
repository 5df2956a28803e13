extension HTMLTree {
    /// Fills the arrays of an `HTMLTree`, one node at a time, in document order.
    struct Builder {
        /// One node while the tree is built: its facts side by side, so adding a node
        /// appends to one array; `HTMLTree.Storage` takes them apart into columns.
        struct Record {
            var kind: Kind
            var tag: Int32
            var parent: Int32
            var firstChild: Int32 = -1
            var nextSibling: Int32 = -1
            var previousSibling: Int32 = -1
            /// The last child so far, to link the next one.
            var lastChild: Int32 = -1
            var line: Int32
            /// The node's text: `bytes[textStart..<textEnd]`, or, where both are negative,
            /// the source's bytes from `~textStart` to `~textEnd` (`HTMLTree.Storage`).
            var textStart: Int32
            var textEnd: Int32
            /// The end of the node's attributes and classes (their start is the previous
            /// node's end).
            var attributeEnd: Int32
            var id: Int32 = AtomTable.absent
            var classEnd: Int32
            /// The node's text is empty or ASCII white space only (the indentation between
            /// tags), decided while its bytes are being copied.
            var isBlank = false
        }

        private(set) var records: [Record] = []
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

        var kinds: [Kind] { records.map(\.kind) }
        var tags: [Int32] { records.map(\.tag) }
        var parents: [Int32] { records.map(\.parent) }
        var firstChildren: [Int32] { records.map(\.firstChild) }
        var nextSiblings: [Int32] { records.map(\.nextSibling) }
        var previousSiblings: [Int32] { records.map(\.previousSibling) }
        var lines: [Int32] { records.map(\.line) }
        var textStarts: [Int32] { records.map(\.textStart) }
        var textEnds: [Int32] { records.map(\.textEnd) }
        var attributeStarts: [Int32] { [0] + records.map(\.attributeEnd) }
        var ids: [Int32] { records.map(\.id) }
        var classStarts: [Int32] { [0] + records.map(\.classEnd) }
        var blankTexts: [Bool] { records.map(\.isBlank) }

        /// Creates a builder whose arrays hold `nodes` nodes, `attributes` attributes and
        /// `bytes` bytes of text without growing.
        init(nodes: Int = 0, attributes: Int = 0, bytes byteCount: Int = 0) {
            records.reserveCapacity(nodes)
            attributeNames.reserveCapacity(attributes)
            attributeValueStarts.reserveCapacity(attributes)
            attributeValueEnds.reserveCapacity(attributes)
            bytes.reserveCapacity(byteCount)
        }

        /// Adds a node under `parent` (-1 for the root) after the children it has so far,
        /// and returns its index. Attributes and text are added next, before another node.
        mutating func add(_ kind: Kind, tag: Int32, parent: Int, line: Int) -> Int {
            let index = records.count
            var record = Record(
                kind: kind, tag: tag, parent: Int32(parent), line: Int32(clamping: line),
                textStart: Int32(bytes.count), textEnd: Int32(bytes.count), attributeEnd: Int32(attributeNames.count),
                classEnd: Int32(classAtoms.count))
            if parent >= 0 {
                let previous = records[parent].lastChild
                record.previousSibling = previous
                if previous >= 0 {
                    records[Int(previous)].nextSibling = Int32(index)
                } else {
                    records[parent].firstChild = Int32(index)
                }
                records[parent].lastChild = Int32(index)
            }
            records.append(record)
            return index
        }

        /// Appends text to the last node's text. With `sourceOffset`, where the text stands
        /// in `source`: the node's text stays a range of the source while every piece of it
        /// continues the last there; the first that does not moves it into `bytes`.
        mutating func appendText(_ text: UnsafeBufferPointer<UInt8>, sourceOffset: Int? = nil) {
            let node = records.count - 1
            let isEmpty = records[node].textEnd == records[node].textStart
            var isBlank = isEmpty || records[node].isBlank
            for byte in text where !ASCIIWhitespace.contains(byte) {
                isBlank = false
                break
            }
            records[node].isBlank = isBlank
            if let offset = sourceOffset, isEmpty || (records[node].textStart < 0 && ~records[node].textEnd == offset) {
                if isEmpty { records[node].textStart = ~Int32(offset) }
                records[node].textEnd = ~Int32(offset + text.count)
                return
            }
            if records[node].textStart < 0, let source {
                let start = Int(~records[node].textStart)
                let end = Int(~records[node].textEnd)
                records[node].textStart = Int32(bytes.count)
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[start..<end]))
            } else if isEmpty {
                records[node].textStart = Int32(bytes.count)
            }
            bytes.append(contentsOf: text)
            records[node].textEnd = Int32(bytes.count)
        }

        /// Starts an attribute of the last node; its value is appended with
        /// `appendAttributeValue`.
        mutating func addAttribute(name: Int32) {
            attributeNames.append(name)
            attributeValueStarts.append(Int32(bytes.count))
            attributeValueEnds.append(Int32(bytes.count))
            records[records.count - 1].attributeEnd += 1
        }

        /// Appends to the value of the last attribute.
        mutating func appendAttributeValue(_ text: UnsafeBufferPointer<UInt8>) {
            bytes.append(contentsOf: text)
            attributeValueEnds[attributeValueEnds.count - 1] = Int32(bytes.count)
        }

        /// Reads the `id` and `class` of the last node once its attributes are complete.
        mutating func finishAttributes() {
            let node = records.count - 1
            let first = node > 0 ? Int(records[node - 1].attributeEnd) : 0
            for position in first..<Int(records[node].attributeEnd) {
                let start = Int(attributeValueStarts[position])
                let end = Int(attributeValueEnds[position])
                if attributeNames[position] == idAtom, records[node].id < 0 {
                    records[node].id = atoms.intern(start..<end, of: bytes)
                } else if attributeNames[position] == classAtom {
                    // Classes are separated by ASCII white space.
                    var index = start
                    while index < end {
                        while index < end, CSSTokenizer.isWhitespace(bytes[index]) { index += 1 }
                        let wordStart = index
                        while index < end, !CSSTokenizer.isWhitespace(bytes[index]) { index += 1 }
                        if index > wordStart {
                            classAtoms.append(atoms.intern(wordStart..<index, of: bytes))
                            records[node].classEnd += 1
                        }
                    }
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
