import CLibXML2

/// An HTML document parsed by libxml2, owned by this object and freed exactly once.
///
/// Parsing never touches the network, loads no external entities, and recovers from any
/// error (flags `HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
/// HTML_PARSE_NONET`). Nodes borrowed from the document must not outlive it.
public final class HTMLDocument {
    let pointer: htmlDocPtr?

    /// Parses `bytes` as HTML in `charset` (an IANA label such as "utf-8"; nil lets
    /// libxml2 sniff a `<meta charset>`).
    public init(bytes: [UInt8], charset: String? = "utf-8") {
        HTMLDocument.initializeParser
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                | HTML_PARSE_NONET.rawValue)
        pointer = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                htmlReadMemory(chars.baseAddress, Int32(clamping: chars.count), nil, charset, options)
            }
        }
    }

    deinit { xmlFreeDoc(pointer) }

    /// Whether libxml2 produced a document (false only for empty input).
    public var isEmpty: Bool { pointer == nil || xmlDocGetRootElement(pointer) == nil }

    /// libxml2's parser initialisation, run once per process before the first parse.
    private static let initializeParser: Void = { xmlInitParser() }()
}
