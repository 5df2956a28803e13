/// Opt-outs said in two parts with words between them, which no phrase can list: a verb of
/// stopping and the mail it stops ("Stop all marketing emails", "Alle Marketing-E-Mails
/// stoppen", "すべてのマーケティングメールを停止"), the settings of a subscription or of the
/// notifications ("Paramètres d'abonnement", "Ustawienia subskrypcji", "購読設定", "通知設定",
/// "Abo verwalten"), "no longer" and a verb of receiving ("diese E-Mails nicht mehr zu
/// erhalten", "больше не получать"), not wanting the mail across a verb of receiving ("no
/// quieres recibir notificaciones"), a verb of cancelling or stopping and the subscription or
/// the following it ends ("säga upp din prenumeration", "снять подписку", "interrompre le
/// suivi de cette discussion", "取消对该主题的订阅"), the reader's consent withdrawn ("Einwilligung
/// widerrufen"), fewer mail or how often it comes ("Weniger E-Mails erhalten"), the mail blocked
/// or refused ("拒收营销邮件"), or the reader's topics managed or chosen ("Themen auswählen");
/// junk beside the mail makes none of them a way out ("Block spam emails"). Parts of one
/// language that complete each other, in either order, at most two words apart and in one
/// sentence (or a question and its answer); "at any time" between them does not part them
/// ("Puoi annullare in qualsiasi momento la tua iscrizione").
extension OptOutVocabulary {
    /// The kinds of part.
    enum Part: Sendable {
        /// A verb or noun of stopping ("stop", "arrêter", "停止").
        case stop
        /// The mail stopped ("emails", "newsletters", "письма").
        case mail
        /// Settings or preferences, or managing them ("settings", "Einstellungen", "設定",
        /// "verwalten").
        case settings
        /// The subscription or the notifications they are of ("subscription", "abonnement",
        /// "購読", "notifications", "通知").
        case subscription
        /// "No longer" ("nicht mehr", "больше не", "nu mai").
        case noLonger
        /// A verb of receiving ("erhalten", "получать", "primi").
        case receive
        /// Not wanting ("don't want", "no quieres", "не желаете"), which completes only the mail
        /// or notifications not wanted, the verb of receiving between them: "if you don't want
        /// to receive these notifications", not "if you don't want to receive your order late".
        case notWanting
        /// Wanting, where the verb comes last and the negation goes with the mail ("möchten",
        /// "wilt"): an opt-out only with that negation, the verb of receiving between the parts
        /// or right after them ("keine weiteren E-Mails erhalten möchten", "Möchten Sie keine
        /// Benachrichtigungen erhalten?"), not "Wenn Sie Benachrichtigungen erhalten möchten".
        case wanting
        /// The negation that goes with `wanting` ("keine", "nicht", "geen"), completing nothing.
        case negation
        /// A verb or noun of cancelling or ending ("säga upp", "cancelar", "снять", "取消").
        case cancel
        /// The following or watching of a topic or thread, which a forum's notifications are
        /// ("suivi", "מעקב", "seuraamasta", "sledování"): a subscription only when it is
        /// stopped, cancelled or no longer wanted.
        case following
        /// "At any time" ("in qualsiasi momento", "à tout moment", "w każdej chwili"), which
        /// completes nothing: words of it between two parts do not count as their distance.
        case anytime
        /// The reader's consent to the mail ("consent", "Einwilligung", "согласие"): an
        /// opt-out when it is withdrawn or cancelled ("Withdraw consent", "Einwilligung
        /// widerrufen", "Отозвать согласие"), not when it is managed (cookie consent).
        case consent
        /// A verb of withdrawing or revoking ("withdraw", "widerrufen", "отозвать"), which
        /// completes only the consent: "Withdraw funds" and "Widerrufsbelehrung" stay what
        /// they are.
        case withdraw
        /// Fewer ("fewer", "weniger", "меньше"), which with the mail is a choice of how much
        /// of it comes: "Receive fewer emails", "Weniger E-Mails erhalten".
        case fewer
        /// How often ("frequency", "Häufigkeit", "частоту"), which with the mail is the same
        /// choice: "Change email frequency", not "Change delivery frequency".
        case frequency
        /// "No more" ("no more", "inga fler", "ingen flere"), which with the mail right after it
        /// stops it: "No more offers", not "No more missed offers".
        case noMore
        /// A verb of refusing or blocking ("block", "refuser", "拒收"), which with the mail or
        /// the subscription keeps it out: "Block marketing emails", not "Block this card" or
        /// "Decline the invitation" (no verb of declining: invitations are mail).
        case refuse
        /// The reader's interests or topics ("interests", "Themen", "兴趣"), which managed or
        /// chosen say what mail comes: "Update your interests", "Themen auswählen".
        case topics
        /// A verb of choosing ("choose", "auswählen", "选择"), which completes only the topics:
        /// "Choose your plan" is no way out.
        case choose
        /// Junk ("spam", "phishing", "indésirables", "垃圾"), which right beside the mail makes
        /// it other people's: "Block spam emails", "Stop phishing emails" are advice, not a
        /// way out. Completes nothing.
        case junk

        /// Whether the part qualifies only the mail right beside it: "fewer emails", not
        /// "Spend less time on emails".
        var needsItsMailBeside: Bool { self == .fewer || self == .noMore }

        /// The parts that complete this one, and what the two offer.
        var completions: [(part: Part, offer: Offer)] {
            switch self {
            case .stop: [(.mail, .unsubscribe), (.subscription, .unsubscribe), (.following, .unsubscribe)]
            case .mail:
                [
                    (.stop, .unsubscribe), (.notWanting, .unsubscribe), (.wanting, .unsubscribe),
                    (.fewer, .preferences), (.frequency, .preferences), (.noMore, .unsubscribe),
                    (.refuse, .unsubscribe),
                ]
            case .settings: [(.subscription, .preferences), (.topics, .preferences)]
            case .subscription:
                [
                    (.settings, .preferences), (.cancel, .unsubscribe), (.stop, .unsubscribe),
                    (.notWanting, .unsubscribe), (.wanting, .unsubscribe), (.refuse, .unsubscribe),
                ]
            case .noLonger: [(.receive, .unsubscribe), (.following, .unsubscribe)]
            case .receive: [(.noLonger, .unsubscribe)]
            case .cancel: [(.subscription, .unsubscribe), (.following, .unsubscribe), (.consent, .unsubscribe)]
            case .following: [(.cancel, .unsubscribe), (.stop, .unsubscribe), (.noLonger, .unsubscribe)]
            case .notWanting, .wanting: [(.mail, .unsubscribe), (.subscription, .unsubscribe)]
            case .consent: [(.withdraw, .unsubscribe), (.cancel, .unsubscribe)]
            case .withdraw: [(.consent, .unsubscribe)]
            case .fewer, .frequency: [(.mail, .preferences)]
            case .noMore: [(.mail, .unsubscribe)]
            case .refuse: [(.mail, .unsubscribe), (.subscription, .unsubscribe)]
            case .topics: [(.settings, .preferences), (.choose, .preferences)]
            case .choose: [(.topics, .preferences)]
            case .junk: []
            case .negation: []
            case .anytime: []
            }
        }
    }

    /// A part found in a text.
    typealias PartMatch = PhraseMatcher<(language: String, part: Part)>.Match

    /// The parts' automaton, built once.
    static let partMatcher = PhraseMatcher(parts: parts)

    /// Whether `text` (a link's) holds the half of an opt-out a verb says — stopping,
    /// cancelling, withdrawing, refusing — whose other half its sentence may hold: "Don't want
    /// these reminders? *Turn them off*", "Sie können Ihre Einwilligung jederzeit *hier
    /// widerrufen*". Not managing: "Read the update" beside a subscription is no way out.
    static func holdsVerbHalf(_ text: String) -> Bool {
        let verbs: Set<Part> = [.stop, .cancel, .withdraw, .refuse]
        return partMatcher.matches(in: FoldedText(text).scalars).contains { verbs.contains($0.payload.part) }
    }

    /// The first two parts of one language that complete each other, at most two words
    /// apart besides "at any time": their folded range, language and offer.
    static func pair(in folded: FoldedText) -> (range: Range<Int>, language: String, offer: Offer)? {
        let found = partMatcher.matches(in: folded.scalars)
        for (index, first) in found.enumerated() {
            let completions = first.payload.part.completions
            for second in found[(index + 1)...] where second.payload.language == first.payload.language {
                guard let completion = completions.first(where: { $0.part == second.payload.part }) else { continue }
                // Negative when the two overlap ("dejar de recibir" and "recibir").
                let start = min(first.words.upperBound, second.words.upperBound)
                let gap = first.wordGap(to: second)
                let anytimeWords =
                    gap <= 2
                    ? 0
                    : matches(of: .anytime, in: first.payload.language, within: start..<(start + gap), among: found)
                        .reduce(0) { $0 + $1.words.count }
                guard gap - anytimeWords <= 2 else { continue }
                guard wantingHolds(first, second, start: start, gap: gap, in: found) else { continue }
                guard gap <= 0 || !(first.payload.part.needsItsMailBeside || second.payload.part.needsItsMailBeside)
                else { continue }
                let range = first.span(with: second)
                // One sentence, or a question and its answer: not "Subscription renewed.
                // Manage billing", but "Too many emails? Change your settings".
                guard !folded.hasStatementBreak(in: range) else { continue }
                guard !isJunk(first, in: found), !isJunk(second, in: found) else { continue }
                return (range, first.payload.language, completion.offer)
            }
        }
        return nil
    }

    /// Whether a pair with a part of (not) wanting has what that part needs: not wanting, a
    /// verb of receiving between the two (not "I don't want to miss these emails"); wanting,
    /// a verb of receiving between them or right after them and a negation among them or in
    /// the two words before. True for every other pair.
    private static func wantingHolds(
        _ first: PartMatch, _ second: PartMatch, start: Int, gap: Int, in found: [PartMatch]
    ) -> Bool {
        let parts = [first.payload.part, second.payload.part]
        func has(_ part: Part, in words: Range<Int>) -> Bool {
            !matches(of: part, in: first.payload.language, within: words, among: found).isEmpty
        }
        if parts.contains(.notWanting) { return has(.receive, in: start..<(start + max(gap, 0))) }
        guard parts.contains(.wanting) else { return true }
        let low = min(first.words.lowerBound, second.words.lowerBound)
        let high = max(first.words.upperBound, second.words.upperBound)
        return has(.receive, in: low..<(high + 1)) && has(.negation, in: max(0, low - 2)..<high)
    }

    /// Whether `mail` (a part of mail or a subscription) has junk right beside it, before or
    /// after it past one word at most ("spam emails", "e-mails de spam", "垃圾邮件"), in any
    /// language: the same mail words are read in several ("Bloquear e-mails indesejados" as
    /// Spanish too).
    private static func isJunk(_ mail: PartMatch, in found: [PartMatch]) -> Bool {
        guard mail.payload.part == .mail || mail.payload.part == .subscription else { return false }
        let near = max(0, mail.words.lowerBound - 1)..<(mail.words.upperBound + 2)
        return found.contains {
            $0.payload.part == .junk && $0.words.lowerBound >= near.lowerBound && $0.words.upperBound <= near.upperBound
        }
    }

    /// The parts among `found` of kind `part` in `language` that lie within words `words`.
    private static func matches(
        of part: Part, in language: String, within words: Range<Int>, among found: [PartMatch]
    ) -> LazyFilterSequence<[PartMatch]> {
        found.lazy.filter {
            $0.payload.part == part && $0.payload.language == language && $0.words.lowerBound >= words.lowerBound
                && $0.words.upperBound <= words.upperBound
        }
    }
}
