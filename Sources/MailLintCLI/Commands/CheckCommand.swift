import MailLint

/// `mail-lint check -`: a pre-send gate for one message on standard input.
///
/// Lints the message; with `--pass-through` the exact input bytes go to standard output
/// when it passes (and nothing when it fails), so `mail-lint check --pass-through - | sendmail`
/// sends only mail that passes. Diagnostics go to standard error.
struct CheckCommand: Subcommand {
    static let name = "check"
    static let usage = "mail-lint check [<options>] [--pass-through] -"

    static let help = """
        OVERVIEW: Lint one message from standard input before it is sent.

        USAGE: \(usage)

        OPTIONS:
          --pass-through          When the message passes, write its exact bytes to
                                  standard output (diagnostics always go to standard
                                  error).
          --format <format>       text, json, jsonl or github, on standard error.
                                  (default: text)
        \(LintOptions.helpText)
          -h, --help              Show help information.

        EXIT STATUS:
          0  the message passes (and, with --pass-through, was written out)
          1  findings at or above --fail-on; nothing is written to standard output
          2  a usage or configuration error, or an empty or unreadable input

        """

    static let specification = ParsedArguments.Specification(
        valueOptions: LintOptions.valueOptions, flags: ["help", "quiet", "pass-through"])

    var options: LintOptions
    var passThrough: Bool

    init(arguments: ParsedArguments) throws(UsageError) {
        options = try LintOptions(arguments: arguments, formats: ["text", "json", "jsonl", "github"])
        passThrough = arguments.flags.contains("pass-through")
        guard arguments.positional == ["-"] else {
            throw UsageError("check reads one message from standard input: give '-' as the only path")
        }
    }

    func run(output: CommandOutput, standardInput: () -> Result<[UInt8], FileReadError>) -> Int32 {
        guard let bytes = PreSendGate.readMessage(standardInput, output: output) else { return ExitStatus.inputError }
        switch PreSendGate(options: options).evaluate(bytes, output: output) {
        case .passed:
            if passThrough { output.writeBytes(bytes) }
            return ExitStatus.success
        case .failed:
            return ExitStatus.findings
        case .unusable:
            return ExitStatus.inputError
        }
    }
}

/// Lints one message for `check` and `sendmail`, reporting on standard error.
struct PreSendGate {
    enum Outcome { case passed, failed, unusable }

    let options: LintOptions

    /// The message on standard input, or nil after reporting why it cannot be read.
    static func readMessage(_ standardInput: () -> Result<[UInt8], FileReadError>, output: CommandOutput) -> [UInt8]? {
        switch standardInput() {
        case .success(let bytes):
            return bytes
        case .failure(let error):
            output.writeError("error: -: \(error.reason)\n")
            return nil
        }
    }

    func evaluate(_ bytes: [UInt8], output: CommandOutput) -> Outcome {
        guard let linter = options.makeLinter(output: output) else { return .unusable }
        guard !bytes.isEmpty else {
            output.writeError("error: -: standard input is empty; no message\n")
            return .unusable
        }
        let context = linter.messageContext(bytes, file: "-")
        let diagnostics = linter.lint(context)
        var reporter = options.makeReporter(linter: linter, colorAllowed: TerminalInfo.standardErrorIsTerminal)
        let errorOutput = StandardErrorRedirect(output)
        var summary = LintSummary(files: 1)
        summary.add(diagnostics)
        reporter.report(
            LintedMessage(file: "-", messageIndex: nil, message: context.message, diagnostics: diagnostics),
            output: errorOutput
        )
        reporter.finish(summary, output: errorOutput)
        return options.fails(summary) ? .failed : .passed
    }
}

/// Sends what a reporter writes to standard output to standard error instead.
final class StandardErrorRedirect: CommandOutput {
    private let base: CommandOutput

    init(_ base: CommandOutput) { self.base = base }

    func write(_ text: String) { base.writeError(text) }
    func writeError(_ text: String) { base.writeError(text) }
    func writeBytes(_ bytes: [UInt8]) { base.writeError(String(decoding: bytes, as: UTF8.self)) }
}
