import MailLint
import MailParser

/// One thing named on the command line, or found under a directory named there.
enum InputSource: Equatable {
    /// A file holding one message (`.eml`, a Maildir file, a file sniffed as a message).
    case messageFile(path: String, maildirIndex: Int?)
    /// An mbox file, split into messages.
    case mbox(path: String)
    /// An HTML template (`.html`, `.htm`).
    case html(path: String)
    /// One message on standard input.
    case standardInput
    /// A path that cannot be read, with the reason.
    case unreadable(path: String, reason: String)
    /// A file that is not mail (binary, empty, unknown extension): skipped, with a note.
    case skipped(path: String, reason: String)

    /// Whether the input is passed over.
    var isSkipped: Bool {
        if case .skipped = self { return true }
        return false
    }

    /// The path as the user will see it.
    var path: String {
        switch self {
        case .messageFile(let path, _), .mbox(let path), .html(let path), .unreadable(let path, _),
            .skipped(let path, _):
            return path
        case .standardInput: return "-"
        }
    }
}

/// A message read from an input, with where it came from.
struct InputMessage {
    /// The file as given (or found), "-" for standard input.
    var file: String
    /// 0-based position inside an mbox or a Maildir; nil for a single file.
    var messageIndex: Int?
    /// The message's bytes.
    var bytes: [UInt8]
    /// Where the bytes stand in `file`.
    var origin: SourceOrigin
    /// The HTML template these bytes are the message of (`bytes` is its `bytes`), or nil
    /// for a message.
    var template: TemplateMessage? = nil
    /// Whether the input is an HTML template rather than a message.
    var isTemplate: Bool { template != nil }
}
