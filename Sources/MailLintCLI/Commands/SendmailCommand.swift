import Foundation
import MailLint

/// `mail-lint sendmail [options] -- COMMAND ARGS...`: a sendmail wrapper that lints the
/// message on standard input and hands the exact bytes to COMMAND only when it passes.
struct SendmailCommand: Subcommand {
    static let name = "sendmail"
    static let usage = "mail-lint sendmail [<options>] -- <command> [<argument> ...]"

    static let help = """
        OVERVIEW: Lint one message from standard input, then hand it to a mailer.

        When the message passes, COMMAND runs with the exact input bytes on its standard
        input, and mail-lint exits with COMMAND's status. When it fails, the diagnostics go
        to standard error and COMMAND does not run.

        USAGE: \(usage)

        EXAMPLE: mail-lint sendmail -- /usr/sbin/sendmail -t -i < message.eml

        OPTIONS:
          --format <format>       text, json, jsonl or github, on standard error.
                                  (default: text)
        \(LintOptions.helpText)
          -h, --help              Show help information.

        EXIT STATUS (sysexits.h, as Postfix's pipe(8) and Sendmail read them):
          65 (EX_DATAERR)  findings at or above --fail-on; COMMAND was not run
                           (Postfix bounces the message: 5.6.0)
          75 (EX_TEMPFAIL) a usage or configuration error, an empty or unreadable
                           input, or COMMAND could not be started: nothing was sent
                           (Postfix defers the message and tries again: 4.3.0)
          otherwise        COMMAND's exit status

        """

    static let specification = ParsedArguments.Specification(
        valueOptions: LintOptions.valueOptions, flags: ["help", "quiet"])

    /// EX_DATAERR from sysexits.h: the message is refused for good (a bounce).
    static let dataError: Int32 = 65
    /// EX_TEMPFAIL from sysexits.h: MailLint's own failure; the message is tried again
    /// later, never bounced for it.
    static let temporaryFailure: Int32 = 75

    static var usageErrorStatus: Int32 { temporaryFailure }

    var options: LintOptions
    var command: [String]

    init(arguments: ParsedArguments) throws(UsageError) {
        options = try LintOptions(arguments: arguments, formats: ["text", "json", "jsonl", "github"])
        command = arguments.positional
        guard !command.isEmpty else { throw UsageError("missing the mailer: give it after '--'") }
    }

    func run(output: CommandOutput, standardInput: () -> Result<[UInt8], FileReadError>) -> Int32 {
        guard let bytes = PreSendGate.readMessage(standardInput, output: output) else { return Self.temporaryFailure }
        switch PreSendGate(options: options).evaluate(bytes, output: output) {
        case .failed: return Self.dataError
        case .unusable: return Self.temporaryFailure
        case .passed: break
        }
        guard let executable = Self.resolve(command[0]) else {
            output.writeError("error: \(command[0]): command not found\n")
            return Self.temporaryFailure
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = Array(command.dropFirst())
        let pipe = Pipe()
        process.standardInput = pipe
        do {
            try process.run()
        } catch {
            output.writeError("error: \(command[0]): cannot run: \(error.localizedDescription)\n")
            return Self.temporaryFailure
        }
        // A mailer that exits without reading everything closes the pipe: keep what it says.
        writeFully(pipe.fileHandleForWriting.fileDescriptor, bytes)
        try? pipe.fileHandleForWriting.close()
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// `name` itself when it holds a `/`, else the first executable of that name on `PATH`.
    static func resolve(_ name: String) -> String? {
        if name.contains("/") { return FileManager.default.isExecutableFile(atPath: name) ? name : nil }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}
