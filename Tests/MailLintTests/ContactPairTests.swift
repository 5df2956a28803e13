import Testing

@testable import MailLint

/// Ways to reach the sender said in two parts (contact-link round 3, written here; every one
/// below was missed before it): a verb of reaching and the sender as whom it reaches, in
/// either order ("Chat with us", "Mit uns chatten", "Bize yazın"), and the callbacks, tickets
/// and chats said in one word. Beside them, texts that reach nobody at the sender: one's
/// doctor, a representative, a review written, the sender calling the reader, a message from
/// the team.
struct ContactPairTests {
    @Test(arguments: [
        ("Chat with us", "en"), ("Talk to a human", "en"), ("Message our team", "en"), ("WhatsApp us", "en"),
        ("Request a callback", "en"), ("Mit uns chatten", "de"), ("Rückruf anfordern", "de"),
        ("Discuter avec nous", "fr"), ("Chatea con nosotros", "es"), ("Chatta con noi", "it"),
        ("Converse conosco", "pt"), ("Stuur ons een bericht", "nl"), ("Skriv till oss", "sv"), ("Chat med os", "da"),
        ("Snakk med oss", "nb"), ("Keskustele kanssamme", "fi"), ("Porozmawiaj z nami", "pl"), ("Napište nám", "cs"),
        ("Zavolajte nám", "sk"), ("Csevegjen velünk", "hu"), ("Vorbește cu noi", "ro"), ("Bize yazın", "tr"),
        ("Γράψτε μας", "el"), ("Написать нам", "ru"), ("Чат з підтримкою", "uk"), ("Chat dengan kami", "id"),
        ("Trò chuyện với chúng tôi", "vi"), ("تحدث معنا", "ar"), ("כתבו לנו", "he"), ("แชทกับเรา", "th"),
    ])
    func reachesTheSender(_ text: String, _ language: String) {
        #expect(ContactVocabulary.phrase(in: text)?.language == language, "\(text)")
    }

    @Test(arguments: [
        "A message from our team", "Talk to your doctor before use", "Write to your representative",
        "Chat with friends", "We'll call you back tomorrow", "Write a review", "Napisz opinię",
        "Sprechen Sie mit Ihrem Berater", "Nous allons vous appeler", "Habla con tu médico", "Позвоните своему врачу",
        "Bizimle çalışın", "Get email updates from us",
    ])
    func reachesNobodyThere(_ text: String) {
        #expect(ContactVocabulary.phrase(in: text) == nil, "\(text)")
    }
}
