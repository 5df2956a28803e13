import Foundation
import MailLint

/// The options `lint`, `check` and `sendmail` share: format, configuration, rule selection,
/// message kind, failure threshold, parallelism, colour.
struct LintOptions {
    var format: String
    var configurationPath: String?
    var only: [String]
    var disabled: [String]
    var kind: String
    /// The lowest severity that fails the run; nil for `never`.
    var failOn: Severity?
    var jobs: Int
    var color: String
    var quiet: Bool

    /// Reads the shared options; `formats` are the formats the subcommand offers.
    init(arguments: ParsedArguments, formats: [String]) throws(UsageError) {
        format = try arguments.choice("format", formats, default: formats[0])
        configurationPath = arguments.value("config")
        only = arguments.values["rule"] ?? []
        disabled = arguments.values["disable"] ?? []
        kind = try arguments.choice("kind", ["auto", "bulk", "transactional", "personal"], default: "auto")
        failOn = Severity(
            rawValue: try arguments.choice("fail-on", ["error", "warning", "info", "never"], default: "error"))
        if let text = arguments.value("jobs") {
            guard let value = Int(text), value >= 1, value <= 256 else {
                throw UsageError("the value '\(text)' is invalid for '--jobs' (a whole number from 1 to 256)")
            }
            jobs = value
        } else {
            jobs = max(1, ProcessInfo.processInfo.activeProcessorCount)
        }
        color = try arguments.choice("color", ["auto", "always", "never"], default: "auto")
        quiet = arguments.flags.contains("quiet")
        for id in only + disabled where BuiltInRules.rule(withID: id) == nil {
            throw UsageError("unknown rule '\(id)' (see 'mail-lint rules')")
        }
    }

    /// The linter: the configuration file (named, or the nearest `.mail-lint.json`), then
    /// the command-line overrides. Nil after printing the error when the configuration
    /// cannot be used.
    func makeLinter(output: CommandOutput) -> Linter? {
        var configuration = Configuration()
        if let path = configurationPath ?? ConfigurationLoader.find(from: FileManager.default.currentDirectoryPath) {
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

    /// The reporter for `format`; `colorAllowed` says whether the text goes to a terminal.
    func makeReporter(linter: Linter, colorAllowed: Bool) -> any Reporter {
        switch format {
        case "json": return JSONReporter()
        case "jsonl": return JSONLinesReporter()
        case "sarif": return SARIFReporter(rules: linter.rules)
        case "github": return GitHubReporter()
        default:
            let useColor = color == "always" || (color == "auto" && colorAllowed && !TerminalInfo.noColor)
            return TextReporter(color: useColor, quiet: quiet, configurationSource: linter.configuration.source)
        }
    }

    /// Whether `summary` has a finding at or above `--fail-on`.
    func fails(_ summary: LintSummary) -> Bool {
        guard let failOn else { return false }
        return summary.bySeverity.contains { $0.key >= failOn && $0.value > 0 }
    }

    /// The option lines every subcommand that lints prints in its help.
    static let helpText = """
          --config <file>         The configuration file. (default: the nearest
                                  .mail-lint.json in the working directory or above)
          --rule <id>             Run only this rule (repeatable).
          --disable <id>          Do not run this rule (repeatable).
          --kind <kind>           bulk, transactional, personal or auto: the kind of every
                                  message. (default: auto, from each message's header)
          --fail-on <severity>    error, warning, info or never: the lowest severity that
                                  fails (exit status 1; 65 for sendmail). (default: error)
          --color <when>          auto, always or never. (default: auto: on a terminal,
                                  unless NO_COLOR is set)
          --quiet                 Print findings only: no summary line, no notes.
        """

    /// The options a linting subcommand accepts.
    static let valueOptions: Set<String> = ["format", "config", "rule", "disable", "kind", "fail-on", "jobs", "color"]
}
