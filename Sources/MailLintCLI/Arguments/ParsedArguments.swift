/// Command-line arguments split into options and positional arguments, in the
/// conventions of swift-argument-parser: `--name value`, `--name=value`, flags, `--` to
/// end options, `-` as a positional argument (standard input).
struct ParsedArguments {
    /// Option values by long name (without dashes); a repeated option keeps every value.
    var values: [String: [String]] = [:]
    /// Flags given, by long name.
    var flags: Set<String> = []
    /// Positional arguments in order.
    var positional: [String] = []

    /// What a command accepts.
    struct Specification: Sendable {
        /// Options that take a value, by long name.
        var valueOptions: Set<String>
        /// Options that take no value, by long name.
        var flags: Set<String>
        /// Short aliases: "h" → "help".
        var shortAliases: [Character: String] = ["h": "help"]
    }

    /// Splits `arguments` by `specification`.
    init(_ arguments: [String], specification: Specification) throws(UsageError) {
        var index = 0
        var optionsEnded = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if optionsEnded || argument == "-" || !argument.hasPrefix("-") {
                positional.append(argument)
                continue
            }
            if argument == "--" {
                optionsEnded = true
                continue
            }
            var name: String
            var inlineValue: String?
            if argument.hasPrefix("--") {
                name = String(argument.dropFirst(2))
                if let equals = name.firstIndex(of: "=") {
                    inlineValue = String(name[name.index(after: equals)...])
                    name = String(name[..<equals])
                }
            } else {
                let letters = Array(argument.dropFirst())
                guard letters.count == 1, let long = specification.shortAliases[letters[0]] else {
                    throw UsageError("unknown option '\(argument)'")
                }
                name = long
            }
            if specification.flags.contains(name) {
                guard inlineValue == nil else { throw UsageError("option '--\(name)' takes no value") }
                flags.insert(name)
            } else if specification.valueOptions.contains(name) {
                if let inlineValue {
                    values[name, default: []].append(inlineValue)
                } else {
                    guard index < arguments.count else { throw UsageError("missing value for '--\(name)'") }
                    values[name, default: []].append(arguments[index])
                    index += 1
                }
            } else {
                throw UsageError("unknown option '\(argument)'")
            }
        }
    }

    /// The last value of option `name`, or nil.
    func value(_ name: String) -> String? { values[name]?.last }

    /// The value of `name`, which must be one of `choices`.
    func choice(_ name: String, _ choices: [String], default fallback: String) throws(UsageError) -> String {
        guard let value = value(name) else { return fallback }
        guard choices.contains(value) else {
            throw UsageError(
                "the value '\(value)' is invalid for '--\(name)' (choose from \(choices.joined(separator: ", ")))")
        }
        return value
    }
}

/// A mistake in the command line: printed with the usage, exit status 2.
struct UsageError: Error {
    var message: String
    init(_ message: String) { self.message = message }
}
