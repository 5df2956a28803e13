/// What a pre-send gate in a mail server (`mail-lint milter`) does with each message, read
/// from the `milter` object of `.mail-lint.json`. The defaults only report: installing the
/// gate never stops mail by surprise.
public struct GateSettings: Sendable, Equatable {
    /// What happens to a message.
    public enum Action: String, Sendable, CaseIterable {
        /// Refused with `550 5.7.1`, the rule ids and the findings' messages in the reply.
        case reject
        /// Refused for now with `451 4.7.1`: the sender retries.
        case tempfail
        /// Accepted into the mail server's hold queue (Postfix `postqueue -j`, `postsuper -H`).
        case quarantine
        /// Accepted with a `MailLint-Result` header field naming the rules.
        case header = "accept-with-header"
        /// Accepted unchanged; the verdict is only logged.
        case report = "report-only"
    }

    /// The action for a message by its most severe finding; a severity not named here, and
    /// a message without findings, is `report`.
    public var actions: [Severity: Action]
    /// The action for a message that could not be linted: larger than `maxMessageBytes`, a
    /// lint slower than `deadlineMilliseconds`, or an internal error. `reject` and
    /// `quarantine` are not allowed here: nothing is refused for MailLint's own failure.
    public var fallback: Action
    /// The largest message the gate reads, header and body together.
    public var maxMessageBytes: Int
    /// How long one lint may take before the fallback answers for it.
    public var deadlineMilliseconds: Int
    /// The most connections served at once; further ones wait to be accepted.
    public var maxConnections: Int
    /// Whether only mail from authenticated clients is linted (Postfix's `{auth_authen}`
    /// macro set): the rest is accepted unlinted, for a server that also receives mail.
    public var authenticatedOnly: Bool

    /// The defaults: report only; fallback accept with header; 32 MiB; 10 s; 32 connections;
    /// every message linted.
    public init(
        actions: [Severity: Action] = [:], fallback: Action = .header, maxMessageBytes: Int = 32 << 20,
        deadlineMilliseconds: Int = 10_000, maxConnections: Int = 32, authenticatedOnly: Bool = false
    ) {
        self.actions = actions
        self.fallback = fallback
        self.maxMessageBytes = maxMessageBytes
        self.deadlineMilliseconds = deadlineMilliseconds
        self.maxConnections = maxConnections
        self.authenticatedOnly = authenticatedOnly
    }

    /// The action for a message whose most severe finding is `severity` (nil: no finding).
    public func action(for severity: Severity?) -> Action {
        severity.flatMap { actions[$0] } ?? .report
    }

    /// The actions a fallback may take.
    public static let fallbackActions: [Action] = [.header, .report, .tempfail]
}
