import Testing

@testable import MailLint

/// Link texts that say the reader wants none of these e-mails any more, in the infinitive or
/// the first person ("No recibir más correos", "Nicht mehr zusenden", "لا أرغب في تلقي هذه
/// الرسائل"), are opt-outs; texts about more information, resending or not waiting any more
/// are not.
struct OptOutNotReceivingTests {
    @Test(arguments: [
        "No recibir más correos", "Nicht mehr zusenden", "En halua enää näitä viestejä", "今後このメールを受け取らない",
        "لا أرغب في تلقي هذه الرسائل",
    ])
    func areOptOuts(_ text: String) {
        #expect(OptOutVocabulary.phrase(in: text)?.offer == .unsubscribe, "\(text)")
    }

    @Test(arguments: [
        "Recibir más información", "Nicht mehr verfügbar", "Rechnung erneut zusenden", "En halua enää odottaa",
        "لا أريد تفويت العروض", "メールが届かない場合",
    ])
    func areNot(_ text: String) {
        #expect(OptOutVocabulary.phrase(in: text) == nil, "\(text)")
    }
}
