import Foundation

/// A JSON value as written in `.mail-lint.json` (and in rule examples' options).
public indirect enum ConfigurationValue: Sendable, Equatable, CustomStringConvertible {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([ConfigurationValue])
    case object([String: ConfigurationValue])

    /// The value as JSON text.
    public var description: String {
        switch self {
        case .null: return "null"
        case .bool(let value): return value ? "true" : "false"
        case .number(let value):
            return value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
        case .string(let value): return "\"" + value.replacingOccurrences(of: "\"", with: "\\\"") + "\""
        case .array(let items): return "[" + items.map(\.description).joined(separator: ", ") + "]"
        case .object(let members):
            return "{" + members.sorted { $0.key < $1.key }.map { "\"\($0.key)\": \($0.value)" }.joined(separator: ", ")
                + "}"
        }
    }

    /// Whether the value fits an option's type.
    public func fits(_ type: RuleOption.ValueType) -> Bool {
        switch (self, type) {
        case (.number(let value), .integer): return value == value.rounded()
        case (.number, .number), (.bool, .boolean), (.string, .string): return true
        case (.array(let items), .stringList):
            return items.allSatisfy { if case .string = $0 { return true } else { return false } }
        default: return false
        }
    }
}
