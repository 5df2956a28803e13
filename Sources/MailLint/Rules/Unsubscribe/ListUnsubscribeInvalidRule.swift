/// `list-unsubscribe-invalid`: the List-Unsubscribe field is not RFC 2369 syntax.
public struct ListUnsubscribeInvalidRule: DefectRule {
    /// The defect kinds this rule reports.
    public static let defectKinds: Set<DefectKind> = [
        .listURINotInAngleBrackets, .listURIWhitespace, .listURIsNotCommaSeparated, .listURIInvalid,
    ]

    /// What the rule is: id, docs, references, options and examples.
    public static let description = RuleDescription(
        id: "list-unsubscribe-invalid",
        summary: "the List-Unsubscribe field is not a comma-separated list of <URI>s a mail client can use",
        rationale: """
            RFC 2369 makes List-Unsubscribe a comma-separated list of URIs, each in angle \
            brackets, without white space inside the brackets. Mail clients that cannot read \
            the field show no Unsubscribe button, and Gmail and Yahoo count the message as \
            having no working unsubscribe. Each URI must be one a client can act on: an https \
            (or http) URL with a host, or a mailto URL with an address, with no characters a \
            URI cannot hold — an unrendered template placeholder such as `{{unsubscribe}}` is \
            the common case.
            """,
        defaultSeverity: .error, category: .unsubscribe,
        references: [.rfc(2369, "2", "the List-* fields' syntax"), UnsubscribeReferences.rfc2369],
        examples: RuleExamples(
            triggering: RuleExample("From: n@x.example\nList-Unsubscribe: ↓https://x.example/u/1\n\nb\n"),
            RuleExample("From: n@x.example\nList-Unsubscribe: ↓<https://x.example/u/\n 8f3a>\n\nb\n"),
            RuleExample("From: n@x.example\nList-Unsubscribe: <mailto:u@x.example> ↓<https://x.example/u/1>\n\nb\n"),
            RuleExample("From: n@x.example\nList-Unsubscribe: ↓<ftp://x.example/u/1>\n\nb\n"),
            RuleExample("From: n@x.example\nList-Unsubscribe: ↓<https://x.example/u/{{token}}>\n\nb\n"),
            RuleExample("From: n@x.example\nList-Unsubscribe: ↓<https://x.example/u/1\n\nb\n"),
            RuleExample("From: n@x.example\nList-Unsubscribe: ↓<mailto:?subject=unsubscribe>\n\nb\n"),
            RuleExample("From: n@x.example\nList-Unsubscribe: ↓<>\n\nb\n"),
            RuleExample("From: n@x.example\nList-Unsubscribe: ↓<https:///u/1>\n\nb\n"),
            passing: RuleExample(NewsletterExample.headers(NewsletterExample.oneClick)),
            RuleExample("From: n@x.example\nList-Unsubscribe: <https://x.example/u/1> (Unsubscribe)\n\nb\n"),
            RuleExample("From: n@x.example\nList-Unsubscribe: <https://x.example/u/1>,\n <mailto:u@x.example>\n\nb\n"),
            RuleExample("From: n@x.example\nList-Unsubscribe: <mailto:u%40x.example?subject=unsub%20me>\n\nb\n"),
            RuleExample("From: n@x.example\nList-Unsubscribe: <HTTP://x.example/u/1>,<MAILTO:U@X.EXAMPLE>\n\nb\n")))

    /// Creates the rule.
    public init() {}

    /// The diagnostic message for `defect`.
    public func message(for defect: ParseDefect) -> String {
        switch defect.kind {
        case .listURINotInAngleBrackets: return "a List-Unsubscribe URI is not enclosed in angle brackets"
        case .listURIWhitespace: return "a List-Unsubscribe URI has white space inside its angle brackets"
        case .listURIsNotCommaSeparated: return "List-Unsubscribe URIs are not separated by a comma"
        default: return "a List-Unsubscribe entry is not a URI a mail client can use"
        }
    }
}
