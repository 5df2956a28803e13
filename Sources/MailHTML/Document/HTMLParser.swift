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
        return document.tree()
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

    /// The document copied into Swift values.
    func tree() -> HTMLTree {
        guard let pointer, let root = xmlDocGetRootElement(pointer) else { return HTMLTree(nodes: []) }
        var nodes: [HTMLTree.Node] = []
        // (libxml2 node, parent index) pairs still to copy, depth first.
        var pending: [(xmlNodePtr, Int)] = [(root, -1)]
        while let (node, parent) = pending.popLast() {
            guard let copy = Self.copy(node, parent: parent) else { continue }
            let index = nodes.count
            nodes.append(copy)
            if parent >= 0 { nodes[parent].children.append(index) }
            guard copy.kind == .element else { continue }
            // Last child first, so that the first is copied next (no array per element).
            var child = node.pointee.last
            while let current = child {
                pending.append((current, index))
                child = current.pointee.prev
            }
        }
        return HTMLTree(nodes: nodes)
    }

    private static func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: UnsafeRawPointer(pointer).assumingMemoryBound(to: CChar.self))
    }

    private static func copy(_ node: xmlNodePtr, parent: Int) -> HTMLTree.Node? {
        let line = Int(xmlGetLineNo(node))
        switch node.pointee.type {
        case XML_ELEMENT_NODE:
            var attributes: [(name: String, value: String)] = []
            var attribute = node.pointee.properties
            while let current = attribute {
                var value = ""
                var text = current.pointee.children
                while let part = text {
                    if part.pointee.type == XML_TEXT_NODE { value += string(part.pointee.content) }
                    text = part.pointee.next
                }
                attributes.append((string(current.pointee.name).lowercased(), value))
                attribute = current.pointee.next
            }
            return HTMLTree.Node(
                kind: .element, tag: string(node.pointee.name).lowercased(), attributes: attributes, text: "",
                parent: parent, children: [], line: line)
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            return HTMLTree.Node(
                kind: .text, tag: "", attributes: [], text: string(node.pointee.content), parent: parent, children: [],
                line: line)
        case XML_COMMENT_NODE:
            return HTMLTree.Node(
                kind: .comment, tag: "", attributes: [], text: string(node.pointee.content), parent: parent,
                children: [], line: line)
        default:
            return nil
        }
    }
}
