/// Ways to reach the sender said in two parts, which no phrase can list: a verb of reaching —
/// chatting, writing, talking, calling, messaging — and the sender as whom it reaches ("Chat
/// with us", "Message our team", "Skriv till oss", "Napište nám", "Bize yazın", "Mit uns
/// chatten"), in one language, in either order, at most one word apart and in one sentence
/// ("Get email updates from us" is a subscription).
/// Neither part is a way in alone: "Write a review", "Napisz opinię" and "Talk to your doctor"
/// reach nobody at the sender.
extension ContactVocabulary {
    /// The kinds of part.
    enum Part: Sendable {
        /// A verb of reaching someone ("chat", "schreiben", "napište", "yazın").
        case reach
        /// The sender as whom it reaches ("us", "our team", "uns", "nám", "bize").
        case us
    }

    /// The parts, by language; several words of a part in one string separated by `|`.
    /// Written for contact-link round 3 (session 28), where 49 of 72 such texts were missed.
    static let parts: [(language: String, part: Part, words: String)] = [
        ("en", .reach, "chat|talk|speak|write|message|email|call|text|whatsapp"),
        ("en", .us, "us|our team|our support team|a human|a person|an agent|someone"),
        ("de", .reach, "chatten|chatte|schreiben|schreib|sprechen|sprich|anrufen|ruf"),
        ("de", .us, "uns|unserem team|unser team|einem menschen"),
        ("fr", .reach, "discuter|discutez|chatter|écrire|écrivez|parler|parlez|appeler|appelez"),
        ("fr", .us, "avec nous|notre équipe|un conseiller"),
        ("es", .reach, "chatea|chatear|habla|hablar|escribe|escribir|llama|llamar"),
        ("es", .us, "con nosotros|nuestro equipo|un agente|un asesor"),
        ("it", .reach, "chatta|chattare|parla|parlare|scrivi|scrivere|chiama|chiamare"),
        ("it", .us, "con noi|il nostro team|un operatore"),
        ("pt", .reach, "converse|conversar|fale|falar|escreva|escrever|ligue|ligar"),
        ("pt", .us, "conosco|com a gente|nossa equipe|um atendente"),
        ("nl", .reach, "chat|chatten|stuur|bel|schrijf|spreek"), ("nl", .us, "met ons|ons|ons team|een medewerker"),
        ("sv", .reach, "chatta|skriv|ring|prata"), ("sv", .us, "med oss|till oss|oss"),
        ("da", .reach, "chat|chatte|skriv|ring|snak"), ("da", .us, "med os|til os|os"),
        ("nb", .reach, "chat|chatte|skriv|ring|snakk"), ("nb", .us, "med oss|til oss|oss"),
        ("fi", .reach, "keskustele|lähetä|soita|kirjoita"), ("fi", .us, "kanssamme|meille"),
        ("pl", .reach, "porozmawiaj|napisz|zadzwoń|czat"), ("pl", .us, "z nami|do nas|nam"),
        ("cs", .reach, "napište|napiš|chatujte|zavolejte"), ("cs", .us, "nám|s námi"),
        ("sk", .reach, "napíšte|napíš|chatujte|zavolajte"), ("sk", .us, "nám|s nami"),
        ("hu", .reach, "írjon|írj|csevegjen|csevegj|hívjon|hívj"), ("hu", .us, "nekünk|velünk|minket"),
        ("ro", .reach, "scrie|scrieți|vorbește|vorbiți|sună|sunați"), ("ro", .us, "cu noi"),
        ("tr", .reach, "yazın|yaz|arayın|sohbet"), ("tr", .us, "bize|bizimle"),
        ("el", .reach, "γράψτε|μιλήστε|καλέστε|τηλεφωνήστε"), ("el", .us, "μας|μαζί μας"),
        ("ru", .reach, "написать|напишите|позвоните|чат"), ("ru", .us, "нам|с нами|с поддержкой"),
        ("uk", .reach, "написати|напишіть|зателефонуйте|чат"), ("uk", .us, "нам|з нами|з підтримкою"),
        ("id", .reach, "chat|hubungi|kirim pesan"), ("id", .us, "dengan kami|kami"),
        ("vi", .reach, "trò chuyện|nhắn tin|gọi"), ("vi", .us, "với chúng tôi|chúng tôi"),
    ]

    /// A part found in a text.
    typealias PartMatch = PhraseMatcher<(language: String, part: Part)>.Match

    /// The parts' automaton, built once.
    static let partMatcher = PhraseMatcher(parts: parts)

    /// The first verb of reaching and the sender, of one language, at most one word apart in
    /// one sentence: their folded range and language.
    static func pair(in folded: FoldedText) -> (range: Range<Int>, language: String)? {
        let found = partMatcher.matches(in: folded.scalars)
        for (index, first) in found.enumerated() {
            for second in found[(index + 1)...]
            where second.payload.language == first.payload.language && second.payload.part != first.payload.part {
                guard first.wordGap(to: second) <= 1 else { continue }
                let range = first.span(with: second)
                guard !folded.hasStatementBreak(in: range) else { continue }
                return (range, first.payload.language)
            }
        }
        return nil
    }
}
