import Foundation

/// The milter's log: a line per message (queue id, action, result, rule ids, size,
/// milliseconds) and a line per connection problem, as text or JSON lines, written whole
/// under a lock so lines from different connections never interleave.
final class MilterLog: @unchecked Sendable {
    enum Format: String { case text, json }

    let format: Format
    private let sink: @Sendable (String) -> Void
    private let lock = NSLock()

    /// A log that hands each line (with its newline) to `sink`.
    init(format: Format, sink: @escaping @Sendable (String) -> Void) {
        self.format = format
        self.sink = sink
    }

    /// A log on standard error.
    static func standardError(format: Format) -> MilterLog {
        MilterLog(format: format) { line in
            var bytes = Array(line.utf8)
            bytes.withUnsafeMutableBytes { buffer in
                var offset = 0
                while offset < buffer.count {
                    let written = Glibc.write(2, buffer.baseAddress! + offset, buffer.count - offset)
                    if written < 0 && errno == EINTR { continue }
                    if written <= 0 { return }
                    offset += written
                }
            }
        }
    }

    /// One message's verdict.
    func message(_ message: MilterMessage, verdict: GateVerdict, milliseconds: Double, connection: Int) {
        var fields: [(String, JSONValue)] = [
            ("event", .string("message")), ("connection", .int(connection)),
            ("queue", .optional(message.queueID)), ("action", .string(verdict.action.rawValue)),
            ("result", .string(verdict.result)), ("rules", .array(verdict.rules.map(JSONValue.string))),
            ("size", .int(message.size)), ("ms", .double((milliseconds * 10).rounded() / 10)),
        ]
        if let reason = verdict.reason { fields.append(("reason", .string(reason))) }
        write(fields)
    }

    /// Something about the daemon or a connection: started, reloaded, a protocol error.
    func event(_ event: String, _ text: String, connection: Int? = nil) {
        var fields: [(String, JSONValue)] = [("event", .string(event))]
        if let connection { fields.append(("connection", .int(connection))) }
        fields.append(("message", .string(text)))
        write(fields)
    }

    private func write(_ fields: [(String, JSONValue)]) {
        let line: String
        switch format {
        case .json:
            line = JSONValue.object(fields).serialized
        case .text:
            line =
                "mail-lint milter: "
                + fields.map { key, value in
                    switch value {
                    case .string(let text): return "\(key)=\(text.contains(" ") ? "\"\(text)\"" : text)"
                    case .array(let items):
                        return "\(key)="
                            + items.map { item in if case .string(let s) = item { s } else { "" } }
                            .joined(separator: ",")
                    case .null: return "\(key)=-"
                    default: return "\(key)=\(value.serialized)"
                    }
                }.joined(separator: " ")
        }
        lock.lock()
        defer { lock.unlock() }
        sink(line + "\n")
    }
}
