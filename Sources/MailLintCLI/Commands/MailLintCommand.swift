import MailLint

/// The `mail-lint` command line: picks the subcommand and runs it.
public enum MailLintCommand {
    static let help = """
        OVERVIEW: Lint outbound email before it is sent: can the reader reply, reach a
        human, and leave?

        USAGE: mail-lint [<subcommand>] [<options>] <path> ...

        SUBCOMMANDS:
          lint (default)          Lint messages, mboxes, Maildirs and templates.
          inspect                 Show how MailLint reads messages: addresses, subject,
                                  MIME parts with their lines, and defects.
          check -                 Lint one message from standard input (pre-send gate;
                                  --pass-through writes it out when it passes).
          sendmail -- <command>   Lint one message, then hand it to a mailer only when it
                                  passes.
          milter --listen <addr>  Run as a milter for Postfix or Sendmail: lint every
                                  message a mail server hands over (Docs/Milter.md).
          rules                   List the rules.
          explain <rule-id>       Explain one rule: why, options, examples, references.

        OPTIONS:
          --version               Show the version.
          -h, --help              Show help information.

          See 'mail-lint <subcommand> --help' for the options of a subcommand.

        EXIT STATUS:
          0  no finding at or above the failure threshold
          1  findings at or above the failure threshold
          2  a usage or configuration error, or an input that could not be read

        """

    /// The subcommands, `lint` first: it runs when the first argument names none.
    static let subcommands: [any Subcommand.Type] = [
        LintCommand.self, InspectCommand.self, CheckCommand.self, SendmailCommand.self, MilterCommand.self,
        RulesCommand.self, ExplainCommand.self,
    ]

    /// Runs the command line `arguments` (without the program name) and returns the exit
    /// status. `standardInput` is read only when an input is `-`.
    public static func run(
        _ arguments: [String], output: CommandOutput, standardInput: (() -> Result<[UInt8], FileReadError>)? = nil
    ) -> Int32 {
        let standardInput = standardInput ?? InputReader.readStandardInput
        guard let first = arguments.first else {
            output.write(help)
            return ExitStatus.success
        }
        switch first {
        case "--help", "-h", "help":
            output.write(help)
            return ExitStatus.success
        case "--version":
            // The data a finding depends on, so a report can be reproduced.
            output.write(
                "mail-lint \(MailLintVersion.current)\nPublic Suffix List: \(PublicSuffixList.bundled.citation)\n")
            return ExitStatus.success
        default:
            break
        }
        // The first argument names a subcommand; anything else is `lint`'s.
        let named = subcommands.first { $0.name == first }
        let subcommand = named ?? subcommands[0]
        let rest = named == nil ? arguments : Array(arguments.dropFirst())
        if named == nil, !first.hasPrefix("-"), !first.contains("/"), !first.contains("."),
            !FileSystemCheck.exists(first)
        {
            return usageFailure(
                UsageError("unknown subcommand or missing file '\(first)'"), usage: help.usageLine,
                helpCommand: "mail-lint --help", output: output)
        }
        do {
            let parsed = try ParsedArguments(rest, specification: subcommand.specification)
            if parsed.flags.contains("help") {
                output.write(subcommand.help)
                return ExitStatus.success
            }
            return try subcommand.init(arguments: parsed).run(output: output, standardInput: standardInput)
        } catch {
            let status = usageFailure(
                error, usage: subcommand.usage, helpCommand: "mail-lint \(subcommand.name) --help", output: output)
            return status == ExitStatus.inputError ? subcommand.usageErrorStatus : status
        }
    }

    private static func usageFailure(_ error: UsageError, usage: String, helpCommand: String, output: CommandOutput)
        -> Int32
    {
        output.writeError("Error: \(error.message)\nUsage: \(usage)\n  See '\(helpCommand)'.\n")
        return ExitStatus.inputError
    }
}

extension String {
    /// The text after "USAGE: " on its line.
    var usageLine: String {
        split(separator: "\n").first { $0.hasPrefix("USAGE: ") }.map { String($0.dropFirst(7)) } ?? ""
    }
}
