import MailParser

/// An HTML template read as a message with one `text/html` part, so that the rules that
/// read bodies run on templates through the same context as on messages.
///
/// A one-line header (`Content-Type: text/html; charset=…`) is put before the template's
/// bytes, and the message's `SourceOrigin` starts that many bytes (and one line) before the
/// file, so every position points into the template file itself.
public struct TemplateMessage: Sendable {
    /// The message: the header line, a blank line, then the template's bytes.
    public let bytes: [UInt8]
    /// The length of the header and the blank line after it.
    let headerCount: Int

    /// The message of `template`, taking its bytes: a caller that hands them over (`consume`)
    /// keeps no second copy, so that a large template is held once while it is linted.
    public init(_ template: consuming [UInt8]) {
        // Templates are UTF-8 nearly always; other bytes are read as browsers read unlabelled text.
        let charset = Charset.isValidUTF8(template) ? "utf-8" : "windows-1252"
        var bytes = Array("Content-Type: text/html; charset=\(charset)\n\n".utf8)
        headerCount = bytes.count
        bytes.reserveCapacity(headerCount + template.count)
        bytes.append(contentsOf: template)
        self.bytes = bytes
    }

    /// The context the template is linted in.
    func context(file: String, configuration: Configuration, limits: ParserLimits) -> LintContext {
        let origin = SourceOrigin(byteOffset: -headerCount, line: -1)
        let message = MessageParser.parse(bytes, origin: origin, limits: limits)
        return LintContext(message: message, file: file, configuration: configuration, isTemplate: true)
    }

    /// The context of the template `bytes` (which the caller keeps: they are copied once).
    static func context(for bytes: [UInt8], file: String, configuration: Configuration, limits: ParserLimits)
        -> LintContext
    {
        TemplateMessage(bytes).context(file: file, configuration: configuration, limits: limits)
    }
}
