/// An HTML template read as a message with one `text/html` part, so that the rules that
/// read bodies run on templates through the same context as on messages.
///
/// A one-line header (`Content-Type: text/html; charset=…`) is put before the template's
/// bytes, and the message's `SourceOrigin` starts that many bytes (and one line) before the
/// file, so every position points into the template file itself.
enum TemplateMessage {
    static func context(for bytes: [UInt8], file: String, configuration: Configuration, limits: ParserLimits)
        -> LintContext
    {
        // Templates are UTF-8 nearly always; other bytes are read as browsers read unlabelled text.
        let charset = Charset.isValidUTF8(bytes) ? "utf-8" : "windows-1252"
        let header = Array("Content-Type: text/html; charset=\(charset)\n\n".utf8)
        let origin = SourceOrigin(byteOffset: -header.count, line: -1)
        let message = MessageParser.parse(header + bytes, origin: origin, limits: limits)
        return LintContext(message: message, file: file, configuration: configuration, isTemplate: true)
    }
}
