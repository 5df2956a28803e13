import CLibXML2

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Builds an `HTMLTree` from the events of libxml2's HTML parser: the tree libxml2's own
/// builder (`xmlSAX2StartElement`, `xmlSAX2Characters`, … of libxml2 2.9) would make,
/// node for node, with the same text, attributes and lines, without allocating a libxml2
/// node.
///
/// What it does as libxml2's builder does: the first top-level element is the root; a
/// later top-level element is the root's last child when the root is the document's first
/// node (no DOCTYPE, comment or processing instruction before it), and the root's sibling,
/// left out, otherwise; text outside any element is left out; adjacent text is one node (a
/// comment, processing instruction or element between starts a new one); an element's name
/// loses its prefix (`o:p` is `p`); an attribute without a value is empty, except a boolean
/// one (`nowrap`, `checked`, …), whose value is its name. Where it differs: lines are exact
/// past 65,535 (libxml2's nodes keep 16 bits), and the text of `<script>` and `<style>` has
/// its line (libxml2 leaves it 0).
struct TreeReader {
    var builder: HTMLTree.Builder
    /// The elements open, innermost last.
    private var open: [OpenElement] = []
    private var rootRead = false
    /// Whether libxml2's document would have a first node yet (the root, a DOCTYPE, a
    /// comment, …), and whether that node is the root.
    private var documentHasFirstNode = false
    private var rootIsFirstNode = false
    /// The depth inside a top-level element after the root (0 outside one).
    private var skippedDepth = 0
    private var tagNames = NameCache(isElement: true)
    private var attributeNames = NameCache(isElement: false)
    /// The attribute values of the start tag being read, and where each stands in the
    /// source (refilled for each tag).
    private var values: [UnsafeBufferPointer<UInt8>] = []
    private var valueOffsets: [Int?] = []

    struct OpenElement {
        var node: Int32
        /// Whether its last child is text, which the next text joins.
        var lastChildIsText: Bool
    }

    /// The most nodes the tree keeps (`HTMLTree.nodeLimit(sourceBytes:)`), a link or an
    /// image counted as three: at it, the reader stops, and the parser with it.
    private let maxNodes: Int
    /// The nodes kept so far, so counted.
    private var countedNodes = 0

    /// A reader for a document of `sourceBytes` bytes of HTML, its arrays made with room
    /// for a node per 32 bytes (up to the limit) and an attribute per 40, and for the whole
    /// document's bytes of text, or an eighth of them where the tree keeps the source and
    /// reads most text from it; they grow past that.
    init(sourceBytes: Int, keepingSource: Bool = false, maxNodes: Int? = nil) {
        self.maxNodes = maxNodes ?? HTMLTree.nodeLimit(sourceBytes: sourceBytes)
        builder = HTMLTree.Builder(
            nodes: min(sourceBytes / 32 + 16, self.maxNodes), attributes: sourceBytes / 40 + 16,
            bytes: keepingSource ? sourceBytes / 8 : sourceBytes)
    }

    /// Whether the tree has room for one more node that counts as `weight`, counted in when
    /// it has; the first time it has none, the line is kept (`HTMLTree.nodeLimitLine`) and
    /// every later event is ignored (`event`).
    private mutating func hasRoom(line: Int, weight: Int = 1) -> Bool {
        guard countedNodes + weight > maxNodes else {
            countedNodes += weight
            return true
        }
        if builder.nodeLimitLine == nil { builder.nodeLimitLine = line }
        return false
    }

    mutating func startElement(
        _ name: UnsafePointer<xmlChar>?, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, line: Int,
        input: xmlParserInputPtr? = nil
    ) {
        if skippedDepth > 0 {
            skippedDepth += 1
            return
        }
        let parent: Int
        if let last = open.indices.last {
            parent = Int(open[last].node)
            open[last].lastChildIsText = false
        } else if !rootRead {
            parent = -1
            rootRead = true
            rootIsFirstNode = !documentHasFirstNode
            documentHasFirstNode = true
        } else if rootIsFirstNode {
            parent = 0
        } else {
            skippedDepth = 1
            return
        }
        let tag = tagNames.atom(name, &builder.atoms)
        // A link or an image holds more than its node: a `Link` of 96 bytes, its measured
        // text, its image's run.
        let isLinkOrImage = tag == KnownNames.a || tag == KnownNames.img || tag == KnownNames.area
        guard hasRoom(line: line, weight: isLinkOrImage ? 3 : 1) else { return }
        let index = builder.add(.element, tag: tag, parent: parent, line: line)
        // Name and value pairs, ended by a null name.
        if let attributes {
            values.removeAll(keepingCapacity: true)
            var pair = attributes
            while let attribute = pair[0] {
                values.append(
                    pair[1].map(Self.bytes)
                        ?? (htmlIsBooleanAttr(attribute) != 0
                            ? Self.bytes(attribute) : UnsafeBufferPointer(start: nil, count: 0)))
                pair += 2
            }
            findValuesInSource(attributes, input: input)
            pair = attributes
            for position in values.indices {
                builder.addAttribute(name: attributeNames.atom(pair[0], &builder.atoms))
                builder.setAttributeValue(values[position], sourceOffset: valueOffsets[position])
                pair += 2
            }
        }
        builder.finishAttributes()
        open.append(OpenElement(node: Int32(index), lastChildIsText: false))
    }

    mutating func endElement() {
        if skippedDepth > 0 {
            skippedDepth -= 1
        } else if !open.isEmpty {
            open.removeLast()
        }
    }

    mutating func characters(
        _ text: UnsafePointer<xmlChar>?, count: Int32, line: Int, input: xmlParserInputPtr? = nil
    ) {
        guard skippedDepth == 0, let last = open.indices.last else { return }
        // Text joins the last child when that is text; the last child is then the last
        // node made.
        if !open[last].lastChildIsText {
            guard hasRoom(line: line) else { return }
            _ = builder.add(.text, tag: AtomTable.absent, parent: Int(open[last].node), line: line)
            open[last].lastChildIsText = true
        }
        guard let text, count > 0 else { return }
        let chunk = UnsafeBufferPointer(start: text, count: Int(count))
        builder.appendText(chunk, sourceOffset: builder.source.flatMap { Self.offset(of: chunk, in: $0, input: input) })
    }

    /// Where each of `values`, the attribute values of the start tag just read, stands in the
    /// source as it is (`valueOffsets`, nil where it does not: an entity decoded, a boolean
    /// attribute): the tag ends where the parser's input stands, and each value is looked for
    /// back from there, the last first, within its length and the syntax that can follow it
    /// (a quote, white space, the next attribute's name and `="`). A value found at another
    /// place within that reach has the same bytes, which is all the tree keeps of it.
    private mutating func findValuesInSource(
        _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>, input: xmlParserInputPtr?
    ) {
        valueOffsets.removeAll(keepingCapacity: true)
        valueOffsets += repeatElement(nil, count: values.count)
        guard let source = builder.source, let sourceBase = source.baseAddress, let input,
            let cur = input.pointee.cur, let base = input.pointee.base
        else { return }
        var end = min(Int(input.pointee.consumed) + (cur - base), source.count)
        var followingName = 0
        for position in values.indices.reversed() {
            let value = values[position]
            let reach = value.count + followingName + 64
            if let valueBase = value.baseAddress, value.count > 0, pairValueIsGiven(attributes, position) {
                var start = end - value.count
                while start >= max(0, end - reach) {
                    if sourceBase[start] == valueBase[0], memcmp(sourceBase + start, valueBase, value.count) == 0 {
                        valueOffsets[position] = start
                        end = start
                        break
                    }
                    start -= 1
                }
            }
            followingName = attributes[2 * position].map { Int(xmlStrlen($0)) } ?? 0
        }
    }

    /// Whether attribute `position` of the pairs has a value of its own (a boolean attribute
    /// written without one takes its name, which is not looked for).
    private func pairValueIsGiven(_ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>, _ position: Int) -> Bool
    {
        attributes[2 * position + 1] != nil
    }

    /// Where `chunk`, just handed over, stands in `source` as it is: it ends where the
    /// parser's input stands, or a character past it (libxml2 hands over a full buffer
    /// before it steps past the last character it copied); compared byte for byte, nil
    /// when it is not there (an entity decoded, a charset converted).
    static func offset(
        of chunk: UnsafeBufferPointer<UInt8>, in source: UnsafeBufferPointer<UInt8>, input: xmlParserInputPtr?
    ) -> Int? {
        guard let input, let cur = input.pointee.cur, let base = input.pointee.base,
            let sourceBase = source.baseAddress, let chunkBase = chunk.baseAddress
        else { return nil }
        let position = Int(input.pointee.consumed) + (cur - base)
        for end in position...(position + 4) {
            let start = end - chunk.count
            guard start >= 0, end <= source.count else { continue }
            if memcmp(sourceBase + start, chunkBase, chunk.count) == 0 { return start }
        }
        return nil
    }

    mutating func comment(_ text: UnsafePointer<xmlChar>?, line: Int) {
        guard skippedDepth == 0, let last = open.indices.last else {
            documentHasFirstNode = true
            return
        }
        guard hasRoom(line: line) else { return }
        _ = builder.add(.comment, tag: AtomTable.absent, parent: Int(open[last].node), line: line)
        open[last].lastChildIsText = false
        if let text { builder.appendText(Self.bytes(text)) }
    }

    /// A processing instruction is not kept, but separates the text around it.
    mutating func processingInstruction() {
        guard skippedDepth == 0, let last = open.indices.last else {
            documentHasFirstNode = true
            return
        }
        open[last].lastChildIsText = false
    }

    /// A DOCTYPE (the first; libxml2 ignores the others), which libxml2's builder puts
    /// first in the document, wherever it is.
    mutating func documentType() {
        documentHasFirstNode = true
        rootIsFirstNode = false
    }

    /// The bytes of a NUL-terminated libxml2 string.
    static func bytes(_ pointer: UnsafePointer<xmlChar>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: pointer, count: Int(xmlStrlen(pointer)))
    }

    /// The parser's event handler: every event libxml2's HTML parser sends, to the reader
    /// at the context's `_private`; none that would build a libxml2 document.
    static func handler() -> xmlSAXHandler {
        var handler = xmlSAXHandler()
        handler.startElement = { context, name, attributes in
            guard let event = TreeReader.event(context) else { return }
            event.reader.pointee.startElement(name, attributes, line: event.line, input: event.input)
        }
        handler.endElement = { context, _ in
            guard let event = TreeReader.event(context) else { return }
            event.reader.pointee.endElement()
        }
        handler.characters = { context, text, count in
            guard let event = TreeReader.event(context) else { return }
            event.reader.pointee.characters(text, count: count, line: event.line, input: event.input)
        }
        // No `ignorableWhitespace`: the parser calls it only under HTML_PARSE_NOBLANKS
        // (not set), and libxml2's builder drops what it is given.
        // The character data of `<script>` and `<style>`, their only content (libxml2's
        // builder keeps it as CDATA nodes, which never sit beside text).
        handler.cdataBlock = handler.characters
        handler.comment = { context, text in
            guard let event = TreeReader.event(context) else { return }
            event.reader.pointee.comment(text, line: event.line)
        }
        handler.processingInstruction = { context, _, _ in
            guard let event = TreeReader.event(context) else { return }
            event.reader.pointee.processingInstruction()
        }
        handler.internalSubset = { context, _, _, _ in
            guard let event = TreeReader.event(context) else { return }
            event.reader.pointee.documentType()
        }
        return handler
    }

    /// The reader of a parse, the parser's current line and its input, from the context an
    /// event handler is called with.
    private static func event(
        _ context: UnsafeMutableRawPointer?
    ) -> (reader: UnsafeMutablePointer<TreeReader>, line: Int, input: xmlParserInputPtr?)? {
        guard let parser = context?.assumingMemoryBound(to: xmlParserCtxt.self),
            let reader = parser.pointee._private?.assumingMemoryBound(to: TreeReader.self)
        else { return nil }
        // A tree at its node limit reads nothing more: the parser is stopped.
        guard reader.pointee.builder.nodeLimitLine == nil else {
            xmlStopParser(parser)
            return nil
        }
        return (reader, Int(parser.pointee.input?.pointee.line ?? 0), parser.pointee.input)
    }
}

/// The atoms of the names libxml2's HTML parser hands over. They are strings of the
/// parser's dictionary (or C literals for the elements it implies), one address per name
/// for the whole parse: a name met again is known by its address, without reading it.
struct NameCache {
    /// Element names lose a prefix (`o:p` is `p`), as libxml2's builder splits them
    /// (`xmlSplitQName`, without namespaces in HTML); attribute names are kept whole.
    let isElement: Bool
    private var addresses = [UInt](repeating: 0, count: 256)
    private var atoms = [Int32](repeating: 0, count: 256)

    init(isElement: Bool) { self.isElement = isElement }

    /// The atom of the name at `pointer`, interned in `table` when new.
    mutating func atom(_ pointer: UnsafePointer<xmlChar>?, _ table: inout AtomTable) -> Int32 {
        guard let pointer else { return table.intern("") }
        let address = UInt(bitPattern: pointer)
        let slot = Int(truncatingIfNeeded: (UInt64(address) &* 0x9E37_79B9_7F4A_7C15) >> 56)
        if addresses[slot] == address { return atoms[slot] }
        var name = TreeReader.bytes(pointer)
        if isElement { name = Self.localPart(of: name) }
        let atom = Self.intern(name, &table)
        (addresses[slot], atoms[slot]) = (address, atom)
        return atom
    }

    /// What follows the first `:` of `name`; the whole name when it has none, starts with
    /// one, or ends right after its first one (`xmlSplitQName`).
    static func localPart(of name: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        guard name.first != UInt8(ascii: ":"), let colon = name.firstIndex(of: UInt8(ascii: ":")),
            colon + 1 < name.count
        else { return name }
        return UnsafeBufferPointer(rebasing: name[(colon + 1)...])
    }

    /// The atom of `name`, lowercased (libxml2's HTML parser lowercases tag and attribute
    /// names already; this holds when it does not).
    private static func intern(_ name: UnsafeBufferPointer<UInt8>, _ table: inout AtomTable) -> Int32 {
        guard name.contains(where: ASCIICase.isUpper) else { return table.intern(name) }
        let lowered = name.map(ASCIICase.lowered)
        return lowered.withUnsafeBufferPointer { table.intern($0) }
    }
}
