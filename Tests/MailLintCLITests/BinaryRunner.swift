import Foundation

/// Runs the built `mail-lint` binary, as a user would, and captures what it prints.
struct BinaryRunner {
    struct Result {
        var status: Int32
        var standardOutput: String
        var standardError: String
    }

    /// The `mail-lint` executable beside the test bundle (SwiftPM builds it first because
    /// this test target depends on it).
    static var executable: URL {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while directory.path != "/" {
            let candidate = directory.appendingPathComponent("mail-lint")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: ".build/debug/mail-lint")
    }

    static func run(_ arguments: [String], input: Data? = nil, in directory: URL? = nil) throws -> Result {
        let result = try runBytes(arguments, input: Array(input ?? Data()), in: directory)
        return Result(
            status: result.status, standardOutput: String(decoding: result.standardOutput, as: UTF8.self),
            standardError: result.standardError)
    }

    /// Like `run`, with bytes in and bytes out (for byte-exact pass-through checks).
    static func runBytes(_ arguments: [String], input: [UInt8], in directory: URL? = nil) throws -> (
        status: Int32, standardOutput: [UInt8], standardError: String
    ) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let output = Pipe()
        let error = Pipe()
        let inputPipe = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = inputPipe
        try process.run()
        inputPipe.fileHandleForWriting.write(Data(input))
        try inputPipe.fileHandleForWriting.close()
        let errorReader = PipeReader(error.fileHandleForReading)
        let outData = PipeReader(output.fileHandleForReading).wait()
        let errData = errorReader.wait()
        process.waitUntilExit()
        return (process.terminationStatus, Array(outData), String(decoding: errData, as: UTF8.self))
    }

    /// Runs `script` with `/bin/sh -c`, the binary's path in `$MAIL_LINT`, for what a test
    /// cannot set up through `Process`: a closed standard input, a directory as standard input.
    static func runShell(_ script: String) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script]
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment["MAIL_LINT"] = executable.path
        process.environment = environment
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let errorReader = PipeReader(error.fileHandleForReading)
        let outData = PipeReader(output.fileHandleForReading).wait()
        let errData = errorReader.wait()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, standardOutput: String(decoding: outData, as: UTF8.self),
            standardError: String(decoding: errData, as: UTF8.self))
    }

    /// A new temporary directory.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("maillint-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// Reads a pipe to its end on a background thread, with `read(2)` retried on EINTR
/// (Foundation's `readDataToEndOfFile` traps when a signal interrupts it).
final class PipeReader: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            var buffer = [UInt8](repeating: 0, count: 65_536)
            while true {
                let count = buffer.withUnsafeMutableBytes { read(handle.fileDescriptor, $0.baseAddress, $0.count) }
                if count > 0 {
                    data.append(contentsOf: buffer[0..<count])
                } else if count < 0, errno == EINTR {
                    continue
                } else {
                    break
                }
            }
            done.signal()
        }
    }

    func wait() -> Data {
        done.wait()
        return data
    }
}
