/// A class of words in `DeadEndLexicon`.
enum DeadEndWord: UInt8, CaseIterable, Sendable {
    /// A negation ("not", "nicht", "ne … pas", "não", "μην", "不要").
    case negation
    /// A reply verb in an instruction's form: imperative, infinitive ("reply", "répondez").
    case reply
    /// A reply verb that carries its own negation ("neodpovídejte", "yanıtlamayın").
    case negatedReply
    /// Words that may stand between a negation and its reply verb: pronouns, clitics,
    /// prepositions, demonstratives ("y", "darauf", "to this").
    case filler
    /// Politeness that makes a sentence an instruction ("please", "merci de", "bitte").
    case please
    /// What the reply would go to ("email", "message", "courriel").
    case object
    /// A subject that makes a negated reply a statement about someone ("we do not reply to
    /// spam"), or a relative pronoun ("an account which is not monitored").
    case subject
    /// A condition that makes a negated reply hypothetical ("if you do not reply").
    case condition
    /// The reader as a subject ("you", "vous"): a negated state said of the reader ("if you
    /// reply STOP, you will not receive more texts") is not about replies.
    case reader
    /// A tense that reports an event rather than a rule ("we *have* not received replies",
    /// "it *was* not possible to reply").
    case past
    /// An auxiliary between a subject and the negation ("we will not", "wir werden nicht").
    case auxiliary
    /// A word that turns the sentence into "no need to reply" or "do not hesitate".
    case need
    /// The replies themselves, as a noun ("replies", "Antworten", "les réponses").
    case replies
    /// The sending mailbox or address ("this mailbox", "cette adresse", "送信専用アドレス").
    case mailbox
    /// What does not happen to replies or to the mailbox: read, monitored, processed.
    case state
    /// A state verb that carries its own negation ("okunmaz", "nesledována").
    case negatedState
    /// What becomes of replies nobody reads ("deleted", "ignored", "go nowhere"): said of
    /// replies only, for an address may well be deleted ("your address will be deleted from
    /// our list").
    case discarded
    /// A mailbox that is declared send-only or unmonitored ("unmonitored", "送信専用").
    case sendOnly
    /// "Possible", negated into an impersonal statement: "it is not possible to reply",
    /// "eine Antwort ist nicht möglich", "no es posible responder".
    case possible
    /// What makes a reply instruction advice about something other than this message:
    /// someone else's mail ("do not reply to *phishing* emails"), what not to send ("do not
    /// reply with your *password*"), or a reply to everyone ("do not *reply all*").
    case otherMail
    /// An exception that lets replies through after all: "do not reply *unless* you want to
    /// change your order", "es sei denn", "sauf si". Read where `otherMail` is read.
    case exception
    /// Outsiders as the ones who do not read or see ("by third parties", "von Dritten",
    /// "третьими лицами", "第三者"): a state said of them is a promise of privacy, not a closed
    /// mailbox ("the contents of this mailbox are not read by third parties"). It qualifies a
    /// state only, in its clause, never an instruction: "do not reply to this email, sent by a
    /// third party" still turns replies away.
    case outsider
    /// A verb of sending or writing, whose negation with the replies as its object, or this
    /// mailbox as its destination, is a negated reply instruction: "do not *send* replies to
    /// this address", "*senden* Sie keine Antworten", "do not *write* to this address".
    case send
    /// What names a mailbox as where something goes: a preposition before it ("to", "an",
    /// "à", "na") or the noun in a case that says so ("adrese", "címre", "osoitteeseen"):
    /// "do not write *to this address*".
    case destination
    /// A restriction ("only", "nur", "uniquement", "専用"): with `outgoing`, the mailbox's
    /// one use — "this address is used for notifications only".
    case only
    /// What a mailbox restricted to it only sends ("notifications", "Versand", "通知").
    case outgoing
    /// The reader's own ("your", "Ihre", "您的"): "your address is only used for
    /// notifications" is a privacy statement about the reader's address, not the sender's.
    case yours
    /// A verb of using ("use", "verwenden", "utiliser"): negated, with a reply control as its
    /// object, a negated reply instruction — "do not *use* the reply button".
    case use
    /// A control of the mail program ("button", "Funktion", "bouton", "кнопка"), which a
    /// reply word next to it makes the reply control; or a compound that is both
    /// ("antwoordknop", "svarsknappen").
    case control
    /// "Instead of" ("statt", "au lieu de", "вместо", "代わりに"): before a reply verb, or
    /// after it where the object precedes the verb, an instruction not to reply — "instead
    /// of replying to this email, use our contact form".
    case instead
    /// A coordinating conjunction ("and", "und", "a", "و"): what follows it begins a clause
    /// of its own, so a negation right after it follows no verb of the clause before
    /// ("… automaticky *a* není možné na ni odpovědět"). Arabic and Hebrew write it on the
    /// negation ("ولا", "ולא").
    case conjunction
    /// What states a purpose after an object ("to", "for", "pour", "для", "για να"): "do not
    /// use this address *to* contact us" ends its object where a word of no class would
    /// continue it ("адресу *електронної* пошти").
    case purpose
    /// The reader getting something ("you will get", "vous obtiendrez", "получите", "får
    /// du"): negated after a reply made the condition, a dead end only when what is not got
    /// is an answer ("you will not get an answer if you reply"), not more texts ("if you
    /// reply STOP, you will not get any more texts").
    case readerGets
    /// What says a reply is of no use ("no point", "pointless", "inutile", "zwecklos",
    /// "бесполезно", "無駄"): with a reply verb beside it, a dead end — "inutile d'y
    /// répondre", "replying to this email is pointless", "Tähän viestiin on turha vastata".
    case pointless
    /// What a mailbox is meant for ("intended", "vorgesehen", "destinée", "предназначен"):
    /// negated with the replies as its purpose, a mailbox not for replies — "this address is
    /// not intended for replies", "nicht für Antworten vorgesehen"; not "not intended for
    /// invoices".
    case intended
    /// A verb of expecting ("expect", "erwarten", "attendre", "ждите"): negated, with an answer
    /// as its whole object, a dead end — "please do not expect an answer to this message";
    /// not "do not expect an answer before Monday".
    case expect
    /// Whether replies are offered ("supported", "available", "verfügbar", "pris en charge"):
    /// a state of the replies only, negated — "replies are not supported for this message",
    /// "die Antwortfunktion ist nicht verfügbar"; not of an address ("IPv6 addresses are not
    /// supported").
    case offered
    /// That replies are not offered, in one word that carries the negation ("недоступна",
    /// "desteklenmemektedir", "サポートされていません", "不可用"): of the replies only, as
    /// `offered` is.
    case notOffered
    /// A light verb of the passive ("يتم", "تتم": "it is done"), before the verbal noun of a
    /// state: the noun after the state is then what the state is said of, not its object —
    /// "لا تتم مراقبة صندوق البريد هذا" ("this mailbox is not monitored").
    case passive
    /// A participle of sending ("sent", "gesendet", "envoyées", "enviadas"): negated, with the
    /// replies as its subject and this mailbox as where they go, a reply instruction said of
    /// the replies — "Replies should not be sent to this address". Apart from `send`, whose
    /// readings are instructions to the reader ("do not send replies"): "Your message could not
    /// be sent to this address" is none.
    case sent
    /// A time of the week or the day ("at weekends", "am Wochenende", "le week-end", "週末"): in
    /// the statement's own clause, the mailbox or the replies are not read then only — "This
    /// mailbox is not monitored on weekends" says it is on weekdays. Read where `otherMail` is
    /// read, in the clause (not past a comma, as an exception may be: "…, vor allem nicht am
    /// Wochenende" leaves the statement whole).
    case occasion
    /// What makes an address other than a mailbox, right before or after it: a street
    /// address ("shipping", "de livraison", "доставки", "teslimat"), a network one ("IP",
    /// "web"). "This shipping address is not monitored" is not said of a mailbox.
    case otherAddress

    /// Whether a word of this class makes a reply instruction something other than a dead
    /// end: advice about other mail, an instruction with an exception, a statement that holds
    /// at some times only.
    var qualifiesInstruction: Bool { self == .otherMail || self == .exception || self == .occasion }

    /// Whether a word of this class qualifies a statement whose words include a state verb
    /// (`ofState`) or not: what qualifies an instruction, and of a state, outsiders too.
    func qualifies(ofState: Bool) -> Bool { qualifiesInstruction || (ofState && self == .outsider) }

    /// Whether a statement can start with a word of this class: a sentence without one is
    /// passed over at once.
    var isTrigger: Bool {
        switch self {
        case .negation, .negatedReply, .negatedState, .notOffered, .discarded, .sendOnly, .only, .instead, .pointless:
            true
        default: false
        }
    }
}

/// One language of `DeadEndLexicon`.
struct DeadEndLanguage: Sendable {
    /// How the language separates words, which decides how distances are counted.
    enum Script: Sendable, Equatable {
        /// Words between spaces; a negation and its reply verb may stand in either order
        /// with fillers between them.
        case spaced
        /// No spaces between words: morphemes matched anywhere, distances in characters;
        /// `replyFirst` when the negation follows the verb (Japanese 返信しないで, Korean
        /// 회신하지 마) rather than precedes it (Chinese 请勿回复, Thai อย่าตอบกลับ).
        case unspaced(replyFirst: Bool)
    }

    /// BCP 47 code.
    var code: String
    /// English name, for reports.
    var name: String
    /// Language family, for the review tables.
    var family: String
    var script: Script
    /// Whether the object stands before the verb (Turkish, Hungarian, Japanese, Korean):
    /// where to look for what a reply instruction is about.
    var objectBeforeVerb: Bool
    /// The words of each class.
    var words: [DeadEndWord: [String]]

    init(
        _ code: String, _ name: String, family: String, script: Script = .spaced, objectBeforeVerb: Bool = false,
        _ words: [DeadEndWord: String]
    ) {
        self.code = code
        self.name = name
        self.family = family
        self.script = script
        self.objectBeforeVerb = objectBeforeVerb || script == .unspaced(replyFirst: true)
        // Split as bytes: a `String` splits by grapheme clusters, which cost more than the rest
        // of reading the lexicon at start-up.
        self.words = words.mapValues { phrases in
            phrases.utf8.split(separator: UInt8(ascii: "|")).map { String(decoding: $0, as: UTF8.self) }
        }
    }
}
