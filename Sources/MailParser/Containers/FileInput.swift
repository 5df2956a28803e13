#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Why a file could not be read.
public struct FileReadError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The path as given.
    public var path: String
    /// What went wrong, from the C library's `strerror` or a check of ours.
    public var reason: String

    /// An error for `path`, with its reason.
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    /// "path: reason".
    public var description: String { "\(path): \(reason)" }

    /// Standard input that the process was started without (`<&-`).
    public static let standardInputClosed = FileReadError(path: "-", reason: "standard input is closed; no message")
}

/// A file opened read-only, read in chunks. MailLint never opens an input for writing.
public final class FileInput {
    /// The path as given.
    public let path: String
    let descriptor: Int32

    /// Opens `path` for reading. Directories, FIFOs, sockets and devices are refused
    /// with a clear reason (a FIFO would block, a device may never end).
    public init(path: String) throws(FileReadError) {
        self.path = path
        var info = stat()
        guard stat(path, &info) == 0 else { throw FileReadError(path: path, reason: Self.errorText()) }
        let type = info.st_mode & S_IFMT
        guard type == S_IFREG else {
            let kind =
                type == S_IFDIR
                ? "is a directory" : type == S_IFIFO ? "is a FIFO (named pipe); not read" : "is not a regular file"
            throw FileReadError(path: path, reason: kind)
        }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw FileReadError(path: path, reason: Self.errorText()) }
        descriptor = fd
    }

    deinit { close(descriptor) }

    /// Reads up to `count` bytes; an empty result means the end of the file.
    public func read(upTo count: Int) throws(FileReadError) -> [UInt8] {
        var nothing: [UInt8] = []
        return try Self.read(descriptor, upTo: count, after: &nothing, path: path)
    }

    /// Reads from `descriptor` into a new array that starts with the bytes of `kept` and holds
    /// `count` bytes in all, fewer when the input ends first, retrying after signals; with
    /// nothing kept, an empty result means the end of the input. A failed read throws with
    /// `path` and the C library's reason. `kept` is emptied once copied, so that a pipe's
    /// array, doubled, is not held twice while the rest is read (a 100 MB message through a
    /// pipe peaked at 184 MiB reading, against 162 for its lint).
    static func read(
        _ descriptor: Int32, upTo count: Int, after kept: inout [UInt8], path: String
    ) throws(FileReadError) -> [UInt8] {
        var failure: Int32 = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            var filled = kept.count
            if filled > 0 {
                kept.withUnsafeBufferPointer { buffer.baseAddress!.update(from: $0.baseAddress!, count: filled) }
            }
            kept = []
            while filled < count {
                let result = Glibc.read(descriptor, buffer.baseAddress! + filled, count - filled)
                if result < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    break
                }
                if result == 0 { break }
                filled += result
            }
            initialized = filled
        }
        if failure != 0 { throw FileReadError(path: path, reason: String(cString: strerror(failure))) }
        return bytes
    }

    /// Reads all of standard input, as `readAll` reads a file: the same `limit`, refused with
    /// the same reason when passed, and a clear reason instead of a crash when standard input
    /// is closed, a directory or otherwise unreadable. It is named "-" in every reason.
    public static func readStandardInput(limit: Int = maxWholeFileBytes) throws(FileReadError) -> [UInt8] {
        var info = stat()
        guard fstat(STDIN_FILENO, &info) == 0 else {
            if errno == EBADF { throw .standardInputClosed }
            throw FileReadError(path: "-", reason: "standard input: \(errorText())")
        }
        if info.st_mode & S_IFMT == S_IFDIR {
            throw FileReadError(path: "-", reason: "standard input is a directory; no message")
        }
        let tooLarge = FileReadError(
            path: "-",
            reason: "standard input is larger than the \(limit >> 20) MiB a single message may be; not linted")
        // Read in place into an array sized from `fstat` where standard input is a file; a
        // pipe's array doubles, each time read into past the bytes it keeps. No chunk
        // arrays, and the room a doubled array leaves is never touched, so never resident.
        var capacity = max(Int(info.st_size) + 1, 1 << 16)
        var bytes: [UInt8] = []
        while true {
            bytes = try read(STDIN_FILENO, upTo: capacity, after: &bytes, path: "-")
            guard bytes.count <= limit else { throw tooLarge }
            if bytes.count < capacity { return bytes }
            capacity *= 2
        }
    }

    /// The largest file read whole (a single message, a template, a configuration):
    /// 256 MiB, ten times what the largest mail services accept. Mailboxes are read in
    /// chunks and have no such limit.
    public static let maxWholeFileBytes = 256 << 20

    /// Reads the whole file into one buffer sized from `fstat` (a file that grows while it
    /// is read is read to its end, up to `limit`). A file larger than `limit` is refused
    /// before anything is read.
    public static func readAll(_ path: String, limit: Int = maxWholeFileBytes) throws(FileReadError) -> [UInt8] {
        let file = try FileInput(path: path)
        var info = stat()
        let size = fstat(file.descriptor, &info) == 0 ? max(0, Int(info.st_size)) : 0
        let tooLarge = FileReadError(
            path: path,
            reason:
                "is larger than the \(limit >> 20) MiB a single message or template may be; not read (an mbox is read in parts)"
        )
        guard size <= limit else { throw tooLarge }
        var bytes = try file.read(upTo: size + 1)
        while bytes.count > size {
            let chunk = try file.read(upTo: 1 << 20)
            if chunk.isEmpty { break }
            bytes += chunk
            guard bytes.count <= limit else { throw tooLarge }
        }
        return bytes
    }

    private static func errorText() -> String { String(cString: strerror(errno)) }
}
