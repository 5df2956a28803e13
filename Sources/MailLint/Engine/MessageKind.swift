/// What kind of mail a message is, which decides the rules that apply (Gmail and Yahoo
/// exempt transactional mail from one-click unsubscribe, for example).
public enum MessageKind: String, Sendable, CaseIterable, Codable {
    /// Marketing, newsletters, mailing lists: sent to many, wanted or not.
    case bulk
    /// Sent to one person because of something they did: receipts, password resets, alerts.
    case transactional
    /// Written by a person to people.
    case personal
}

/// A message's kind and the signals that decided it, so that every diagnostic depending on
/// it can say why.
public struct MessageClassification: Sendable, Equatable {
    /// The kind.
    public var kind: MessageKind
    /// The header fields and facts that decided it ("List-Unsubscribe present",
    /// "configured as bulk").
    public var signals: [String]

    /// Creates a classification.
    public init(kind: MessageKind, signals: [String]) {
        self.kind = kind
        self.signals = signals
    }

    /// "bulk (List-Unsubscribe present, Precedence: bulk)".
    public var explanation: String { "\(kind.rawValue) (\(signals.joined(separator: ", ")))" }
}

/// Decides a message's kind from its header and body, explaining each signal. In order:
///
/// 1. Bulk, from the header: List-Unsubscribe, List-Id, List-Unsubscribe-Post,
///    `Precedence: bulk|list`, Feedback-ID, the campaign headers of common sending services.
/// 2. Transactional, for notifications no person sent: `Precedence: junk` (autoresponders
///    and bounces) or a `multipart/report` (delivery and read notifications, RFC 6522).
/// 3. Bulk, from the body (unless the message is a reply): an unsubscribe link, a marketing
///    marker ("view this email in your browser"). A newsletter from a do-not-reply address
///    is still bulk.
/// 4. Transactional: an automated sender (`Auto-Submitted` other than `no`, a do-not-reply
///    address).
/// 5. Personal: a reply (In-Reply-To, References), or nothing of the above.
public enum MessageClassifier {
    /// Header fields that sending services put on campaigns, lowercase.
    static let campaignFields = [
        "x-campaign", "x-campaign-id", "x-campaignid", "x-mailchimp-campaign", "x-mc-user", "x-sg-eid",
        "x-sfmc-stack", "x-mailgun-tag", "x-ses-outgoing", "x-mailer-sent-by", "x-newsletter", "x-listmember",
        "x-rpcampaign", "x-cmail-sender", "x-job", "x-csa-complaints", "x-ems-stamp", "x-mailjet-campaign",
        "x-mailin-campaign", "x-hs-cid", "x-mktarchive", "x-kmail-account", "x-mailchimp-campaign-id",
    ]

    /// Classifies `message`; `fromIsDoNotReply` says whether the From address is a
    /// do-not-reply address (decided by the reply-path analysis); `bodySignals` are the bulk
    /// signals of the body ("an unsubscribe link in the body (“Unsubscribe”)"), which count
    /// only when the message is not a reply.
    public static func classify(_ header: HeaderBlock, fromIsDoNotReply: Bool, bodySignals: [String] = [])
        -> MessageClassification
    {
        var bulk: [String] = []
        for name in ["List-Unsubscribe", "List-Id", "Feedback-ID", "List-Unsubscribe-Post"] where header.contains(name)
        {
            bulk.append("\(name) present")
        }
        let precedence = header.first("Precedence")?.unfoldedText.lowercased()
        if let precedence, precedence == "bulk" || precedence == "list" { bulk.append("Precedence: \(precedence)") }
        for field in header.fields where campaignFields.contains(field.lowercasedName) {
            bulk.append("\(field.name) present")
        }
        if !bulk.isEmpty { return MessageClassification(kind: .bulk, signals: bulk) }

        var notification: [String] = []
        if precedence == "junk" { notification.append("Precedence: junk") }
        if let type = header.first("Content-Type"), type.unfoldedText.lowercased().hasPrefix("multipart/report") {
            notification.append("a delivery or disposition report (multipart/report)")
        }
        if !notification.isEmpty { return MessageClassification(kind: .transactional, signals: notification) }

        let isReply = header.contains("In-Reply-To") || header.contains("References")
        if !bodySignals.isEmpty, !isReply { return MessageClassification(kind: .bulk, signals: bodySignals) }

        var automated: [String] = []
        if let auto = header.first("Auto-Submitted"), auto.unfoldedText.lowercased() != "no" {
            automated.append("Auto-Submitted: \(auto.unfoldedText)")
        }
        if fromIsDoNotReply { automated.append("From is a do-not-reply address") }
        if !automated.isEmpty { return MessageClassification(kind: .transactional, signals: automated) }

        if isReply {
            return MessageClassification(kind: .personal, signals: ["a reply (In-Reply-To or References)"])
        }
        return MessageClassification(kind: .personal, signals: ["no bulk or automated-sender signal"])
    }
}
