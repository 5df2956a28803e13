import Testing

@testable import MailLint

/// The built-in rule list is well formed.
struct RegistryInvariantTests {
    static let descriptions = BuiltInRules.all.map { $0.description }

    @Test func idsAreUniqueAndKebabCase() {
        let ids = Self.descriptions.map(\.id)
        #expect(Set(ids).count == ids.count, "duplicate rule ids")
        for id in ids {
            let valid =
                !id.isEmpty && id.first!.isLetter && !id.hasSuffix("-") && !id.contains("--")
                && id.allSatisfy { ($0.isLowercase && $0.isASCII) || $0.isNumber || $0 == "-" }
            #expect(valid, "rule id \"\(id)\" is not kebab-case")
        }
    }

    @Test func everyRuleIsDocumented() {
        for description in Self.descriptions {
            #expect(
                !description.summary.isEmpty && description.summary.first!.isLowercase
                    && !description.summary.hasSuffix("."),
                "\(description.id): the summary starts lowercase and has no final period")
            #expect(description.rationale.count > 40, "\(description.id): a rationale of a sentence or more")
            #expect(!description.references.isEmpty, "\(description.id): at least one reference")
            #expect(
                description.references.allSatisfy { $0.url.hasPrefix("https://") },
                "\(description.id): references link to https")
            #expect(description.category.allowedDefaultSeverities.contains(description.defaultSeverity))
            #expect(!description.examples.triggering.isEmpty && !description.examples.passing.isEmpty)
            #expect(Set(description.options.map(\.name)).count == description.options.count)
            for option in description.options {
                #expect(
                    option.defaultValue.fits(option.type),
                    "\(description.id): option \(option.name)'s default has the wrong type")
            }
        }
    }

    @Test func everyDefectKindSurfacesThroughExactlyOneRule() {
        var owners: [DefectKind: [String]] = [:]
        for rule in BuiltInRules.all {
            guard let defectRule = rule as? any DefectRule.Type else { continue }
            for kind in defectRule.defectKinds { owners[kind, default: []].append(rule.description.id) }
        }
        for kind in DefectKind.allCases {
            #expect(owners[kind]?.count == 1, "defect \(kind.rawValue) is reported by \(owners[kind] ?? [])")
        }
    }

    /// Issue #7 asks at least five examples each way of every unsubscribe rule.
    @Test func unsubscribeRulesHaveFiveExamplesEachWay() {
        for rule in BuiltInRules.all where rule.description.category == .unsubscribe {
            let examples = rule.description.examples
            #expect(
                examples.triggering.count >= 5 && examples.passing.count >= 5,
                "\(rule.description.id): \(examples.triggering.count) triggering, \(examples.passing.count) passing")
        }
    }
}
