import MailLint

/// `--format sarif`: SARIF 2.1.0 for code-scanning tools (GitHub code scanning and others).
///
/// One run; rule metadata with help URIs in `tool.driver.rules`; each result has `ruleIndex`,
/// a region with 1-based lines and columns counted in Unicode scalars (`columnKind`
/// `unicodeCodePoints`), the artifact's index, and `partialFingerprints` that do not depend
/// on line numbers, so a finding is tracked across runs.
struct SARIFReporter: Reporter {
    let rules: [any Rule.Type]
    var artifacts: [String] = []
    var results: [JSONValue] = []

    init(rules: [any Rule.Type]) { self.rules = rules }

    mutating func report(_ linted: LintedMessage, output: CommandOutput) {
        // Starts and ends counted apart: each runs forward through the message in order.
        var starts = ScalarColumns()
        var ends = ScalarColumns()
        for diagnostic in linted.diagnostics {
            let location = diagnostic.location
            let artifactIndex: Int
            if let index = artifacts.firstIndex(of: location.file) {
                artifactIndex = index
            } else {
                artifacts.append(location.file)
                artifactIndex = artifacts.count - 1
            }
            let startColumn = starts.column(location.start.column, line: location.start.line, of: linted.message)
            let endColumn = ends.column(location.end.column, line: location.end.line, of: linted.message)
            var text = diagnostic.message
            for evidence in diagnostic.evidence { text += "; \(evidence.label): \(evidence.value)" }
            let ruleIndex = rules.firstIndex { $0.description.id == diagnostic.ruleID }
            var logical: [JSONValue] = []
            if let part = location.part {
                logical.append(.object([("name", .string("part \(part)")), ("kind", .string("module"))]))
            }
            if let header = location.header {
                logical.append(.object([("name", .string(header)), ("kind", .string("member"))]))
            }
            var result: [(String, JSONValue)] = [
                ("ruleId", .string(diagnostic.ruleID)),
                ("level", .string(Self.level(diagnostic.severity))),
                ("message", .object([("text", .string(text))])),
                (
                    "locations",
                    .array([
                        .object(
                            [
                                (
                                    "physicalLocation",
                                    .object([
                                        (
                                            "artifactLocation",
                                            .object([
                                                ("uri", .string(Self.uri(location.file))),
                                                ("index", .int(artifactIndex)),
                                            ])
                                        ),
                                        (
                                            "region",
                                            .object([
                                                ("startLine", .int(location.start.line)),
                                                (
                                                    "startColumn",
                                                    .int(startColumn)
                                                ),
                                                ("endLine", .int(location.end.line)),
                                                (
                                                    "endColumn",
                                                    .int(endColumn)
                                                ),
                                            ])
                                        ),
                                    ])
                                )
                            ] + (logical.isEmpty ? [] : [("logicalLocations", .array(logical))]))
                    ])
                ),
                (
                    "partialFingerprints",
                    .object([
                        (
                            "mailLint/v1",
                            .string(
                                SHA256.hexDigest(
                                    Array(
                                        [
                                            diagnostic.ruleID, location.file, String(location.messageIndex ?? -1),
                                            location.part ?? "",
                                            location.header ?? "", diagnostic.message,
                                        ].joined(separator: "\u{1F}").utf8)))
                        )
                    ])
                ),
            ]
            if let ruleIndex { result.insert(("ruleIndex", .int(ruleIndex)), at: 1) }
            if let fix = diagnostic.fix {
                result.append(
                    (
                        "properties",
                        .object([("help", .string(fix)), ("messageIndex", .optional(location.messageIndex))])
                    ))
            } else if let index = location.messageIndex {
                result.append(("properties", .object([("messageIndex", .int(index))])))
            }
            results.append(.object(result))
        }
    }

    mutating func finish(_ summary: LintSummary, output: CommandOutput) {
        let driverRules: [JSONValue] = rules.map { rule in
            let description = rule.description
            return .object([
                ("id", .string(description.id)),
                ("name", .string(description.id)),
                ("shortDescription", .object([("text", .string(description.summary))])),
                ("fullDescription", .object([("text", .string(description.rationale))])),
                ("helpUri", .string(MailLintVersion.documentationBase + "#" + description.id)),
                ("help", .object([("text", .string(description.rationale))])),
                ("defaultConfiguration", .object([("level", .string(Self.level(description.defaultSeverity)))])),
                (
                    "properties",
                    .object([
                        ("category", .string(description.category.rawValue)),
                        ("tags", .array([.string(description.category.rawValue)])),
                    ])
                ),
            ])
        }
        let log = JSONValue.object([
            ("$schema", .string("https://json.schemastore.org/sarif-2.1.0.json")),
            ("version", .string("2.1.0")),
            (
                "runs",
                .array([
                    .object([
                        (
                            "tool",
                            .object([
                                (
                                    "driver",
                                    .object([
                                        ("name", .string("mail-lint")),
                                        ("version", .string(MailLintVersion.current)),
                                        ("informationUri", .string(MailLintVersion.documentationBase)),
                                        ("rules", .array(driverRules)),
                                    ])
                                )
                            ])
                        ),
                        ("columnKind", .string("unicodeCodePoints")),
                        (
                            "artifacts",
                            .array(artifacts.map { .object([("location", .object([("uri", .string(Self.uri($0)))]))]) })
                        ),
                        ("results", .array(results)),
                    ])
                ])
            ),
        ])
        output.write(log.serialized + "\n")
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "note"
        }
    }

    /// A relative URI reference for a path: percent-encodes what a URI may not hold.
    static func uri(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            let allowed = ASCII.isLetter(byte) || ASCII.isDigit(byte) || "-._~/!$&'()*+,;=:@".utf8.contains(byte)
            out += allowed ? String(UnicodeScalar(byte)) : "%" + String(byte, radix: 16, uppercase: true).leftPadded(2)
        }
        return out
    }
}

extension String {
    fileprivate func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
