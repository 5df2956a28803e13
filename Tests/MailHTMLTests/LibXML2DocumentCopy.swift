import CLibXML2

@testable import MailHTML

/// The oracle for `TreeReader`: libxml2's own tree (`htmlReadMemory`, the document its
/// builder makes), copied node by node into an `HTMLTree` the plain way, by walking its
/// pointers. `HTMLParser` builds the same tree from the parser's events without libxml2's
/// document; the tests compare the two.
enum LibXML2DocumentCopy {
    /// The tree libxml2's builder makes of `bytes`, with the options `HTMLParser` uses.
    static func parse(_ bytes: [UInt8], charset: String? = "utf-8") -> HTMLTree {
        let document =
            bytes.isEmpty
            ? nil
            : bytes.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { chars in
                    htmlReadMemory(
                        chars.baseAddress, Int32(clamping: chars.count), nil, charset,
                        HTMLParser.options(knowingCharset: charset != nil))
                }
            }
        defer { if let document { xmlFreeDoc(document) } }
        var builder = HTMLTree.Builder()
        guard let document, let root = xmlDocGetRootElement(document) else { return HTMLTree(builder) }
        // Depth first, in document order; the root's siblings are not the tree's.
        var ancestors: [(node: xmlNodePtr, parent: Int)] = []
        var node = root
        var parent = -1
        while true {
            // The node's own line; past 65,535, what libxml2 makes of it.
            let line = node.pointee.line < UInt16.max ? Int(node.pointee.line) : Int(xmlGetLineNo(node))
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                let index = builder.add(
                    .element, tag: intern(node.pointee.name, &builder.atoms), parent: parent, line: line)
                var attribute = node.pointee.properties
                while let current = attribute {
                    builder.addAttribute(name: intern(current.pointee.name, &builder.atoms))
                    var text = current.pointee.children
                    while let part = text {
                        if part.pointee.type == XML_TEXT_NODE, let content = part.pointee.content {
                            builder.setAttributeValue(Self.bytes(content))
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
                if let content = node.pointee.content { builder.appendText(Self.bytes(content)) }
            default:
                break
            }
            while node.pointee.next == nil || ancestors.isEmpty {
                guard let up = ancestors.popLast() else { return HTMLTree(builder) }
                (node, parent) = up
            }
            node = node.pointee.next!
        }
    }

    private static func bytes(_ pointer: UnsafePointer<xmlChar>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: pointer, count: Int(xmlStrlen(pointer)))
    }

    private static func intern(_ pointer: UnsafePointer<xmlChar>?, _ atoms: inout AtomTable) -> Int32 {
        guard let pointer else { return atoms.intern("") }
        return atoms.intern(String(decoding: bytes(pointer), as: UTF8.self).lowercased())
    }
}

/// The first difference between two trees, described, or nil when they are the same node
/// for node: kind, name, parent, siblings, text, attributes, id, classes and line. Lines
/// libxml2's document cannot tell are not compared: past 65,535 (its nodes keep 16 bits)
/// and 0 (the text of `<script>` and `<style>`, which it leaves without a line).
func firstDifference(_ tree: HTMLTree, from expected: HTMLTree) -> String? {
    guard tree.count == expected.count else {
        let common = (0..<min(tree.count, expected.count)).first { !sameNode(tree, expected, $0) }
        return "\(tree.count) nodes, expected \(expected.count)"
            + (common.map { "; first different node \($0): \(describe(tree, $0)) vs \(describe(expected, $0))" } ?? "")
    }
    for index in 0..<tree.count where !sameNode(tree, expected, index) {
        return "node \(index): \(describe(tree, index)), expected \(describe(expected, index))"
    }
    // The previous sibling, which the tree derives from the parents, is the child before in
    // the parent's list of children.
    for parent in 0..<expected.count {
        var previous = -1
        for child in expected.children(parent) {
            let derived = tree.storage.previousSibling(child)
            if derived != previous { return "node \(child): previous sibling \(derived), expected \(previous)" }
            previous = child
        }
    }
    return nil
}

private func sameNode(_ tree: HTMLTree, _ expected: HTMLTree, _ index: Int) -> Bool {
    let expectedLine = expected.line(index)
    let linesAgree = expectedLine == 0 || expectedLine >= 65_535 || tree.line(index) == expectedLine
    return tree.kind(index) == expected.kind(index) && tree.tag(index) == expected.tag(index)
        && tree.parent(index) == expected.parent(index) && tree.children(index) == expected.children(index)
        && tree.text(index) == expected.text(index)
        && tree.attributes(of: index).map { "\($0.name)=\($0.value)" }
            == expected.attributes(of: index).map { "\($0.name)=\($0.value)" }
        && tree.id(index) == expected.id(index) && tree.classes(index) == expected.classes(index)
        && tree.isWhitespace(index) == expected.isWhitespace(index) && linesAgree
}

private func describe(_ tree: HTMLTree, _ index: Int) -> String {
    let text = tree.text(index)
    return "\(tree.kind(index)) <\(tree.tag(index))> parent \(tree.parent(index)) line \(tree.line(index))"
        + " \(tree.attributes(of: index).count) attributes, text \(text.prefix(40).debugDescription)"
}
