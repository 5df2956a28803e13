import Testing

@testable import MailLint

/// Not wanting the mail or notifications, a verb of receiving between them, is an opt-out
/// ("If you don't want to receive these notifications", "Si no quieres recibir estas
/// notificaciones", "Hvis du ikke ønsker at modtage flere nyhedsbreve"), and so is stopping
/// receiving them in the words each language uses ("parar de receber", "перестать получать"),
/// and wanting where German and Dutch put it last, its negation with the mail ("keine
/// weiteren E-Mails erhalten möchten"); not wanting to receive an order late, or to miss the
/// mail, is not, nor is wanting without a negation. Texts written here.
struct OptOutNotWantingTests {
    @Test(arguments: [
        ("If you don't want to receive these notifications, visit your account", "en"),
        ("Si no quieres recibir estas notificaciones, entra en tu cuenta", "es"),
        ("Si vous ne souhaitez pas recevoir ces notifications, rendez-vous sur votre compte", "fr"),
        ("Se não quiser receber as notificações, acesse a sua conta", "pt"),
        ("Если вы не желаете получать уведомления, откройте настройки", "ru"),
        ("Hvis du ikke ønsker at modtage notifikationer, gå til din konto", "da"),
        ("Dacă nu doriți să primiți notificări, mergeți la contul dumneavoastră", "ro"),
        ("Pokud nechcete dostávat oznámení, otevřete nastavení", "cs"),
        ("Jika Anda tidak ingin menerima pemberitahuan, buka akun Anda", "id"),
        ("אם אינך רוצה לקבל התרעות, עבור לחשבון שלך", "he"),
        ("如果您不希望收到这些通知，请访问您的帐户", "zh"),
        // Wanting last, its negation with the mail (German, Dutch), and "prefer not to".
        ("Wenn Sie keine weiteren E-Mails erhalten möchten, klicken Sie hier", "de"),
        ("Wenn Sie diese Benachrichtigungen nicht erhalten möchten, ändern Sie Ihre Einstellungen", "de"),
        ("Möchten Sie keine Benachrichtigungen erhalten?", "de"),
        ("Als u geen nieuwsbrieven wilt ontvangen, klik dan hier", "nl"),
        ("Prefer not to receive these updates?", "en"),
        ("Nechcete-li dostávat tyto e-maily, otevřete nastavení", "cs"),
        ("Um diese E-Mails abzubestellen, klicken Sie hier", "de"),
        // Stopping receiving, and the mail words the stopping takes.
        ("Para parar de receber estes e-mails, clique aqui", "pt"),
        ("Чтобы перестать получать эти письма, измените настройки", "ru"),
        ("För att sluta få e-postmeddelanden, ändra dina inställningar", "sv"),
        ("For at stoppe med at modtage disse e-mails, skal du ændre dine indstillinger", "da"),
        ("Ha le szeretnél iratkozni ezekről az e-mailekről, nyisd meg a beállításokat", "hu"),
    ])
    func areOptOuts(_ text: String, _ language: String) {
        let found = OptOutVocabulary.phrase(in: text)
        #expect(found?.offer == .unsubscribe && found?.language == language, "\(text): \(String(describing: found))")
    }

    @Test(arguments: [
        "If you don't want to receive your order late, choose express delivery",
        "Si no quieres recibir tu pedido tarde, elige el envío exprés",
        "Если вы не хотите получать посылку с опозданием, выберите экспресс-доставку",
        "Pokud nechcete dostávat zboží pozdě, zvolte expresní doručení",
        "Jika Anda tidak ingin menerima paket terlambat, pilih pengiriman ekspres",
        "אם אינך רוצה לקבל את החבילה באיחור, בחר משלוח מהיר", "I don't want to miss these emails",
        "Du kan inte längre få rabatt på den här varan",
        // Wanting without a negation is asking in; a negation without wanting is news.
        "Wenn Sie Benachrichtigungen erhalten möchten, aktivieren Sie sie hier",
        "Sie erhalten keine weiteren Erinnerungen zu dieser Bestellung", "Wenn Sie keine Antwort erhalten haben",
        "Als u nieuwsbrieven wilt ontvangen, meld u dan aan",
        "Help us stop email fraud", "Nechcete-li čekat na doručení, zvolte expres",
    ])
    func areNot(_ text: String) {
        #expect(OptOutVocabulary.phrase(in: text) == nil, "\(text)")
    }
}
