import Testing

@testable import MailLint

/// Footer link texts of link-text round 16 (written here; every opt-out below was missed
/// before it): the kinds of mail a sender stops — reminders, offers and promotions, summaries,
/// invitations — disabled, stopped or "no more" of them. Beside them, texts about viewing or
/// missing the same offers and summaries, "no more" with a word between it and the mail, and
/// the tips a link is about, which the new words must leave alone.
struct OptOutKindsOfMailTests {
    @Test(arguments: [
        ("Turn off reminders", "en", OptOutOffer.unsubscribe), ("Stop weekly summaries", "en", .unsubscribe),
        ("Disable digest emails", "en", .unsubscribe), ("Stop survey invitations", "en", .unsubscribe),
        ("No more offers", "en", .unsubscribe), ("Erinnerungen deaktivieren", "de", .unsubscribe),
        ("Werbung deaktivieren", "de", .unsubscribe), ("Désactiver les rappels", "fr", .unsubscribe),
        ("Desactivar el resumen semanal", "es", .unsubscribe), ("Disattiva i promemoria", "it", .unsubscribe),
        ("Parar de receber promoções", "pt", .unsubscribe), ("Herinneringen uitschakelen", "nl", .unsubscribe),
        ("Inga fler erbjudanden", "sv", .unsubscribe), ("Slå påmindelser fra", "da", .unsubscribe),
        ("Slå av påminnelser", "nb", .unsubscribe), ("Lopeta tarjousviestit", "fi", .unsubscribe),
        ("Wyłącz przypomnienia", "pl", .unsubscribe), ("Vypnout připomenutí", "cs", .unsubscribe),
        ("Emlékeztetők kikapcsolása", "hu", .unsubscribe), ("Dezactivează mementourile", "ro", .unsubscribe),
        ("Hatırlatıcıları kapat", "tr", .unsubscribe), ("Απενεργοποίηση υπενθυμίσεων", "el", .unsubscribe),
        ("Отключить напоминания", "ru", .unsubscribe), ("Вимкнути нагадування", "uk", .unsubscribe),
        ("リマインダーを停止", "ja", .unsubscribe), ("关闭提醒邮件", "zh", .unsubscribe), ("리마인더 끄기", "ko", .unsubscribe),
        ("إيقاف التذكيرات", "ar", .unsubscribe), ("כיבוי תזכורות", "he", .unsubscribe),
        ("Berhenti menerima promo", "id", .unsubscribe), ("Tắt lời nhắc", "vi", .unsubscribe),
        ("หยุดรับโปรโมชั่น", "th", .unsubscribe),
    ])
    func areOptOuts(_ text: String, _ language: String, _ offer: OptOutOffer) {
        let found = OptOutVocabulary.phrase(in: text)
        #expect(found?.offer == offer && found?.language == language, "\(text): \(String(describing: found))")
    }

    @Test(arguments: [
        "Set a reminder", "View offer", "Your weekly summary", "View all promotions", "Accept the invitation",
        "No more missed offers", "Tips to stop snoring", "Stop by our store", "Angebot endet bald", "Voir le résumé",
        "No te pierdas nuestras ofertas", "Non perdere le offerte", "Missa inga erbjudanden", "Не пропустите акции",
        "Остановить воспроизведение", "キャンペーン情報を見る", "查看优惠信息", "광고성 이메일 안내",
        "Kampanya e-postalarını görüntüle", "Lihat semua promo", "Xem ưu đãi", "Δείτε τις προσφορές",
    ])
    func areNot(_ text: String) {
        #expect(OptOutVocabulary.phrase(in: text) == nil, "\(text)")
    }
}
