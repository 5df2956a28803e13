import Testing

@testable import MailLint

/// Footer link texts and closing lines of link-text round 15 and plain-line round 16 (written
/// here; every opt-out below was missed before them): the reader's consent withdrawn or
/// cancelled, fewer e-mails, how often they come. Beside them, texts the new words must leave
/// alone: withdrawing money or an order, consent given or managed (cookies), "less" before
/// another noun, and "agree to cancel the order" in the languages whose word for consent is
/// also "agree".
struct OptOutConsentAndFrequencyTests {
    @Test(arguments: [
        ("Withdraw consent", "en", OptOutOffer.unsubscribe), ("Einwilligung widerrufen", "de", .unsubscribe),
        ("Retirer votre consentement aux e-mails", "fr", .unsubscribe),
        ("Revocar el consentimiento para recibir correos", "es", .unsubscribe),
        ("Revoca il consenso", "it", .unsubscribe),
        ("Toestemming intrekken", "nl", .unsubscribe), ("Trekk tilbake samtykke", "nb", .unsubscribe),
        ("Wycofaj zgodę", "pl", .unsubscribe), ("Odvolat souhlas", "cs", .unsubscribe),
        ("Hozzájárulás visszavonása", "hu", .unsubscribe), ("Ticari ileti onayını geri al", "tr", .unsubscribe),
        ("Ανάκληση συγκατάθεσης", "el", .unsubscribe), ("Отозвать согласие на получение рассылки", "ru", .unsubscribe),
        ("Відкликати згоду", "uk", .unsubscribe), ("同意を撤回する", "ja", .unsubscribe), ("撤回同意", "zh", .unsubscribe),
        ("동의 철회", "ko", .unsubscribe), ("سحب الموافقة", "ar", .unsubscribe), ("ביטול הסכמה", "he", .unsubscribe),
        ("Tarik persetujuan", "id", .unsubscribe), ("Rút lại sự đồng ý", "vi", .unsubscribe),
        ("ถอนความยินยอม", "th", .unsubscribe),
        ("Weniger E-Mails erhalten", "de", .preferences), ("Recevoir moins d'e-mails", "fr", .preferences),
        ("Otrzymuj mniej e-maili", "pl", .preferences), ("Получать меньше писем", "ru", .preferences),
        ("تلقي رسائل بريد إلكتروني أقل", "ar", .preferences), ("减少邮件接收", "zh", .preferences),
        ("이메일 덜 받기", "ko", .preferences), ("Nhận ít email hơn", "vi", .preferences),
        ("Häufigkeit der E-Mails ändern", "de", .preferences),
        ("Cambiar la frecuencia de los correos", "es", .preferences),
        ("Ändra hur ofta du får e-post", "sv", .preferences), ("Změnit četnost e-mailů", "cs", .preferences),
        ("E-posta sıklığını değiştir", "tr", .preferences), ("メールの受信頻度を変更", "ja", .preferences),
        ("E-mailfrequentie wijzigen", "nl", .preferences), ("Switch to a weekly digest", "en", .preferences),
        ("Leave this group", "en", .unsubscribe),
        // Closing lines of plain-text mail, the link after them.
        ("Sie können Ihre Einwilligung jederzeit widerrufen:", "de", .unsubscribe),
        ("לביטול ההסכמה לקבלת דיוור:", "he", .unsubscribe), ("لسحب موافقتك على تلقي الرسائل:", "ar", .unsubscribe),
        ("Ticari ileti onayınızı geri almak için:", "tr", .unsubscribe),
    ])
    func areOptOuts(_ text: String, _ language: String, _ offer: OptOutOffer) {
        let found = OptOutVocabulary.phrase(in: text)
        #expect(found?.offer == offer && found?.language == language, "\(text): \(String(describing: found))")
    }

    @Test(arguments: [
        "Withdraw funds", "Withdraw your application", "Give your consent", "Manage cookie consent",
        "Manage consent settings", "Consent to receive emails", "Widerrufsbelehrung", "Cookie-Einwilligung verwalten",
        "Retirar mi pedido", "Ritira il tuo ordine in negozio", "Wyraź zgodę", "Вывести средства",
        "Spend less time on emails", "Weniger Zeit mit E-Mails verbringen", "Change delivery frequency",
        "Change payment frequency", "How often should you back up your emails?", "同意取消订单",
        "注文の取り消しに同意する", "주문 취소에 동의합니다", "Đồng ý hủy đơn hàng", "سحب رسوم الاشتراك", "ביטול הזמנה",
        "Tarik dana dari akun", "İptal onayı",
    ])
    func areNot(_ text: String) {
        #expect(OptOutVocabulary.phrase(in: text) == nil, "\(text)")
    }
}
