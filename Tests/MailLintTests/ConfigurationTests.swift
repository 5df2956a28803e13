import Testing

@testable import MailLint

/// Reading `.mail-lint.json`: what it accepts, and errors with key path, file and line.
struct ConfigurationTests {
    static func parse(_ json: String) throws(ConfigurationError) -> Configuration {
        try ConfigurationLoader.parse(Array(json.utf8), file: ".mail-lint.json", rules: BuiltInRules.all)
    }

    @Test func readsEveryKey() throws {
        let configuration = try Self.parse(
            """
            {
              "version": 1,
              "kind": "bulk",
              "smtputf8": true,
              "rules": {
                "subject-missing": "off",
                "date-missing": "error",
                "bare-line-ending": { "severity": "info", "options": { "require-crlf": true } }
              },
              "allow": { "senders": ["No-Reply@Example.org"], "sender-domains": ["example.org"], "link-domains": [] }
            }
            """)
        #expect(configuration.messageKind == .bulk)
        #expect(configuration.smtputf8)
        #expect(configuration.severity(for: SubjectMissingRule.description) == nil)
        #expect(configuration.severity(for: DateMissingRule.description) == .error)
        #expect(configuration.severity(for: BareLineEndingRule.description) == .info)
        #expect(configuration.options(for: BareLineEndingRule.description).boolean("require-crlf"))
        #expect(configuration.severity(for: FromMissingRule.description) == .error)  // default
        #expect(configuration.allowedSenders == ["no-reply@example.org"])
    }

    @Test func unknownKeysAreErrorsWithPathAndLine() {
        #expect(
            throws: ConfigurationError(
                file: ".mail-lint.json", line: 3, column: 3, keyPath: "colour",
                message: "unknown key \"colour\" (known: version, kind, smtputf8, rules, allow, milter)")
        ) {
            try Self.parse("{\n  \"version\": 1,\n  \"colour\": true\n}")
        }
        let unknownRule = #expect(throws: ConfigurationError.self) {
            try Self.parse("{\"rules\": {\"no-such-rule\": \"off\"}}")
        }
        #expect(unknownRule?.keyPath == "rules.no-such-rule")
        #expect(unknownRule?.description.hasPrefix(".mail-lint.json:1:12: rules.no-such-rule: unknown rule") == true)
        let unknownOption = #expect(throws: ConfigurationError.self) {
            try Self.parse("{\"rules\": {\"bare-line-ending\": {\"options\": {\"strict\": 1}}}}")
        }
        #expect(unknownOption?.keyPath == "rules.bare-line-ending.options.strict")
    }

    @Test func badValuesAreErrors() {
        let severity = #expect(throws: ConfigurationError.self) {
            try Self.parse("{\"rules\": {\"date-missing\": \"fatal\"}}")
        }
        #expect(severity?.message.contains("found \"fatal\"") == true)
        let type = #expect(throws: ConfigurationError.self) {
            try Self.parse("{\"rules\": {\"bare-line-ending\": {\"options\": {\"require-crlf\": \"yes\"}}}}")
        }
        #expect(type?.message == "expected a boolean, found \"yes\"")
        let kind = #expect(throws: ConfigurationError.self) { try Self.parse("{\"kind\": \"spam\"}") }
        #expect(kind?.keyPath == "kind")
        let version = #expect(throws: ConfigurationError.self) { try Self.parse("{\"version\": 2}") }
        #expect(version?.keyPath == "version")
    }

    @Test func invalidJSONNamesTheLine() {
        let error = #expect(throws: ConfigurationError.self) {
            try Self.parse("{\n  \"rules\": {\n    \"date-missing\": \"off\",\n  }\n}")
        }
        #expect(error?.line == 4)
        #expect(error?.message.hasPrefix("invalid JSON") == true)
    }

    @Test func configuredSeverityAndOffReachTheDiagnostics() throws {
        let message = Array("To: b@example.net\n\nbody\n".utf8)
        let configuration = try Self.parse("{\"rules\": {\"from-missing\": \"warning\", \"subject-missing\": \"off\"}}")
        let diagnostics = Linter(configuration: configuration).lint(message, file: "a.eml")
        #expect(diagnostics.first { $0.ruleID == "from-missing" }?.severity == .warning)
        #expect(!diagnostics.contains { $0.ruleID == "subject-missing" })
    }
}

/// Allow-lists reach the replyability rules.
struct AllowListTests {
    static let message = Array(
        "From: Alerts <noreply@bank.example>\nReply-To: no-reply@bank.example\n\nYour statement is ready.\n".utf8)

    static func ids(_ configuration: Configuration) -> Set<String> {
        Set(Linter(configuration: configuration).lint(message, file: "a.eml").map(\.ruleID))
    }

    @Test func allowedSendersAndDomainsAreAcceptedAsTheyAre() throws {
        #expect(Self.ids(Configuration()).isSuperset(of: ["noreply-from", "noreply-reply-to", "unanswerable-message"]))
        let byAddress = try ConfigurationTests.parse(
            "{\"allow\": {\"senders\": [\"NoReply@Bank.example\", \"no-reply@bank.example\"]}}")
        #expect(Self.ids(byAddress).isDisjoint(with: ["noreply-from", "noreply-reply-to", "unanswerable-message"]))
        let byDomain = try ConfigurationTests.parse("{\"allow\": {\"sender-domains\": [\"bank.example\"]}}")
        #expect(Self.ids(byDomain).isDisjoint(with: ["noreply-from", "noreply-reply-to", "unanswerable-message"]))
    }
}

extension ConfigurationTests {
    @Test func hugeIntegerOptionsAreClampedNotTrapped() {
        let options = RuleOptions(
            declared: [RuleOption("limit-kb", .integer, default: .number(102), "x")],
            configured: ["limit-kb": .number(1e300)])
        #expect(options.integer("limit-kb") == RuleOptions.integerBound)
        let message = Array("From: a@x.example\nContent-Type: text/html\n\n<p>x</p>\n".utf8)
        var settings = RuleSettings(severity: .info, options: ["limit-kb": .number(-1e300)])
        settings.isOff = false
        let linter = Linter(
            rules: [MessageClippedByGmailRule.self],
            configuration: Configuration(rules: ["message-clipped-by-gmail": settings]))
        #expect(linter.lint(message, file: "t.eml").count == 1)  // a negative limit: everything is over it
    }
}
