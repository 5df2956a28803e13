import CLibXML2

/// Parses HTML with libxml2 and copies the result into an `HTMLTree`.
///
/// Parsing never touches the network, loads no external entities, and recovers from any
/// error (`HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
/// HTML_PARSE_NONET`). The libxml2 document is owned by one object and freed exactly once,
/// before `parse` returns; no libxml2 pointer escapes.
public enum HTMLParser {
    /// Parses `bytes`. With `charset` (an IANA label, "utf-8" for text MailParser decoded),
    /// `<meta charset>` is ignored; with nil, libxml2 sniffs the charset from the document.
    ///
    /// - Complexity: O(n) in the document; the copy is iterative, so nesting depth does not
    ///   grow the stack.
    public static func parse(_ bytes: [UInt8], charset: String? = "utf-8") -> HTMLTree {
        let document = OwnedDocument(bytes: bytes, charset: charset)
        return document.tree(sourceBytes: bytes.count)
    }
}

/// A libxml2 document freed in `deinit`, exactly once.
final class OwnedDocument {
    private let pointer: htmlDocPtr?

    /// libxml2's parser initialisation, run once per process before the first parse.
    private static let initializeParser: Void = { xmlInitParser() }()

    init(bytes: [UInt8], charset: String?) {
        Self.initializeParser
        var options =
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue
        if charset != nil { options |= HTML_PARSE_IGNORE_ENC.rawValue }
        let flags = Int32(bitPattern: options | UInt32(XML_PARSE_BIG_LINES.rawValue) | UInt32(XML_PARSE_HUGE.rawValue))
        pointer =
            bytes.isEmpty
            ? nil
            : bytes.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { chars in
                    htmlReadMemory(chars.baseAddress, Int32(clamping: chars.count), nil, charset, flags)
                }
            }
    }

    deinit { if let pointer { xmlFreeDoc(pointer) } }

    /// The document copied into the arrays of an `HTMLTree`.
    func tree(sourceBytes: Int) -> HTMLTree {
        guard let pointer, let root = xmlDocGetRootElement(pointer) else { return HTMLTree(HTMLTree.Builder()) }
        // The arrays are made once at their size: the nodes and attributes are counted
        // first (a walk over pointers), and the text is at most about the source's size.
        let (nodes, attributes) = Self.count(from: root)
        var builder = HTMLTree.Builder(nodes: nodes, attributes: attributes, bytes: sourceBytes)
        var shortNames = ShortNameCache()
        // Depth first, in document order, each node read once: down to an element's first
        // child, on to the next sibling, back up through `ancestors` (each element being
        // copied, with the index of its parent) when a node has no next sibling.
        var ancestors: [(node: xmlNodePtr, parent: Int)] = []
        var node = root
        var parent = -1
        while true {
            // The node's own 16-bit line; for a saturated one, libxml2's answer (which its
            // 2.9 HTML parser leaves at 65,535 too: `Docs/HTML.md`).
            let line = node.pointee.line < UInt16.max ? Int(node.pointee.line) : Int(xmlGetLineNo(node))
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                let index = builder.add(
                    .element, tag: shortNames.atom(node.pointee.name, &builder.atoms), parent: parent, line: line)
                var attribute = node.pointee.properties
                while let current = attribute {
                    builder.addAttribute(name: shortNames.atom(current.pointee.name, &builder.atoms))
                    var text = current.pointee.children
                    while let part = text {
                        if part.pointee.type == XML_TEXT_NODE {
                            Self.withBytes(part.pointee.content) { builder.appendAttributeValue($0) }
                        }
                        text = part.pointee.next
                    }
                    attribute = current.pointee.next
                }
                builder.finishAttributes()
                if let child = node.pointee.children {
                    ancestors.append((node, parent))
                    (node, parent) = (child, index)
                    continue
                }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE, XML_COMMENT_NODE:
                let kind: HTMLTree.Kind = node.pointee.type == XML_COMMENT_NODE ? .comment : .text
                _ = builder.add(kind, tag: AtomTable.absent, parent: parent, line: line)
                Self.withBytes(node.pointee.content) { builder.appendText($0) }
            default:
                break
            }
            // The next sibling, or that of the nearest ancestor that has one; the root's
            // siblings are not the tree's.
            while node.pointee.next == nil || ancestors.isEmpty {
                guard let up = ancestors.popLast() else { return HTMLTree(builder) }
                (node, parent) = up
            }
            node = node.pointee.next!
        }
    }

    /// The nodes and attributes below `root` (inclusive), counted as `tree` copies them.
    private static func count(from root: xmlNodePtr) -> (nodes: Int, attributes: Int) {
        var nodes = 0
        var attributes = 0
        var current: xmlNodePtr? = root
        while let node = current {
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                nodes += 1
                var attribute = node.pointee.properties
                while let next = attribute {
                    attributes += 1
                    attribute = next.pointee.next
                }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE, XML_COMMENT_NODE:
                nodes += 1
            default:
                break
            }
            // Depth first, as `tree` walks; only elements' children are copied.
            if node.pointee.type == XML_ELEMENT_NODE, let child = node.pointee.children {
                current = child
                continue
            }
            var climb: xmlNodePtr? = node
            current = nil
            while let up = climb, up != root {
                if let sibling = up.pointee.next {
                    current = sibling
                    break
                }
                climb = up.pointee.parent
            }
        }
        return (nodes, attributes)
    }

    /// Calls `body` with the bytes of a NUL-terminated libxml2 string (none for NULL).
    private static func withBytes(_ pointer: UnsafePointer<xmlChar>?, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        guard let pointer else { return }
        body(UnsafeBufferPointer(start: pointer, count: Int(xmlStrlen(pointer))))
    }

    /// The atom of a libxml2 name, lowercased (libxml2's HTML parser lowercases tag and
    /// attribute names already; this holds when it does not).
    fileprivate static func intern(_ pointer: UnsafePointer<xmlChar>?, _ atoms: inout AtomTable) -> Int32 {
        var atom: Int32 = 0
        withBytes(pointer) { name in
            if name.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) {
                let lowered = name.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
                atom = lowered.withUnsafeBufferPointer { atoms.intern($0) }
            } else {
                atom = atoms.intern(name)
            }
        }
        if pointer == nil { atom = atoms.intern("") }
        return atom
    }
}

/// The atoms of the short names of one document (tags and attribute names of up to eight
/// bytes: nearly all of them), kept by the name packed into a word: a name met again costs
/// a read of its bytes and one comparison, not a hash and a probe of the atom table.
private struct ShortNameCache {
    private var words = [UInt64](repeating: 0, count: 128)
    /// Per entry: the name's length (0 for an empty entry) and its atom.
    private var lengths = [UInt8](repeating: 0, count: 128)
    private var atoms = [Int32](repeating: 0, count: 128)

    /// The atom of the libxml2 name at `pointer`, lowercased, interned in `table` when new.
    mutating func atom(_ pointer: UnsafePointer<xmlChar>?, _ table: inout AtomTable) -> Int32 {
        guard let pointer else { return OwnedDocument.intern(nil, &table) }
        // The name's first bytes, ASCII letters lowercased, into a word (first byte lowest).
        var word: UInt64 = 0
        var length = 0
        var hasUppercase = false
        while length < 8 {
            let byte = pointer[length]
            if byte == 0 { break }
            let isUppercase = byte &- 0x41 < 26
            hasUppercase = hasUppercase || isUppercase
            word |= UInt64(isUppercase ? byte | 0x20 : byte) << (8 * length)
            length += 1
        }
        guard length > 0, length < 8 || pointer[8] == 0 else { return OwnedDocument.intern(pointer, &table) }
        let entry = Int((word &* 0x9E37_79B9_7F4A_7C15) >> 57)
        if lengths[entry] == UInt8(length), words[entry] == word { return atoms[entry] }
        let atom =
            hasUppercase
            ? OwnedDocument.intern(pointer, &table) : table.intern(UnsafeBufferPointer(start: pointer, count: length))
        (words[entry], lengths[entry], atoms[entry]) = (word, UInt8(length), atom)
        return atom
    }
}
