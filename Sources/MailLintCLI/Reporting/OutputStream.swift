#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where a command writes: standard output and standard error, or buffers in tests.
public protocol CommandOutput: AnyObject {
    /// Writes `text` to standard output as UTF-8.
    func write(_ text: String)
    /// Writes `text` to standard error as UTF-8.
    func writeError(_ text: String)
    /// Writes `bytes` to standard output exactly as they are.
    func writeBytes(_ bytes: [UInt8])
}

/// The process's standard output and standard error. Standard output is buffered and
/// flushed before anything goes to standard error, so the two interleave as written.
public final class StandardOutput: CommandOutput {
    private var pending: [UInt8] = []

    /// Creates the writer.
    public init() { pending.reserveCapacity(1 << 16) }

    /// Writes `text` to standard output as UTF-8.
    public func write(_ text: String) {
        pending += text.utf8
        if pending.count >= 1 << 16 { flush() }
    }

    /// Writes `bytes` to standard output exactly as they are.
    public func writeBytes(_ bytes: [UInt8]) {
        pending += bytes
        if pending.count >= 1 << 16 { flush() }
    }

    /// Writes `text` to standard error as UTF-8.
    public func writeError(_ text: String) {
        flush()
        writeFully(2, Array(text.utf8))
    }

    /// Writes what is buffered for standard output.
    public func flush() {
        writeFully(1, pending)
        pending.removeAll(keepingCapacity: true)
    }

    deinit { flush() }

}

/// Output kept in memory, for tests and embedding.
public final class CapturedOutput: CommandOutput {
    /// What was written to standard output.
    public private(set) var standardOutput = ""
    /// What was written to standard error.
    public private(set) var standardError = ""
    /// The bytes written with `writeBytes`, in order.
    public private(set) var standardOutputBytes: [UInt8] = []

    /// Creates an empty capture.
    public init() {}

    /// Writes `text` to standard output as UTF-8.
    /// Appends `text` to `standardOutput`.
    public func write(_ text: String) { standardOutput += text }
    /// Writes `text` to standard error as UTF-8.
    /// Appends `bytes` to `standardOutputBytes`.
    public func writeBytes(_ bytes: [UInt8]) { standardOutputBytes += bytes }

    /// Appends `text` to `standardError`.
    public func writeError(_ text: String) { standardError += text }
}

/// Writes all of `bytes` to file descriptor `descriptor`, retrying on EINTR and stopping
/// quietly when the reader has gone away (EPIPE: SIGPIPE is ignored by `mail-lint`).
func writeFully(_ descriptor: Int32, _ bytes: [UInt8]) {
    var offset = 0
    while offset < bytes.count {
        let written = bytes.withUnsafeBytes { buffer in
            Glibc.write(descriptor, buffer.baseAddress! + offset, bytes.count - offset)
        }
        if written < 0 {
            if errno == EINTR { continue }
            return
        }
        offset += written
    }
}
