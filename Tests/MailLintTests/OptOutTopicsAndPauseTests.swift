import Testing

@testable import MailLint

/// Footer link texts of link-text round 18 (written here; every opt-out below was missed
/// before it): the reader's interests and topics managed or chosen, and mail paused. Beside
/// them, texts the new words must leave alone: plans, tariffs and payment methods chosen (a
/// verb of choosing completes only the topics), interest rates, topics to read, a theme chosen
/// in Chinese, playback paused.
struct OptOutTopicsAndPauseTests {
    @Test(arguments: [
        ("Update your interests", "en", OptOutOffer.preferences), ("Choose your topics", "en", .preferences),
        ("Pick which newsletters you get", "en", .preferences), ("Interessen verwalten", "de", .preferences),
        ("Themen auswählen", "de", .preferences), ("Gérer mes centres d'intérêt", "fr", .preferences),
        ("Elegir temas", "es", .preferences), ("Scegli gli argomenti", "it", .preferences),
        ("Onderwerpen kiezen", "nl", .preferences), ("Välj ämnen", "sv", .preferences),
        ("Zarządzaj zainteresowaniami", "pl", .preferences), ("Érdeklődési körök kezelése", "hu", .preferences),
        ("İlgi alanlarını yönet", "tr", .preferences), ("Управление интересами", "ru", .preferences),
        ("興味のあるトピックを選択", "ja", .preferences), ("管理兴趣", "zh", .preferences), ("관심사 관리", "ko", .preferences),
        ("إدارة الاهتمامات", "ar", .preferences), ("ניהול תחומי עניין", "he", .preferences),
        ("Quản lý sở thích", "vi", .preferences), ("จัดการความสนใจ", "th", .preferences),
        ("Pausar los correos", "es", .unsubscribe), ("Metti in pausa le email", "it", .unsubscribe),
        ("E-mails pauzeren", "nl", .unsubscribe), ("Pausa mejlen", "sv", .unsubscribe),
        ("Sett e-poster på pause", "nb", .unsubscribe), ("Wstrzymaj e-maile", "pl", .unsubscribe),
        ("Pozastavit e-maily", "cs", .unsubscribe), ("E-postaları duraklat", "tr", .unsubscribe),
        ("Приостановить рассылку", "ru", .unsubscribe), ("暂停邮件", "zh", .unsubscribe),
        ("Jeda email", "id", .unsubscribe),
        ("Take a break from emails", "en", .preferences), ("E-Mail-Pause einlegen", "de", .preferences),
    ])
    func areOptOuts(_ text: String, _ language: String, _ offer: OptOutOffer) {
        let found = OptOutVocabulary.phrase(in: text)
        #expect(found?.offer == offer && found?.language == language, "\(text): \(String(describing: found))")
    }

    @Test(arguments: [
        "Hot topics this week", "Choose your plan", "Select a payment method", "Pause your video",
        "Interest rates explained", "Themen der Woche", "Tarif auswählen", "Choisir mon forfait", "Elegir un plan",
        "Pausar la reproducción", "Kies je abonnement", "Выберите тариф", "选择主题", "プランを選択", "요금제 선택",
        "Wybierz plan", "Chọn gói",
    ])
    func areNot(_ text: String) {
        #expect(OptOutVocabulary.phrase(in: text) == nil, "\(text)")
    }
}
