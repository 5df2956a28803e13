import Testing

@testable import MailLint

/// The do-not-reply families of local parts and display names, in every language of the
/// dead-end lexicon, through the shared normalisation.
struct DoNotReplyPatternsTests {
    @Test(arguments: [
        ("no.reply+orders", "en"), ("Nicht-Antworten", "de"), ("ne_pas_repondre", "fr"), ("nao-responda", "pt"),
        ("yanitlamayiniz", "tr"), ("nu-raspunde", "ro"), ("ala.vastaa", "fi"), ("ne-vidpovidaty", "uk"),
        ("jangan-balas", "id"), ("khong-tra-loi", "vi"), ("do_not_respond", "en"), ("no-responda", "es"),
        ("niet.reageren", "nl"),
    ])
    func localParts(_ localPart: String, _ language: String) {
        #expect(DoNotReplyPatterns.match(localPart: localPart)?.language == language, "\(localPart)")
    }

    @Test(arguments: [
        ("Shop (bitte nicht antworten)", "de"), ("Älä vastaa", "fi"), ("Ne válaszoljon", "hu"),
        ("Nu răspundeți", "ro"), ("Lütfen yanıtlamayın", "tr"), ("Μην απαντάτε", "el"), ("Не отвечайте", "ru"),
        ("Не відповідайте", "uk"), ("ショップ（返信不要）", "ja"), ("请勿回复", "zh"), ("請勿回覆", "zh-Hant"),
        ("발신전용", "ko"), ("لا ترد", "ar"), ("לא להשיב", "he"), ("Jangan balas", "id"), ("Không trả lời", "vi"),
        ("ห้ามตอบกลับ", "th"), ("Shop – Do Not Respond", "en"), ("Tienda (no responda)", "es"),
        ("Loja - não responder", "pt"),
    ])
    func displayNames(_ name: String, _ language: String) {
        #expect(DoNotReplyPatterns.match(displayName: name)?.language == language, "\(name)")
    }

    @Test(arguments: ["support", "kundenservice", "info", "replies", "contact"])
    func otherLocalParts(_ localPart: String) {
        #expect(DoNotReplyPatterns.match(localPart: localPart) == nil, "\(localPart)")
    }

    @Test(arguments: ["Customer Care", "Kundenservice", "Служба поддержки", "お客様サポート", "Svar på din fråga"])
    func otherDisplayNames(_ name: String) {
        #expect(DoNotReplyPatterns.match(displayName: name) == nil, "\(name)")
    }
}
