import MailLint
import MailParser

/// Reads the messages of an input one at a time, so that an mbox of any size is linted
/// with the memory of one message.
enum InputReader {
    /// Calls `body` for each message of `source`; returns a problem to report, if any
    /// (unreadable file, junk before the first mbox separator, a read error midway).
    static func forEachMessage(
        in source: InputSource, standardInput: () -> Result<[UInt8], FileReadError>, _ body: (InputMessage) -> Void
    ) -> [InputProblem] {
        switch source {
        case .messageFile(let path, let index):
            do {
                let bytes = try FileInput.readAll(path)
                if bytes.isEmpty { return [InputProblem(path: path, message: "empty file; no message", isError: true)] }
                body(InputMessage(file: path, messageIndex: index, bytes: bytes, origin: .file))
                return []
            } catch {
                return [InputProblem(path: path, message: error.reason, isError: true)]
            }
        case .standardInput:
            let bytes: [UInt8]
            do {
                bytes = try standardInput().get()
            } catch {
                return [InputProblem(path: "-", message: error.reason, isError: true)]
            }
            if bytes.isEmpty {
                return [InputProblem(path: "-", message: "standard input is empty; no message", isError: true)]
            }
            body(InputMessage(file: "-", messageIndex: nil, bytes: bytes, origin: .file))
            return []
        case .mbox(let path):
            let reader: MboxReader
            do {
                reader = try MboxReader(path: path)
            } catch {
                return [InputProblem(path: path, message: error.reason, isError: true)]
            }
            var count = 0
            while let message = reader.next() {
                count += 1
                body(
                    InputMessage(file: path, messageIndex: message.index, bytes: message.bytes, origin: message.origin))
            }
            var problems: [InputProblem] = []
            if let junk = reader.leadingJunk {
                problems.append(
                    InputProblem(
                        path: path,
                        message:
                            "line \(junk.line): \(junk.length) bytes before the first \"From \" line are not part of any message",
                        isError: false))
            }
            if let error = reader.error {
                problems.append(InputProblem(path: path, message: error.reason, isError: true))
            }
            if count == 0 {
                problems.append(
                    InputProblem(path: path, message: "no \"From \" separator line; not an mbox", isError: true))
            }
            return problems
        case .html(let path):
            do {
                let bytes = try FileInput.readAll(path)
                if bytes.isEmpty {
                    return [InputProblem(path: path, message: "empty file; no template", isError: true)]
                }
                // The file's bytes become the template's message; no second copy is kept.
                let template = TemplateMessage(consume bytes)
                body(
                    InputMessage(
                        file: path, messageIndex: nil, bytes: template.bytes, origin: .file, template: template))
                return []
            } catch {
                return [InputProblem(path: path, message: error.reason, isError: true)]
            }
        case .unreadable(let path, let reason):
            return [InputProblem(path: path, message: reason, isError: true)]
        case .skipped(let path, let reason):
            return [InputProblem(path: path, message: "skipped: \(reason)", isError: false)]
        }
    }

    /// All of standard input, with the size limit of a single message file.
    static func readStandardInput() -> Result<[UInt8], FileReadError> {
        Result { () throws(FileReadError) in try FileInput.readStandardInput() }
    }
}

/// Something about an input that the user must hear: an error (exit status 2) or a note.
struct InputProblem: Equatable {
    var path: String
    var message: String
    /// Whether the run's result cannot be trusted because of it.
    var isError: Bool

    var rendered: String { "\(isError ? "error" : "note"): \(path): \(message)\n" }
}
