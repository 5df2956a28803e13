/// An HTML document as a compact tree of Swift values, copied out of libxml2's DOM once.
///
/// Every node is an index into `nodes`; the tree holds no libxml2 pointer, so it can be
/// kept, shared across threads and analysed after the libxml2 document is freed.
public struct HTMLTree: Sendable {
    /// What a node is.
    public enum Kind: Sendable, Equatable {
        case element
        case text
        case comment
    }

    /// One node.
    public struct Node: Sendable {
        /// Element, text or comment.
        public var kind: Kind
        /// The element's tag name in lowercase ("a", "td"); empty for text and comments.
        public var tag: String
        /// The element's attributes in order, names lowercased, values with entities decoded.
        public var attributes: [(name: String, value: String)]
        /// The text of a text or comment node; empty for elements.
        public var text: String
        /// The parent's index, or -1 for the root element.
        public var parent: Int
        /// The children's indices in document order.
        public var children: [Int]
        /// 1-based line in the HTML source on which the node starts (as libxml2 counts).
        public var line: Int
        /// The `id` attribute, read once for selector matching.
        public var id: String?
        /// The `class` attribute split at white space, read once for selector matching.
        public var classes: [String]

        /// Creates a node; `id` and `classes` are read from the attributes.
        public init(
            kind: Kind, tag: String, attributes: [(name: String, value: String)], text: String, parent: Int,
            children: [Int], line: Int
        ) {
            self.kind = kind
            self.tag = tag
            self.attributes = attributes
            self.text = text
            self.parent = parent
            self.children = children
            self.line = line
            id = attributes.first { $0.name == "id" }?.value
            classes = (attributes.first { $0.name == "class" }?.value ?? "").split {
                $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{0C}"
            }.map(String.init)
        }

        /// The value of attribute `name` (lowercase), or nil.
        public func attribute(_ name: String) -> String? {
            attributes.first { $0.name == name }?.value
        }
    }

    /// The nodes in document order (a parent before its children); index 0 is the root
    /// element when the document is not empty.
    public var nodes: [Node]

    /// Creates a tree from nodes.
    public init(nodes: [Node]) { self.nodes = nodes }

    /// Whether the document has no element.
    public var isEmpty: Bool { nodes.isEmpty }

    /// The index of the first element with tag `tag`, or nil.
    public func firstElement(_ tag: String) -> Int? {
        nodes.indices.first { nodes[$0].kind == .element && nodes[$0].tag == tag }
    }

    /// The element indices from the root down to `index` (inclusive).
    public func ancestry(of index: Int) -> [Int] {
        var chain: [Int] = []
        var current = index
        while current >= 0 {
            chain.append(current)
            current = nodes[current].parent
        }
        return chain.reversed()
    }

    /// A readable path to element `index`: `html > body > table > tr > td:nth-child(2) > a`.
    public func elementPath(of index: Int) -> String {
        ancestry(of: index).map { element in
            let node = nodes[element]
            var part = node.tag
            if let id = node.attribute("id"), !id.isEmpty {
                part += "#" + id
            } else if let parent = node.parent >= 0 ? nodes[node.parent] : nil {
                let siblings = parent.children.filter { nodes[$0].kind == .element && nodes[$0].tag == node.tag }
                if siblings.count > 1, let position = siblings.firstIndex(of: element) {
                    part += ":nth-of-type(\(position + 1))"
                }
            }
            return part
        }.joined(separator: " > ")
    }

    /// The concatenated text of every text node below `index`.
    public func textContent(of index: Int) -> String {
        var out = ""
        var stack = [index]
        while let current = stack.popLast() {
            let node = nodes[current]
            if node.kind == .text { out += node.text }
            stack.append(contentsOf: node.children.reversed())
        }
        return out
    }
}
