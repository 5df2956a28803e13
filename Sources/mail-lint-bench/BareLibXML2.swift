import CLibXML2
import MailHTML

/// libxml2's own parse of a document, freed at once: the floor MailLint is measured against.
enum BareLibXML2 {
    /// Parses and frees `bytes` with the flags MailHTML uses.
    static func parseAndFree(_ bytes: [UInt8]) {
        let options = HTMLParser.options(knowingCharset: true)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                htmlReadMemory(
                    chars.baseAddress, Int32(clamping: chars.count), nil, "utf-8", options)
            }
        }
        if let document { xmlFreeDoc(document) }
    }

    /// Initialises libxml2 once, outside the timed loops.
    static func initialize() { xmlInitParser() }
}
