import MailParser

/// A `mail-lint` subcommand: its name, usage line, help and options, built from parsed
/// arguments and run against an output.
protocol Subcommand: Sendable {
    /// The word that selects it (`lint`, `inspect`).
    static var name: String { get }
    /// The one-line usage shown after a usage error.
    static var usage: String { get }
    /// The text of `--help`.
    static var help: String { get }
    /// The options and flags it accepts.
    static var specification: ParsedArguments.Specification { get }

    /// Validates the arguments; a bad value is a usage error.
    init(arguments: ParsedArguments) throws(UsageError)

    /// Runs and returns the exit status. `standardInput` is read only when an input is `-`.
    func run(output: CommandOutput, standardInput: () -> Result<[UInt8], FileReadError>) -> Int32

    /// The exit status of a usage error (2 unless the subcommand says otherwise).
    static var usageErrorStatus: Int32 { get }
}

extension Subcommand {
    static var usageErrorStatus: Int32 { ExitStatus.inputError }
}
