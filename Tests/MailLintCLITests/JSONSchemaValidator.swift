import Foundation

@testable import MailLint

/// A JSON Schema (draft-04) validator for the keywords the SARIF 2.1.0 schema uses: type,
/// $ref (to #/definitions), properties, required, additionalProperties, items, enum,
/// minimum, maximum, minItems, uniqueItems, pattern, anyOf, oneOf. `format` is an
/// annotation and is not checked. Test code only.
struct JSONSchemaValidator {
    let root: [String: ConfigurationValue]

    init(schema: [UInt8]) throws {
        guard case .object(let members) = try JSONDocument.parse(schema).plain else {
            throw CocoaError(.fileReadCorruptFile)
        }
        root = members
    }

    /// Parses JSON text into the value the validator checks.
    static func parse(_ text: String) throws -> ConfigurationValue { try JSONDocument.parse(Array(text.utf8)).plain }

    /// The violations of `instance`, each with its JSON path.
    func validate(_ instance: ConfigurationValue) -> [String] {
        var errors: [String] = []
        check(instance, against: root, path: "$", errors: &errors)
        return errors
    }

    private func resolve(_ schema: [String: ConfigurationValue]) -> [String: ConfigurationValue] {
        guard case .string(let reference) = schema["$ref"], reference.hasPrefix("#/definitions/"),
            case .object(let definitions) = root["definitions"],
            case .object(let target) = definitions[String(reference.dropFirst("#/definitions/".count))]
        else { return schema }
        return resolve(target)
    }

    private func typeName(_ value: ConfigurationValue) -> String {
        switch value {
        case .null: return "null"
        case .bool: return "boolean"
        case .number(let number): return number == number.rounded() ? "integer" : "number"
        case .string: return "string"
        case .array: return "array"
        case .object: return "object"
        }
    }

    private func matches(_ value: ConfigurationValue, type: String) -> Bool {
        let actual = typeName(value)
        return actual == type || (type == "number" && actual == "integer")
    }

    private func passes(_ value: ConfigurationValue, _ schema: ConfigurationValue, _ path: String) -> Bool {
        guard case .object(let members) = schema else { return true }
        var errors: [String] = []
        check(value, against: members, path: path, errors: &errors)
        return errors.isEmpty
    }

    private func check(
        _ value: ConfigurationValue, against schemaIn: [String: ConfigurationValue], path: String,
        errors: inout [String]
    ) {
        let schema = resolve(schemaIn)
        if case .string(let type) = schema["type"], !matches(value, type: type) {
            errors.append("\(path): expected \(type), found \(typeName(value))")
            return
        }
        if case .array(let options) = schema["enum"], !options.contains(value) {
            errors.append("\(path): \(value) is not one of \(options)")
        }
        if case .number(let number) = value {
            if case .number(let minimum) = schema["minimum"], number < minimum {
                errors.append("\(path): \(number) is below the minimum \(minimum)")
            }
            if case .number(let maximum) = schema["maximum"], number > maximum {
                errors.append("\(path): \(number) is above the maximum \(maximum)")
            }
        }
        if case .string(let text) = value, case .string(let pattern) = schema["pattern"],
            let expression = try? NSRegularExpression(pattern: pattern),
            expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) == nil
        {
            errors.append("\(path): \"\(text)\" does not match \(pattern)")
        }
        if case .array(let items) = value {
            if case .number(let minItems) = schema["minItems"], Double(items.count) < minItems {
                errors.append("\(path): fewer than \(Int(minItems)) items")
            }
            if schema["uniqueItems"] == .bool(true), Set(items.map(\.description)).count != items.count {
                errors.append("\(path): items are not unique")
            }
            if case .object(let itemSchema) = schema["items"] {
                for (index, item) in items.enumerated() {
                    check(item, against: itemSchema, path: "\(path)[\(index)]", errors: &errors)
                }
            }
        }
        if case .object(let object) = value {
            var properties: [String: ConfigurationValue] = [:]
            if case .object(let declared) = schema["properties"] { properties = declared }
            if case .array(let required) = schema["required"] {
                for case .string(let name) in required where object[name] == nil {
                    errors.append("\(path): missing required property \"\(name)\"")
                }
            }
            for (key, member) in object.sorted(by: { $0.key < $1.key }) {
                if case .object(let propertySchema) = properties[key] {
                    check(member, against: propertySchema, path: "\(path).\(key)", errors: &errors)
                } else if schema["additionalProperties"] == .bool(false) {
                    errors.append("\(path): property \"\(key)\" is not allowed")
                } else if case .object(let additional) = schema["additionalProperties"] {
                    check(member, against: additional, path: "\(path).\(key)", errors: &errors)
                }
            }
        }
        if case .array(let options) = schema["anyOf"], !options.contains(where: { passes(value, $0, path) }) {
            errors.append("\(path): matches none of anyOf")
        }
        if case .array(let options) = schema["oneOf"] {
            let count = options.filter { passes(value, $0, path) }.count
            if count != 1 { errors.append("\(path): matches \(count) of oneOf, not exactly one") }
        }
    }
}
