import Dispatch
import Foundation
import MailLint

/// `mail-lint [lint]`: lints messages, mboxes, Maildirs and templates, and reports.
struct LintCommand {
    static let usage = "mail-lint [lint] [<options>] <path> ..."

    static let help = """
        OVERVIEW: Lint outbound email: can the reader reply, reach a human, and leave?

        USAGE: \(usage)

        ARGUMENTS:
          <path>                  .eml files, mbox files, Maildir folders, .html templates,
                                  directories (walked recursively), or - for standard input.

        OPTIONS:
          --format <format>       text, json, jsonl, sarif or github. (default: text)
          --config <file>         The configuration file. (default: the nearest
                                  .mail-lint.json in the working directory or above)
          --rule <id>             Run only this rule (repeatable).
          --disable <id>          Do not run this rule (repeatable).
          --kind <kind>           bulk, transactional, personal or auto: the kind of every
                                  message. (default: auto, from each message's header)
          --fail-on <severity>    error, warning, info or never: the lowest severity that
                                  makes the exit status 1. (default: error)
          --jobs <n>              Messages linted in parallel. Output is the same for any
                                  n. (default: the number of cores)
          --color <when>          auto, always or never. (default: auto: on a terminal,
                                  unless NO_COLOR is set)
          --quiet                 Print findings only: no summary line, no notes.
          -h, --help              Show help information.

        EXIT STATUS:
          0  no finding at or above --fail-on
          1  findings at or above --fail-on
          2  a usage or configuration error, or an input that could not be read (the
             other inputs are still linted)

        """

    static let specification = ParsedArguments.Specification(
        valueOptions: ["format", "config", "rule", "disable", "kind", "fail-on", "jobs", "color"],
        flags: ["help", "quiet"])

    var format: String
    var configurationPath: String?
    var only: [String]
    var disabled: [String]
    var kind: String
    var failOn: Severity?
    var jobs: Int
    var color: String
    var quiet: Bool
    var paths: [String]

    init(arguments: ParsedArguments) throws(UsageError) {
        format = try arguments.choice("format", ["text", "json", "jsonl", "sarif", "github"], default: "text")
        configurationPath = arguments.value("config")
        only = arguments.values["rule"] ?? []
        disabled = arguments.values["disable"] ?? []
        kind = try arguments.choice("kind", ["auto", "bulk", "transactional", "personal"], default: "auto")
        let failOnText = try arguments.choice("fail-on", ["error", "warning", "info", "never"], default: "error")
        failOn = Severity(rawValue: failOnText)
        let processors = ProcessInfo.processInfo.activeProcessorCount
        if let text = arguments.value("jobs") {
            guard let value = Int(text), value >= 1, value <= 256 else {
                throw UsageError("the value '\(text)' is invalid for '--jobs' (a whole number from 1 to 256)")
            }
            jobs = value
        } else {
            jobs = max(1, processors)
        }
        color = try arguments.choice("color", ["auto", "always", "never"], default: "auto")
        quiet = arguments.flags.contains("quiet")
        paths = arguments.positional
        guard !paths.isEmpty else { throw UsageError("missing expected argument '<path> ...'") }
        for id in only + disabled where BuiltInRules.rule(withID: id) == nil {
            throw UsageError("unknown rule '\(id)' (see 'mail-lint rules')")
        }
    }

    /// The linter for this run: configuration file, then command-line overrides.
    func makeLinter(output: CommandOutput) -> Linter? {
        var configuration = Configuration()
        let path = configurationPath ?? ConfigurationLoader.find(from: FileManager.default.currentDirectoryPath)
        if let path {
            do {
                configuration = try ConfigurationLoader.load(path: path, rules: BuiltInRules.all)
            } catch {
                output.writeError("error: configuration: \(error.description)\n")
                return nil
            }
        }
        if kind != "auto" { configuration.messageKind = MessageKind(rawValue: kind) }
        var rules = BuiltInRules.all
        if !only.isEmpty {
            rules = rules.filter { only.contains($0.description.id) }
            for rule in rules where configuration.severity(for: rule.description) == nil {
                configuration.rules[rule.description.id] = RuleSettings(severity: rule.description.defaultSeverity)
            }
        }
        rules = rules.filter { !disabled.contains($0.description.id) }
        return Linter(rules: rules, configuration: configuration)
    }

    func makeReporter(linter: Linter, output: CommandOutput) -> any Reporter {
        switch format {
        case "json": return JSONReporter()
        case "jsonl": return JSONLinesReporter()
        case "sarif": return SARIFReporter(rules: linter.rules)
        case "github": return GitHubReporter()
        default:
            let useColor =
                color == "always" || (color == "auto" && TerminalInfo.standardOutputIsTerminal && !TerminalInfo.noColor)
            return TextReporter(color: useColor, quiet: quiet, configurationSource: linter.configuration.source)
        }
    }

    func run(output: CommandOutput, standardInput: () -> [UInt8]) -> Int32 {
        guard let linter = makeLinter(output: output) else { return ExitStatus.inputError }
        var reporter = makeReporter(linter: linter, output: output)
        var summary = LintSummary()
        let runner = LintRunner(linter: linter, jobs: jobs)
        for source in InputExpander.expand(paths) {
            var sawMessage = false
            let problems = runner.lint(source, standardInput: standardInput) { linted in
                if !sawMessage {
                    summary.files += 1
                    sawMessage = true
                }
                summary.add(linted.diagnostics)
                reporter.report(linted, output: output)
            }
            for problem in problems {
                output.writeError(problem.rendered)
                if problem.isError { summary.inputErrors += 1 }
            }
        }
        reporter.finish(summary, output: output)
        if summary.inputErrors > 0 { return ExitStatus.inputError }
        guard let failOn else { return ExitStatus.success }
        let failing = summary.bySeverity.contains { $0.key >= failOn && $0.value > 0 }
        return failing ? ExitStatus.findings : ExitStatus.success
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
