import Testing

@testable import MailLint

/// "At any time" between a verb of cancelling or stopping and the subscription it ends does
/// not part them, in the languages that put it there ("Puoi annullare in qualsiasi momento la
/// tua iscrizione", "Vous pouvez annuler à tout moment votre abonnement"); the same adverb
/// before an order or a profile is no opt-out, and other words as many do part them. Texts
/// written here.
struct OptOutAnytimeTests {
    @Test(arguments: [
        ("Puoi annullare in qualsiasi momento la tua iscrizione", "it"),
        ("Puoi disattivare in ogni momento le notifiche", "it"),
        ("Puedes cancelar en cualquier momento tu suscripción", "es"),
        ("Você pode cancelar a qualquer momento a sua assinatura", "pt"),
        ("Vous pouvez annuler à tout moment votre abonnement", "fr"),
        ("Poți anula în orice moment abonamentul tău", "ro"),
        ("Możesz w każdej chwili anulować swoją subskrypcję", "pl"),
    ])
    func anytimeDoesNotPartThem(_ text: String, _ language: String) {
        let found = OptOutVocabulary.phrase(in: text)
        #expect(found?.offer == .unsubscribe && found?.language == language, "\(text): \(String(describing: found))")
    }

    @Test(arguments: [
        "Puoi modificare in qualsiasi momento il tuo profilo", "Puedes consultar en cualquier momento tu pedido",
        "Vous pouvez consulter à tout moment votre commande",
        "Você pode acompanhar a qualquer momento o seu pedido",
        // Three words that are not "at any time" still part them.
        "Puoi annullare il tuo ordine e la tua iscrizione resta",
    ])
    func areNot(_ text: String) {
        #expect(OptOutVocabulary.phrase(in: text) == nil, "\(text)")
    }
}
