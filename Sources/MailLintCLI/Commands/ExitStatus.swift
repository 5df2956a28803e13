/// The exit statuses of `mail-lint`, documented in `--help` and `Docs/CLI.md`.
public enum ExitStatus {
    /// Nothing at or above the failure threshold; every input was read.
    public static let success: Int32 = 0
    /// Findings at or above the failure threshold.
    public static let findings: Int32 = 1
    /// A usage or configuration error, or an input that could not be read.
    public static let inputError: Int32 = 2
}
