// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "MailLint",
    products: [
        .library(name: "MailLint", targets: ["MailLint"]),
        .library(name: "MailParser", targets: ["MailParser"]),
        .library(name: "MailHTML", targets: ["MailHTML"]),
        .library(name: "MailLintCLI", targets: ["MailLintCLI"]),
        .executable(name: "mail-lint", targets: ["mail-lint"]),
    ],
    targets: [
        // libxml2, through the system's headers (Debian: libxml2-dev). The shim keeps ICU's
        // headers out, which would otherwise clash with the ICU bundled in Foundation.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // RFC 5322 / MIME over bytes. Knows nothing of HTML or rules.
        .target(name: "MailParser"),
        // libxml2's HTML parse and the CSS subset email uses. Knows nothing of MIME or rules.
        .target(name: "MailHTML", dependencies: ["CLibXML2"]),
        // The lint engine and the built-in rules; what pipelines import.
        // The Public Suffix List (MPL 2.0, with its licence) is a resource, read at run time.
        .target(
            name: "MailLint", dependencies: ["MailParser", "MailHTML"],
            resources: [.copy("Resources/public_suffix_list.dat"), .copy("Resources/public_suffix_list.LICENSE")]
        ),
        // Arguments, inputs, reporters and exit codes of the `mail-lint` command.
        .target(name: "MailLintCLI", dependencies: ["MailLint", "MailParser", "MailHTML"]),
        .executableTarget(name: "mail-lint", dependencies: ["MailLintCLI"]),
        // Helpers shared by the test targets (never linked into the product).
        .target(name: "MailLintTestSupport"),
        // Fuzz entry points (libFuzzer, through `.ci/fuzz`); the tests replay kept crashers.
        .target(name: "MailLintFuzz", dependencies: ["MailLint", "MailHTML", "MailParser"]),
        // Release-mode benchmark: MB/s and messages/s over a corpus folder.
        .executableTarget(name: "mail-lint-bench", dependencies: ["MailLint", "MailHTML", "MailParser", "CLibXML2"]),

        .testTarget(
            name: "MailParserTests", dependencies: ["MailParser", "MailLintTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "MailHTMLTests", dependencies: ["MailHTML", "MailParser", "CLibXML2"]),
        .testTarget(name: "MailLintTests", dependencies: ["MailLint", "MailLintTestSupport"]),
        .testTarget(name: "MailLintFuzzTests", dependencies: ["MailLintFuzz"], exclude: ["Crashers"]),
        .testTarget(
            name: "MailLintCLITests",
            dependencies: ["MailLintCLI", "MailLint", "MailParser", "mail-lint"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
