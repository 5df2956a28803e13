import MailLint

/// The `mail-lint` command line: picks the subcommand and runs it.
public enum MailLintCommand {
    static let help = """
        OVERVIEW: Lint outbound email before it is sent: can the reader reply, reach a
        human, and leave?

        USAGE: mail-lint <subcommand> [<options>] <path> ...

        SUBCOMMANDS:
          inspect                 Show how MailLint reads messages: addresses, subject,
                                  MIME parts with their lines, and defects.

        OPTIONS:
          --version               Show the version.
          -h, --help              Show help information.

          See 'mail-lint <subcommand> --help' for the options of a subcommand.

        EXIT STATUS:
          0  success
          1  findings at or above the failure threshold
          2  a usage error, or an input that could not be read

        """

    /// Runs the command line `arguments` (without the program name) and returns the exit
    /// status. `standardInput` is read only when an input is `-`.
    public static func run(
        _ arguments: [String], output: CommandOutput, standardInput: (() -> [UInt8])? = nil
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
            output.write("mail-lint \(MailLintVersion.current)\n")
            return ExitStatus.success
        case "inspect":
            return runSubcommand("inspect", Array(arguments.dropFirst()), output: output) { parsed throws(UsageError) in
                if parsed.flags.contains("help") {
                    output.write(InspectCommand.help)
                    return ExitStatus.success
                }
                return try InspectCommand(arguments: parsed).run(output: output, standardInput: standardInput)
            }
        default:
            return usageFailure(
                UsageError("unknown subcommand '\(first)'"), usage: "mail-lint <subcommand> [<options>] <path> ...",
                helpCommand: "mail-lint --help", output: output)
        }
    }

    private static func runSubcommand(
        _ name: String, _ arguments: [String], output: CommandOutput,
        _ body: (ParsedArguments) throws(UsageError) -> Int32
    ) -> Int32 {
        let specification: ParsedArguments.Specification
        let usage: String
        switch name {
        default:
            specification = InspectCommand.specification
            usage = "mail-lint inspect [--format <format>] <path> ..."
        }
        do {
            return try body(try ParsedArguments(arguments, specification: specification))
        } catch {
            return usageFailure(error, usage: usage, helpCommand: "mail-lint \(name) --help", output: output)
        }
    }

    private static func usageFailure(_ error: UsageError, usage: String, helpCommand: String, output: CommandOutput)
        -> Int32
    {
        output.writeError("Error: \(error.message)\nUsage: \(usage)\n  See '\(helpCommand)'.\n")
        return ExitStatus.inputError
    }
}
