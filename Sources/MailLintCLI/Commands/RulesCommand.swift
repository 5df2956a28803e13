import MailLint

/// `mail-lint rules`: the rules, as a table, as Markdown (Docs/Rules.md) or as JSON.
struct RulesCommand: Subcommand {
    static let name = "rules"
    static let usage = "mail-lint rules [--format <format>]"

    static let help = """
        OVERVIEW: List MailLint's rules.

        USAGE: \(usage)

        OPTIONS:
          --format <format>       text (a table), markdown (Docs/Rules.md) or json.
                                  (default: text)
          -h, --help              Show help information.

        """

    static let specification = ParsedArguments.Specification(valueOptions: ["format"], flags: ["help"])

    let format: String

    init(arguments: ParsedArguments) throws(UsageError) {
        format = try arguments.choice("format", ["text", "markdown", "json"], default: "text")
        guard arguments.positional.isEmpty else { throw UsageError("unexpected argument '\(arguments.positional[0])'") }
    }

    func run(output: CommandOutput, standardInput _: () -> Result<[UInt8], FileReadError>) -> Int32 {
        let rules = BuiltInRules.all
        switch format {
        case "markdown": output.write(RuleDocumentation.markdown(rules))
        case "json": output.write(RuleDocumentation.json(rules).serialized + "\n")
        default:
            let width = rules.map { $0.description.id.count }.max() ?? 10
            for rule in rules {
                let description = rule.description
                output.write(
                    "\(description.id.padding(width))  \(RuleDocumentation.defaultText(description).padding(8))  \(description.summary)\n"
                )
            }
        }
        return ExitStatus.success
    }
}

/// `mail-lint explain RULE-ID`: one rule's documentation.
struct ExplainCommand: Subcommand {
    static let name = "explain"
    static let usage = "mail-lint explain <rule-id>"

    static let help = """
        OVERVIEW: Explain a rule: what it finds, why, its options, examples and references.

        USAGE: \(usage)

        OPTIONS:
          -h, --help              Show help information.

        """

    static let specification = ParsedArguments.Specification(valueOptions: [], flags: ["help"])

    let rule: any Rule.Type

    init(arguments: ParsedArguments) throws(UsageError) {
        guard let id = arguments.positional.first else { throw UsageError("missing expected argument '<rule-id>'") }
        guard arguments.positional.count == 1 else {
            throw UsageError("unexpected argument '\(arguments.positional[1])'")
        }
        guard let rule = BuiltInRules.rule(withID: id) else {
            throw UsageError("unknown rule '\(id)' (see 'mail-lint rules')")
        }
        self.rule = rule
    }

    func run(output: CommandOutput, standardInput _: () -> Result<[UInt8], FileReadError>) -> Int32 {
        output.write(RuleDocumentation.section(rule.description))
        return ExitStatus.success
    }
}
