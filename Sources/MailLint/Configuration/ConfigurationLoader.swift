import Foundation

/// Finds and reads `.mail-lint.json`, checking every key and value against the rules it
/// names: an unknown key or a bad value is an error with its key path, file and line, never
/// ignored.
///
/// ```json
/// {
///   "version": 1,
///   "kind": "auto",
///   "smtputf8": false,
///   "rules": {
///     "subject-missing": "off",
///     "line-too-long": { "severity": "warning", "options": { "max-length": 998 } }
///   },
///   "allow": { "senders": [], "sender-domains": [], "link-domains": [] }
/// }
/// ```
public enum ConfigurationLoader {
    /// The configuration file's name.
    public static let fileName = ".mail-lint.json"

    /// The nearest `.mail-lint.json` in `directory` or one of its parents, or nil.
    public static func find(from directory: String) -> String? {
        var url = URL(fileURLWithPath: directory).standardizedFileURL
        while true {
            let candidate = url.appendingPathComponent(fileName).path
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
            let parent = url.deletingLastPathComponent()
            if parent.path == url.path { return nil }
            url = parent
        }
    }

    /// Reads the configuration at `path`, checked against `rules`.
    public static func load(path: String, rules: [any Rule.Type]) throws(ConfigurationError) -> Configuration {
        let bytes: [UInt8]
        do {
            bytes = try FileInput.readAll(path)
        } catch {
            throw ConfigurationError(file: path, message: "cannot read the configuration: \(error.reason)")
        }
        return try parse(bytes, file: path, rules: rules)
    }

    /// Reads configuration JSON from `bytes`; `file` names it in errors.
    public static func parse(_ bytes: [UInt8], file: String, rules: [any Rule.Type]) throws(ConfigurationError)
        -> Configuration
    {
        let root: JSONDocument.Node
        do {
            root = try JSONDocument.parse(bytes)
        } catch {
            throw ConfigurationError(
                file: file, line: error.line, column: error.column, message: "invalid JSON: \(error.message)")
        }
        var reader = Reader(
            file: file, descriptions: Dictionary(rules.map { ($0.description.id, $0.description) }) { a, _ in a })
        return try reader.read(root)
    }

    private struct Reader {
        let file: String
        let descriptions: [String: RuleDescription]

        func fail(_ node: JSONDocument.Node, _ path: String, _ message: String) -> ConfigurationError {
            ConfigurationError(file: file, line: node.line, column: node.column, keyPath: path, message: message)
        }

        func members(_ node: JSONDocument.Node, _ path: String) throws(ConfigurationError) -> [(
            key: String, keyLine: Int, keyColumn: Int, value: JSONDocument.Node
        )] {
            guard case .object(let members) = node.value else {
                throw fail(node, path.isEmpty ? "(top level)" : path, "expected an object")
            }
            return members
        }

        func unknownKey(
            _ member: (key: String, keyLine: Int, keyColumn: Int, value: JSONDocument.Node), _ path: String,
            allowed: [String]
        )
            -> ConfigurationError
        {
            ConfigurationError(
                file: file, line: member.keyLine, column: member.keyColumn, keyPath: path + member.key,
                message: "unknown key \"\(member.key)\" (known: \(allowed.joined(separator: ", ")))")
        }

        func strings(_ node: JSONDocument.Node, _ path: String) throws(ConfigurationError) -> [String] {
            guard case .array(let items) = node.value else { throw fail(node, path, "expected a list of strings") }
            var out: [String] = []
            for item in items {
                guard case .string(let text) = item.value else { throw fail(item, path, "expected a string") }
                out.append(text)
            }
            return out
        }

        mutating func read(_ root: JSONDocument.Node) throws(ConfigurationError) -> Configuration {
            var configuration = Configuration(source: file)
            let topKeys = ["version", "kind", "smtputf8", "rules", "allow", "milter"]
            for member in try members(root, "") {
                switch member.key {
                case "version":
                    guard case .number(let version) = member.value.value, version == 1 else {
                        throw fail(member.value, "version", "unsupported version (this MailLint reads version 1)")
                    }
                case "kind":
                    guard case .string(let kind) = member.value.value,
                        kind == "auto" || MessageKind(rawValue: kind) != nil
                    else {
                        throw fail(
                            member.value, "kind", "expected \"auto\", \"bulk\", \"transactional\" or \"personal\"")
                    }
                    configuration.messageKind = MessageKind(rawValue: kind)
                case "smtputf8":
                    guard case .bool(let value) = member.value.value else {
                        throw fail(member.value, "smtputf8", "expected true or false")
                    }
                    configuration.smtputf8 = value
                case "rules":
                    for rule in try members(member.value, "rules") {
                        configuration.rules[rule.key] = try ruleSettings(rule)
                    }
                case "allow":
                    let allowKeys = ["senders", "sender-domains", "link-domains"]
                    for list in try members(member.value, "allow") {
                        let values = Set(try strings(list.value, "allow." + list.key).map { $0.lowercased() })
                        switch list.key {
                        case "senders": configuration.allowedSenders = values
                        case "sender-domains": configuration.allowedSenderDomains = values
                        case "link-domains": configuration.allowedLinkDomains = values
                        default: throw unknownKey(list, "allow.", allowed: allowKeys)
                        }
                    }
                case "milter":
                    configuration.gate = try gateSettings(member.value)
                default:
                    throw unknownKey(member, "", allowed: topKeys)
                }
            }
            return configuration
        }

        /// The `milter` object: an action per severity, the fallback and the limits.
        func gateSettings(_ node: JSONDocument.Node) throws(ConfigurationError) -> GateSettings {
            var settings = GateSettings()
            let limits = ["max-message-bytes", "deadline-ms", "max-connections"]
            let keys = Severity.allCases.map(\.rawValue) + ["fallback"] + limits + ["authenticated-only"]
            func action(_ node: JSONDocument.Node, _ path: String, allowed: [GateSettings.Action])
                throws(ConfigurationError) -> GateSettings.Action
            {
                let names = allowed.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
                guard case .string(let text) = node.value, let action = GateSettings.Action(rawValue: text),
                    allowed.contains(action)
                else { throw fail(node, path, "expected one of \(names)") }
                return action
            }
            for member in try members(node, "milter") {
                let path = "milter." + member.key
                if let severity = Severity(rawValue: member.key) {
                    settings.actions[severity] = try action(
                        member.value, path, allowed: GateSettings.Action.allCases)
                } else if member.key == "authenticated-only" {
                    guard case .bool(let value) = member.value.value else {
                        throw fail(member.value, path, "expected true or false")
                    }
                    settings.authenticatedOnly = value
                } else if member.key == "fallback" {
                    settings.fallback = try action(member.value, path, allowed: GateSettings.fallbackActions)
                } else if limits.contains(member.key) {
                    guard case .number(let number) = member.value.value, number >= 1, number <= 1e12,
                        number == number.rounded()
                    else { throw fail(member.value, path, "expected a whole number of at least 1") }
                    switch member.key {
                    case "max-message-bytes": settings.maxMessageBytes = Int(number)
                    case "deadline-ms": settings.deadlineMilliseconds = Int(number)
                    default: settings.maxConnections = Int(number)
                    }
                } else {
                    throw unknownKey(member, "milter.", allowed: keys)
                }
            }
            return settings
        }

        func ruleSettings(_ rule: (key: String, keyLine: Int, keyColumn: Int, value: JSONDocument.Node))
            throws(ConfigurationError)
            -> RuleSettings
        {
            let path = "rules." + rule.key
            guard let description = descriptions[rule.key] else {
                throw ConfigurationError(
                    file: file, line: rule.keyLine, column: rule.keyColumn, keyPath: path,
                    message: "unknown rule \"\(rule.key)\" (see 'mail-lint rules')")
            }
            func severity(_ node: JSONDocument.Node, _ path: String) throws(ConfigurationError) -> RuleSettings {
                guard case .string(let text) = node.value else {
                    throw fail(node, path, "expected \"off\", \"info\", \"warning\" or \"error\"")
                }
                if text == "off" { return RuleSettings(isOff: true) }
                guard let level = Severity(rawValue: text) else {
                    throw fail(node, path, "expected \"off\", \"info\", \"warning\" or \"error\", found \"\(text)\"")
                }
                return RuleSettings(severity: level)
            }
            if case .string = rule.value.value { return try severity(rule.value, path) }
            var settings = RuleSettings()
            for member in try members(rule.value, path) {
                switch member.key {
                case "severity":
                    let parsed = try severity(member.value, path + ".severity")
                    settings.isOff = parsed.isOff
                    settings.severity = parsed.severity
                case "options":
                    for option in try members(member.value, path + ".options") {
                        guard let declared = description.options.first(where: { $0.name == option.key }) else {
                            throw unknownKey(option, path + ".options.", allowed: description.options.map(\.name))
                        }
                        let value = option.value.plain
                        guard value.fits(declared.type) else {
                            throw fail(
                                option.value, path + ".options." + option.key,
                                "expected a \(declared.type.rawValue), found \(value)")
                        }
                        settings.options[option.key] = value
                    }
                default:
                    throw unknownKey(member, path + ".", allowed: ["severity", "options"])
                }
            }
            return settings
        }
    }
}
