import CLibXML2

/// libxml2's own parse of a document, freed at once: the floor MailLint is measured against.
enum BareLibXML2 {
    /// Parses and frees `bytes` with the flags MailHTML uses.
    static func parseAndFree(_ bytes: [UInt8]) {
        let options =
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_IGNORE_ENC.rawValue | UInt32(XML_PARSE_BIG_LINES.rawValue)
            | UInt32(XML_PARSE_HUGE.rawValue)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                htmlReadMemory(
                    chars.baseAddress, Int32(clamping: chars.count), nil, "utf-8", Int32(bitPattern: options))
            }
        }
        if let document { xmlFreeDoc(document) }
    }

    /// Initialises libxml2 once, outside the timed loops.
    static func initialize() { xmlInitParser() }
}
