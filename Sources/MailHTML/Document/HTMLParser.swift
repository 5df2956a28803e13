import CLibXML2

/// Parses HTML with libxml2's HTML parser into an `HTMLTree`.
///
/// Parsing never touches the network, loads no external entities, and recovers from any
/// error (`HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
/// HTML_PARSE_NONET`). The tree is built from the parser's events (`TreeReader`), the tree
/// libxml2's own builder would make, node for node, without making it: no `xmlDoc` exists,
/// so no libxml2 node can outlive a parse. The parser context is owned by one value and
/// freed exactly once, before `parse` returns; no libxml2 pointer escapes.
public enum HTMLParser {
    /// Parses `bytes`, which the tree keeps (see `parse(source:charset:)`). With `charset`
    /// (an IANA label, "utf-8" for text MailParser decoded), `<meta charset>` is ignored;
    /// with nil, libxml2 sniffs the charset from the document.
    ///
    /// - Complexity: O(n) in the document; nothing recurses, so nesting depth does not grow
    ///   the stack.
    public static func parse(_ bytes: [UInt8], charset: String? = "utf-8") -> HTMLTree {
        parse(source: bytes[...], charset: charset)
    }

    /// Parses the HTML in `source`, which the tree keeps: text that stands in it as the
    /// tree reads it (no entity, no charset conversion) is not copied.
    public static func parse(source: ArraySlice<UInt8>, charset: String? = "utf-8") -> HTMLTree {
        source.withUnsafeBufferPointer { parse($0, charset: charset, streamedAbove: streamedAbove, keeping: source) }
    }

    /// Parses the HTML in `bytes`, read in place (libxml2 copies what it reads); the tree
    /// copies its text.
    public static func parse(_ bytes: UnsafeBufferPointer<UInt8>, charset: String? = "utf-8") -> HTMLTree {
        parse(bytes, charset: charset, streamedAbove: streamedAbove)
    }

    /// The size from which libxml2 reads a document through a read callback, a buffer at a
    /// time, instead of copying it whole first (4 MiB): the parse of a large message then
    /// costs no second copy of its HTML.
    static let streamedAbove = 1 << 22

    /// `parse`, with the size from which the document is streamed (tests stream them all)
    /// and the most nodes the tree keeps (by default `HTMLTree.nodeLimit(sourceBytes:)`);
    /// with `owner` (the same bytes, kept), the tree reads its text from them where it can.
    static func parse(
        _ bytes: UnsafeBufferPointer<UInt8>, charset: String?, streamedAbove: Int,
        keeping owner: ArraySlice<UInt8>? = nil, maxNodes: Int? = nil
    ) -> HTMLTree {
        guard !bytes.isEmpty else { return HTMLTree(HTMLTree.Builder()) }
        var reader = TreeReader(sourceBytes: bytes.count, keepingSource: owner != nil, maxNodes: maxNodes)
        if owner != nil { reader.builder.source = bytes }
        var source = StreamedSource(bytes: bytes)
        withUnsafeMutablePointer(to: &source) { source in
            let context = ParserContext(bytes, streamingFrom: bytes.count > streamedAbove ? source : nil)
            context.read(charset: charset, into: &reader)
        }
        reader.builder.source = nil
        return HTMLTree(reader.builder, source: owner ?? [])
    }

    /// libxml2's options (`htmlParserOption` bits) for every parse: recover, stay silent,
    /// stay offline, keep line numbers past 65,535; with a known charset, ignore the
    /// document's own declaration. Public so that a measurement of libxml2's own parse
    /// (`mail-lint-bench`) uses exactly these.
    public static func options(knowingCharset: Bool) -> Int32 {
        var options =
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue
        if knowingCharset { options |= HTML_PARSE_IGNORE_ENC.rawValue }
        return Int32(bitPattern: options | UInt32(XML_PARSE_BIG_LINES.rawValue) | UInt32(XML_PARSE_HUGE.rawValue))
    }
}

/// A libxml2 parser context over one document's bytes, freed when the value ends,
/// exactly once (it cannot be copied).
struct ParserContext: ~Copyable {
    private let pointer: htmlParserCtxtPtr?

    /// libxml2's parser initialisation, run once per process before the first parse.
    private static let initializeParser: Void = { xmlInitParser() }()

    /// A context reading `bytes`: copied whole by libxml2, or, with `source` (which must
    /// outlive the context), read from it through a callback as the parser needs them, the
    /// part already parsed let go.
    init(_ bytes: UnsafeBufferPointer<UInt8>, streamingFrom source: UnsafeMutablePointer<StreamedSource>? = nil) {
        Self.initializeParser
        if let source {
            pointer = xmlCreateIOParserCtxt(
                nil, nil,
                { context, buffer, length in
                    guard let context, let buffer, length > 0 else { return 0 }
                    return context.assumingMemoryBound(to: StreamedSource.self).pointee.read(into: buffer, length)
                }, nil, UnsafeMutableRawPointer(source), XML_CHAR_ENCODING_NONE)
        } else {
            pointer = bytes.withMemoryRebound(to: CChar.self) {
                xmlCreateMemoryParserCtxt($0.baseAddress, Int32(clamping: $0.count))
            }
        }
    }

    deinit { if let pointer { htmlFreeParserCtxt(pointer) } }

    /// Runs libxml2's HTML parser over the bytes, its events going to `reader`: the steps of
    /// `htmlReadMemory` (its `htmlDoRead` is private to libxml2) with the reader's event
    /// handler in place of the one that builds a document.
    func read(charset: String?, into reader: inout TreeReader) {
        guard let pointer, let handler = pointer.pointee.sax else { return }
        handler.pointee = TreeReader.handler()
        htmlCtxtUseOptions(pointer, HTMLParser.options(knowingCharset: charset != nil))
        pointer.pointee.html = 1
        // UTF-8 is what libxml2 reads without a conversion (and the document's own
        // declaration is ignored): switching to its UTF-8 handler would only copy the input
        // once more through a conversion buffer.
        if let charset, charset.lowercased() != "utf-8", let encoding = xmlFindCharEncodingHandler(charset) {
            xmlSwitchToEncoding(pointer, encoding)
            if let input = pointer.pointee.input, input.pointee.encoding == nil {
                input.pointee.encoding = UnsafePointer(xmlStrdup(charset))
            }
        }
        withUnsafeMutablePointer(to: &reader) { state in
            pointer.pointee._private = UnsafeMutableRawPointer(state)
            htmlParseDocument(pointer)
            pointer.pointee._private = nil
        }
        // The handler makes no document; one made anyway would be freed here.
        if let document = pointer.pointee.myDoc {
            pointer.pointee.myDoc = nil
            xmlFreeDoc(document)
        }
    }
}

/// The bytes a streamed parse reads, and how far libxml2 has read them.
struct StreamedSource {
    let bytes: UnsafeBufferPointer<UInt8>
    var offset = 0

    /// Copies up to `length` bytes into `buffer`; the number copied, 0 at the end.
    mutating func read(into buffer: UnsafeMutablePointer<CChar>, _ length: Int32) -> Int32 {
        let count = min(Int(length), bytes.count - offset)
        guard count > 0, let base = bytes.baseAddress else { return 0 }
        UnsafeMutableRawPointer(buffer).copyMemory(from: base + offset, byteCount: count)
        offset += count
        return Int32(count)
    }
}
