import Dispatch
import Foundation
import MailLint

/// `mail-lint [lint]`: lints messages, mboxes, Maildirs and templates, and reports.
struct LintCommand: Subcommand {
    static let name = "lint"
    static let usage = "mail-lint [lint] [<options>] <path> ..."

    static let help = """
        OVERVIEW: Lint outbound email: can the reader reply, reach a human, and leave?

        USAGE: \(usage)

        ARGUMENTS:
          <path>                  .eml files, mbox files, Maildir folders, .html templates,
                                  directories (walked recursively), or - for standard input.

        OPTIONS:
          --format <format>       text, json, jsonl, sarif or github. (default: text)
        \(LintOptions.helpText)
          --jobs <n>              Messages linted in parallel. Output is the same for any
                                  n. (default: the number of cores)
          --stats                 At the end, print on standard error how many messages
                                  were linted, in how many seconds, and the peak memory.
          -h, --help              Show help information.

        EXIT STATUS:
          0  no finding at or above --fail-on
          1  findings at or above --fail-on
          2  a usage or configuration error, or an input that could not be read (the
             other inputs are still linted)

        """

    static let specification = ParsedArguments.Specification(
        valueOptions: LintOptions.valueOptions, flags: ["help", "quiet", "stats"])

    var options: LintOptions
    var paths: [String]
    /// `--stats`: print run statistics on standard error.
    var printsStatistics: Bool

    init(arguments: ParsedArguments) throws(UsageError) {
        options = try LintOptions(arguments: arguments, formats: ["text", "json", "jsonl", "sarif", "github"])
        paths = arguments.positional
        printsStatistics = arguments.flags.contains("stats")
        guard !paths.isEmpty else { throw UsageError("missing expected argument '<path> ...'") }
    }

    func makeReporter(linter: Linter, output: CommandOutput) -> any Reporter {
        options.makeReporter(linter: linter, colorAllowed: TerminalInfo.standardOutputIsTerminal)
    }

    func run(output: CommandOutput, standardInput: () -> Result<[UInt8], FileReadError>) -> Int32 {
        guard let linter = options.makeLinter(output: output) else { return ExitStatus.inputError }
        var reporter = makeReporter(linter: linter, output: output)
        var summary = LintSummary()
        let statistics = RunStatistics()
        var runner = LintRunner(linter: linter, jobs: options.jobs)
        // Progress only when findings go elsewhere (a file, a pipe) and a person watches
        // standard error; when both are the terminal the findings themselves show progress.
        let progress = ProgressIndicator(
            enabled: TerminalInfo.standardErrorIsTerminal && !TerminalInfo.standardOutputIsTerminal && !options.quiet)
        for source in InputExpander.expand(paths) {
            var sawMessage = false
            let problems = runner.lint(source, standardInput: standardInput) { linted in
                if !sawMessage {
                    summary.files += 1
                    sawMessage = true
                }
                summary.add(linted.diagnostics)
                progress.advance(file: linted.file)
                reporter.report(linted, output: output)
            }
            progress.finish()
            for problem in problems {
                output.writeError(problem.rendered)
                if problem.isError { summary.inputErrors += 1 }
            }
        }
        progress.finish()
        reporter.finish(summary, output: output)
        if printsStatistics { output.writeError(statistics.line(summary)) }
        if summary.inputErrors > 0 { return ExitStatus.inputError }
        return options.fails(summary) ? ExitStatus.findings : ExitStatus.success
    }
}

/// Facts about the terminal.
enum TerminalInfo {
    /// Whether standard output is a terminal.
    static var standardOutputIsTerminal: Bool { isatty(1) == 1 }
    /// Whether standard error is a terminal.
    static var standardErrorIsTerminal: Bool { isatty(2) == 1 }
    /// Whether `NO_COLOR` is set to a non-empty value (no-color.org).
    static var noColor: Bool { !(ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty }
}
