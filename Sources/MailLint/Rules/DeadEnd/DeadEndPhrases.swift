/// Sentences that tell the reader replies go nowhere, one entry per line with its
/// language: the data of `dead-end-phrase`. Adding a language is adding lines. Matching
/// folds case, diacritics, apostrophes, hyphens, punctuation and white space (see
/// `FoldedText`), so each sentence is written once, as people write it.
enum DeadEndPhrases {
    static let entries: [(phrase: String, language: String)] = [
        ("do not reply to this email", "en"), ("do not reply to this message", "en"),
        ("do not reply to this e-mail", "en"), ("please do not reply", "en"), ("please don't reply", "en"),
        ("do not respond to this email", "en"), ("do not respond to this message", "en"),
        ("this mailbox is not monitored", "en"), ("this mailbox is unmonitored", "en"),
        ("this inbox is not monitored", "en"), ("this email address is not monitored", "en"),
        ("this address is not monitored", "en"), ("this email is not monitored", "en"),
        ("replies to this email will not be read", "en"), ("replies to this address will not be read", "en"),
        ("replies to this message will not be read", "en"), ("replies will not be read", "en"),
        ("replies to this email are not monitored", "en"), ("we are unable to respond to replies", "en"),
        ("we cannot respond to replies", "en"), ("this is a notification-only address", "en"),
        ("sent from a notification-only address", "en"), ("this address does not accept replies", "en"),
        ("this email address cannot accept replies", "en"),
        ("bitte antworten sie nicht auf diese e-mail", "de"), ("bitte antworten sie nicht auf diese nachricht", "de"),
        ("bitte nicht auf diese e-mail antworten", "de"), ("antworten sie nicht auf diese e-mail", "de"),
        ("dieses postfach wird nicht überwacht", "de"), ("diese e-mail-adresse wird nicht überwacht", "de"),
        ("antworten auf diese e-mail werden nicht gelesen", "de"), ("antworten werden nicht gelesen", "de"),
        ("merci de ne pas répondre à cet e-mail", "fr"), ("merci de ne pas répondre à ce message", "fr"),
        ("merci de ne pas répondre à ce mail", "fr"), ("ne répondez pas à cet e-mail", "fr"),
        ("ne répondez pas à ce message", "fr"), ("veuillez ne pas répondre", "fr"),
        ("cette adresse n'est pas surveillée", "fr"), ("cette boîte aux lettres n'est pas consultée", "fr"),
        ("no responda a este correo", "es"), ("no responda a este mensaje", "es"), ("por favor no responda", "es"),
        ("no respondas a este correo", "es"), ("este buzón no es supervisado", "es"),
        ("este correo no es monitoreado", "es"),
        ("não responda a este e-mail", "pt"), ("não responda este e-mail", "pt"), ("por favor não responda", "pt"),
        ("não responda a esta mensagem", "pt"), ("esta caixa de correio não é monitorada", "pt"),
        ("si prega di non rispondere", "it"), ("non rispondere a questa email", "it"),
        ("non rispondere a questo messaggio", "it"), ("questa casella non è monitorata", "it"),
        ("gelieve niet te antwoorden", "nl"), ("gelieve niet te reageren op deze e-mail", "nl"),
        ("beantwoord deze e-mail niet", "nl"), ("reageer niet op deze e-mail", "nl"),
        ("deze mailbox wordt niet gelezen", "nl"),
        ("prosimy nie odpowiadać", "pl"), ("nie odpowiadaj na tę wiadomość", "pl"),
        ("prosimy nie odpowiadać na tę wiadomość", "pl"), ("ta skrzynka nie jest monitorowana", "pl"),
        ("svara inte på detta mejl", "sv"), ("svara inte på det här meddelandet", "sv"),
        ("vänligen svara inte", "sv"), ("denna brevlåda övervakas inte", "sv"),
        ("このメールは送信専用です", "ja"), ("このメールに返信しないでください", "ja"), ("本メールは送信専用", "ja"),
        ("ご返信いただいてもお答えできません", "ja"), ("返信いただいても回答できません", "ja"),
        ("请勿回复此邮件", "zh"), ("请勿直接回复", "zh"), ("请勿回复", "zh"), ("請勿回覆此郵件", "zh"),
        ("請勿直接回覆", "zh"), ("请不要回复此邮件", "zh"),
    ]

    /// The automaton over every entry, built once.
    static let matcher = PhraseMatcher<String>(entries.map { ($0.phrase, $0.language) })
}
