import Testing

@testable import MailLint

/// Dead ends that say replies are not supported or the reply function not available — of the
/// replies only, never of an address ("IPv6 addresses are not supported") — or that the
/// mailbox is closed; and the look-alikes: attachments not supported, a feature not
/// available, an office closed.
struct DeadEndOfferedAndClosedTests {
    @Test(arguments: [
        ("en", "Replies are not supported for this message."),
        ("en", "The reply function is not available for this email."),
        ("de", "Die Antwortfunktion ist für diese E-Mail nicht verfügbar."),
        ("sv", "Svar stöds inte för det här meddelandet."),
        ("fr", "Les réponses ne sont pas prises en charge pour ce message."),
        ("ru", "Функция ответа недоступна для этого письма."), ("tr", "Bu mesaj için yanıtlar desteklenmemektedir."),
        ("ja", "このメッセージへの返信はサポートされていません。"), ("zh", "此邮件的回复功能不可用。"),
        ("th", "ไม่รองรับการตอบกลับสำหรับข้อความนี้"), ("en", "This mailbox is closed."),
        ("de", "Dieses Postfach ist geschlossen."), ("ko", "이 메일함은 폐쇄되었습니다."),
    ])
    func recognises(_ language: String, _ sentence: String) {
        DeadEndGrammarTests.expectRecognised(language, sentence)
    }

    @Test(arguments: [
        "IPv6 addresses are not supported.", "Adresy IPv6 nejsou podporovány.", "Адреса IPv6 не поддерживаются.",
        "Makina ismi için adres ailesi desteklenmiyor.", "IPv6 アドレスはサポートされていません。", "此地址不可用。",
        "Attachments are not supported for this message.", "This feature is not available in your country.",
        "Our office is closed on Sunday.", "Your ticket is closed; reply to this email to reopen it.",
    ])
    func leavesAlone(_ sentence: String) {
        DeadEndGrammarTests.expectSilent(sentence)
    }
}
