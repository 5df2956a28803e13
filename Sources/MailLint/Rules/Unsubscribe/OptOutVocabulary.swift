/// What an opt-out link offers.
public enum OptOutOffer: String, Sendable {
    /// It unsubscribes (or leads to the page that does).
    case unsubscribe
    /// It leads to subscription preferences, where the reader can leave.
    case preferences
}

/// How readers are offered a way out, in the languages the rules read: link texts that
/// unsubscribe or lead to subscription preferences, and the words such links carry in their
/// URLs. Adding a language is adding lines. Texts are matched folded (see `FoldedText`):
/// case, diacritics, hyphens and punctuation do not matter, whole words only (anywhere for
/// Japanese and Chinese).
enum OptOutVocabulary {
    typealias Offer = OptOutOffer

    /// Link texts (and alt texts, labels), with their language and what they offer.
    static let phrases: [(phrase: String, language: String, offer: Offer)] = [
        ("unsubscribe", "en", .unsubscribe), ("unsub", "en", .unsubscribe), ("opt out", "en", .unsubscribe),
        ("opt-out", "en", .unsubscribe),
        ("remove me", "en", .unsubscribe), ("stop receiving", "en", .unsubscribe),
        ("leave this list", "en", .unsubscribe), ("leave the list", "en", .unsubscribe),
        ("stop these emails", "en", .unsubscribe), ("stop emails", "en", .unsubscribe),
        ("no longer wish to receive", "en", .unsubscribe), ("no longer want to receive", "en", .unsubscribe),
        ("no longer receive", "en", .unsubscribe), ("to be removed", "en", .unsubscribe),
        ("be removed from", "en", .unsubscribe),
        ("manage preferences", "en", .preferences), ("manage your preferences", "en", .preferences),
        ("email preferences", "en", .preferences), ("e-mail preferences", "en", .preferences),
        ("update your preferences", "en", .preferences), ("update preferences", "en", .preferences),
        ("subscription preferences", "en", .preferences), ("manage subscription", "en", .preferences),
        ("manage subscriptions", "en", .preferences), ("manage your subscription", "en", .preferences),
        ("subscription settings", "en", .preferences), ("email settings", "en", .preferences),
        ("preference center", "en", .preferences), ("preference centre", "en", .preferences),
        ("communication preferences", "en", .preferences), ("preferences", "en", .preferences),
        ("abmelden", "de", .unsubscribe), ("abbestellen", "de", .unsubscribe), ("abmeldung", "de", .unsubscribe),
        ("austragen", "de", .unsubscribe), ("abzumelden", "de", .unsubscribe), ("abzubestellen", "de", .unsubscribe),
        ("keine e-mails mehr erhalten", "de", .unsubscribe), ("nicht mehr erhalten", "de", .unsubscribe),
        ("keine newsletter mehr erhalten", "de", .unsubscribe), ("newsletter abbestellen", "de", .unsubscribe),
        ("vom newsletter abmelden", "de", .unsubscribe), ("einstellungen verwalten", "de", .preferences),
        ("newsletter-einstellungen", "de", .preferences), ("e-mail-einstellungen", "de", .preferences),
        ("se désabonner", "fr", .unsubscribe), ("désabonner", "fr", .unsubscribe),
        ("désabonnement", "fr", .unsubscribe), ("se désinscrire", "fr", .unsubscribe),
        ("désinscrire", "fr", .unsubscribe), ("désinscription", "fr", .unsubscribe),
        ("vous désabonner", "fr", .unsubscribe), ("ne plus recevoir", "fr", .unsubscribe),
        ("gérer mes préférences", "fr", .preferences),
        ("gérer vos préférences", "fr", .preferences), ("préférences", "fr", .preferences),
        ("darse de baja", "es", .unsubscribe), ("darte de baja", "es", .unsubscribe),
        ("dar de baja", "es", .unsubscribe),
        ("cancelar suscripción", "es", .unsubscribe), ("cancelar la suscripción", "es", .unsubscribe),
        ("anular suscripción", "es", .unsubscribe), ("desuscribirse", "es", .unsubscribe),
        ("desuscribirte", "es", .unsubscribe), ("dejar de recibir", "es", .unsubscribe),
        ("no deseas recibir", "es", .unsubscribe), ("no desea recibir", "es", .unsubscribe),
        ("baja", "es", .unsubscribe), ("preferencias", "es", .preferences),
        ("descadastrar", "pt", .unsubscribe), ("descadastre-se", "pt", .unsubscribe),
        ("cancelar inscrição", "pt", .unsubscribe), ("cancelar assinatura", "pt", .unsubscribe),
        ("cancelar a inscrição", "pt", .unsubscribe), ("sair da lista", "pt", .unsubscribe),
        ("descadastramento", "pt", .unsubscribe), ("deixar de receber", "pt", .unsubscribe),
        ("não deseja mais receber", "pt", .unsubscribe), ("gerenciar preferências", "pt", .preferences),
        ("annulla iscrizione", "it", .unsubscribe), ("annullare l'iscrizione", "it", .unsubscribe),
        ("disiscriviti", "it", .unsubscribe), ("disiscrizione", "it", .unsubscribe),
        ("cancella iscrizione", "it", .unsubscribe), ("cancellati", "it", .unsubscribe),
        ("non ricevere più", "it", .unsubscribe), ("non desideri più ricevere", "it", .unsubscribe),
        ("gestisci le preferenze", "it", .preferences), ("preferenze", "it", .preferences),
        ("afmelden", "nl", .unsubscribe), ("uitschrijven", "nl", .unsubscribe), ("schrijf je uit", "nl", .unsubscribe),
        ("meld je af", "nl", .unsubscribe), ("niet langer ontvangen", "nl", .unsubscribe),
        ("geen e-mails meer ontvangen", "nl", .unsubscribe), ("uitschrijving", "nl", .unsubscribe),
        ("voorkeuren", "nl", .preferences),
        ("wypisz się", "pl", .unsubscribe), ("wypisz", "pl", .unsubscribe),
        ("zrezygnuj z subskrypcji", "pl", .unsubscribe), ("anuluj subskrypcję", "pl", .unsubscribe),
        ("rezygnacja z subskrypcji", "pl", .unsubscribe), ("wypisanie", "pl", .unsubscribe),
        ("avregistrera", "sv", .unsubscribe), ("avregistrera dig", "sv", .unsubscribe),
        ("avsluta prenumeration", "sv", .unsubscribe), ("avsluta prenumerationen", "sv", .unsubscribe),
        ("avprenumerera", "sv", .unsubscribe), ("säg upp prenumerationen", "sv", .unsubscribe),
        ("inte längre vill få", "sv", .unsubscribe), ("avanmäl", "sv", .unsubscribe), ("avanmälan", "sv", .unsubscribe),
        ("配信停止", "ja", .unsubscribe), ("購読解除", "ja", .unsubscribe), ("配信解除", "ja", .unsubscribe),
        ("登録解除", "ja", .unsubscribe), ("購読停止", "ja", .unsubscribe), ("配信設定", "ja", .preferences),
        ("退订", "zh", .unsubscribe), ("取消订阅", "zh", .unsubscribe), ("退訂", "zh", .unsubscribe),
        ("取消訂閱", "zh", .unsubscribe), ("退阅", "zh", .unsubscribe), ("订阅设置", "zh", .preferences),
        ("cancella l'iscrizione", "it", .unsubscribe), ("annulla l'iscrizione", "it", .unsubscribe),
        ("cancellami", "it", .unsubscribe), ("annulla iscrizione", "it", .unsubscribe),
        ("se désabonner de", "fr", .unsubscribe), ("me désinscrire", "fr", .unsubscribe),
        ("afmeld", "da", .unsubscribe), ("afmeld nyhedsbrev", "da", .unsubscribe), ("frameld", "da", .unsubscribe),
        ("afmelding", "da", .unsubscribe), ("administrer præferencer", "da", .preferences),
        ("meld av", "nb", .unsubscribe), ("meld deg av", "nb", .unsubscribe), ("avmelding", "nb", .unsubscribe),
        ("avslutt abonnement", "nb", .unsubscribe), ("administrer preferanser", "nb", .preferences),
        ("peruuta tilaus", "fi", .unsubscribe), ("peru tilaus", "fi", .unsubscribe),
        ("lopeta tilaus", "fi", .unsubscribe), ("tilauksen peruutus", "fi", .unsubscribe),
        ("hallinnoi asetuksia", "fi", .preferences),
        ("odhlásit", "cs", .unsubscribe), ("odhlásit se", "cs", .unsubscribe), ("odhlášení", "cs", .unsubscribe),
        ("odhlásit odběr", "cs", .unsubscribe), ("zrušit odběr", "cs", .unsubscribe),
        ("odhlásiť", "sk", .unsubscribe), ("odhlásiť sa", "sk", .unsubscribe), ("odhlásenie", "sk", .unsubscribe),
        ("zrušiť odber", "sk", .unsubscribe),
        ("leiratkozás", "hu", .unsubscribe), ("leiratkozom", "hu", .unsubscribe), ("leiratkozni", "hu", .unsubscribe),
        ("le szeretnél iratkozni", "hu", .unsubscribe), ("le szeretne iratkozni", "hu", .unsubscribe),
        ("dezabonare", "ro", .unsubscribe), ("dezabonează-te", "ro", .unsubscribe),
        ("dezabonați-vă", "ro", .unsubscribe),
        ("abonelikten çık", "tr", .unsubscribe), ("abonelikten çıkın", "tr", .unsubscribe),
        ("abonelikten çıkmak", "tr", .unsubscribe), ("aboneliği iptal et", "tr", .unsubscribe),
        ("listeden çık", "tr", .unsubscribe), ("e-posta tercihleri", "tr", .preferences),
        ("διαγραφή", "el", .unsubscribe), ("κατάργηση εγγραφής", "el", .unsubscribe),
        ("απεγγραφή", "el", .unsubscribe), ("διαγραφείτε", "el", .unsubscribe),
        ("отписаться", "ru", .unsubscribe), ("отписаться от рассылки", "ru", .unsubscribe),
        ("отказаться от рассылки", "ru", .unsubscribe), ("отписка", "ru", .unsubscribe),
        ("настройки подписки", "ru", .preferences),
        ("відписатися", "uk", .unsubscribe), ("відписатись", "uk", .unsubscribe),
        ("скасувати підписку", "uk", .unsubscribe), ("відмовитися від розсилки", "uk", .unsubscribe),
        ("수신거부", "ko", .unsubscribe), ("수신 거부", "ko", .unsubscribe), ("구독 취소", "ko", .unsubscribe),
        ("구독취소", "ko", .unsubscribe), ("수신 해지", "ko", .unsubscribe), ("수신해지", "ko", .unsubscribe),
        ("إلغاء الاشتراك", "ar", .unsubscribe), ("الغاء الاشتراك", "ar", .unsubscribe),
        ("إلغاء الإشتراك", "ar", .unsubscribe),
        ("הסרה מרשימת התפוצה", "he", .unsubscribe), ("להסרה", "he", .unsubscribe), ("הסר", "he", .unsubscribe),
        ("ביטול מנוי", "he", .unsubscribe), ("הסרה", "he", .unsubscribe),
        ("berhenti berlangganan", "id", .unsubscribe), ("hentikan langganan", "id", .unsubscribe),
        ("batal berlangganan", "id", .unsubscribe), ("berhenti langganan", "id", .unsubscribe),
        ("hủy đăng ký", "vi", .unsubscribe), ("huỷ đăng ký", "vi", .unsubscribe),
        ("ngừng nhận email", "vi", .unsubscribe), ("hủy nhận tin", "vi", .unsubscribe),
        ("ยกเลิกการรับข่าวสาร", "th", .unsubscribe), ("ยกเลิกการสมัคร", "th", .unsubscribe),
        ("ยกเลิกการติดตาม", "th", .unsubscribe), ("ยกเลิกรับอีเมล", "th", .unsubscribe),
        ("取消訂閱電子報", "zh-Hant", .unsubscribe), ("停止訂閱", "zh-Hant", .unsubscribe),
        ("訂閱設定", "zh-Hant", .preferences), ("停止订阅", "zh", .unsubscribe),
        ("メール配信停止", "ja", .unsubscribe), ("配信停止はこちら", "ja", .unsubscribe),
        // With the object particle を between the noun and the verb, as often written.
        ("購読を解除", "ja", .unsubscribe), ("配信を停止", "ja", .unsubscribe), ("配信を解除", "ja", .unsubscribe),
        ("登録を解除", "ja", .unsubscribe), ("メールマガジンの解除", "ja", .unsubscribe),
        ("メールマガジン解除", "ja", .unsubscribe), ("メルマガ解除", "ja", .unsubscribe), ("メルマガの解除", "ja", .unsubscribe),
        // "Cancel receiving …" (e-mail, news), whatever is received.
        ("ยกเลิกการรับ", "th", .unsubscribe),
        // The sentence around a "click here" link: "if you no longer wish to receive …",
        // infinitives and reflexive forms.
        ("update your subscription", "en", .preferences), ("dont want these emails", "en", .unsubscribe),
        ("ne souhaitez plus recevoir", "fr", .unsubscribe), ("vous désinscrire", "fr", .unsubscribe),
        ("non vuoi più ricevere", "it", .unsubscribe), ("non desideri più ricevere", "it", .unsubscribe),
        ("disiscriverti", "it", .unsubscribe), ("não quiser mais receber", "pt", .unsubscribe),
        ("não deseja mais receber", "pt", .unsubscribe), ("cancelar a inscrição", "pt", .unsubscribe),
        ("af te melden", "nl", .unsubscribe), ("niet meer ontvangen", "nl", .unsubscribe),
        ("afmelde dig", "da", .unsubscribe), ("melde deg av", "nb", .unsubscribe),
        ("enää vastaanottaa", "fi", .unsubscribe), ("peruuttaa tilauksen", "fi", .unsubscribe),
        ("zrezygnować z subskrypcji", "pl", .unsubscribe), ("wypisać się", "pl", .unsubscribe),
        ("abonelikten çıkmak", "tr", .unsubscribe), ("διαγραφείτε", "el", .unsubscribe),
        ("leiratkozáshoz", "hu", .unsubscribe), ("لإلغاء الاشتراك", "ar", .unsubscribe),
        ("no deseas recibir", "es", .unsubscribe), ("ikke længere modtage", "da", .unsubscribe),
        ("ikke lenger motta", "nb", .unsubscribe), ("inte längre vill få", "sv", .unsubscribe),
        ("zrezygnować z otrzymywania", "pl", .unsubscribe), ("nie chcesz otrzymywać", "pl", .unsubscribe),
        ("iratkozzon le", "hu", .unsubscribe), ("iratkozz le", "hu", .unsubscribe),
        ("nu mai doriți să primiți", "ro", .unsubscribe), ("almak istemiyorsanız", "tr", .unsubscribe),
        ("δεν επιθυμείτε να λαμβάνετε", "el", .unsubscribe),
        ("не бажаєте отримувати", "uk", .unsubscribe), ("لا ترغب في تلقي", "ar", .unsubscribe),
        ("אינך מעוניין לקבל", "he", .unsubscribe),
        ("không muốn nhận", "vi", .unsubscribe), ("ไม่ต้องการรับ", "th", .unsubscribe),
        ("配信を希望されない", "ja", .unsubscribe), ("不想再收到", "zh", .unsubscribe),
        ("수신을 원하지 않으시면", "ko", .unsubscribe), ("수신을 원치 않으시면", "ko", .unsubscribe),
        // Definite and compound forms of link texts.
        ("abonnement kündigen", "de", .unsubscribe), ("abo kündigen", "de", .unsubscribe),
        ("newsletter kündigen", "de", .unsubscribe), ("cancelar subscrição", "pt", .unsubscribe),
        ("cancelar a subscrição", "pt", .unsubscribe), ("hantera inställningar", "sv", .preferences),
        ("hantera prenumeration", "sv", .preferences), ("avslutt abonnementet", "nb", .unsubscribe),
        ("si opp abonnementet", "nb", .unsubscribe), ("peruuta uutiskirjeen tilaus", "fi", .unsubscribe),
        ("配信の停止", "ja", .unsubscribe),
        ("ביטול הרשמה", "he", .unsubscribe), ("ביטול ההרשמה", "he", .unsubscribe),
        ("batalkan langganan", "id", .unsubscribe), ("hủy nhận email", "vi", .unsubscribe),
        ("stop getting these emails", "en", .unsubscribe), ("stop getting emails", "en", .unsubscribe),
        ("turn off these emails", "en", .unsubscribe), ("turn off these notifications", "en", .unsubscribe),
        ("turn off email notifications", "en", .unsubscribe), ("leave this mailing list", "en", .unsubscribe),
        ("leave the mailing list", "en", .unsubscribe), ("how often you hear from us", "en", .preferences),
        ("não quero mais receber", "pt", .unsubscribe), ("não quero receber mais", "pt", .unsubscribe),
        ("peru tilauksesi", "fi", .unsubscribe), ("peru uutiskirjeen tilaus", "fi", .unsubscribe),
        ("notification settings", "en", .preferences), ("notification preferences", "en", .preferences),
        ("manage notifications", "en", .preferences), ("manage email notifications", "en", .preferences),
        ("remove my email", "en", .unsubscribe), ("remove my address", "en", .unsubscribe),
        ("gérer vos abonnements", "fr", .preferences), ("gérer mes abonnements", "fr", .preferences),
        ("gérer votre abonnement", "fr", .preferences), ("gérer mon abonnement", "fr", .preferences),
        ("benachrichtigungen verwalten", "de", .preferences),
        ("benachrichtigungseinstellungen", "de", .preferences),
        // German compounds joined by a hyphen fold into one word ("Newsletter-Abmeldung",
        // "E-Mail-Benachrichtigungen"), which a stem matches only from its start.
        ("newsletterabmeld*", "de", .unsubscribe), ("newsletterabbestell*", "de", .unsubscribe),
        ("emailabmeld*", "de", .unsubscribe), ("emailbenachrichtigungen verwalten", "de", .preferences),
        // Stems: the verb or noun with whatever ending, clitic or case it carries
        // ("descadastrar-se", "aboneliğinden çıkın", "Abmeldung", "отписаться").
        ("descadastr*", "pt", .unsubscribe), ("désabonn*", "fr", .unsubscribe), ("désinscri*", "fr", .unsubscribe),
        ("desuscrib*", "es", .unsubscribe), ("disiscri*", "it", .unsubscribe), ("abmeld*", "de", .unsubscribe),
        ("abbestell*", "de", .unsubscribe), ("uitschrij*", "nl", .unsubscribe), ("afmeld*", "nl", .unsubscribe),
        ("avregistr*", "sv", .unsubscribe), ("leiratkoz*", "hu", .unsubscribe), ("dezabon*", "ro", .unsubscribe),
        ("abonelikten çık*", "tr", .unsubscribe), ("aboneliğinden çık*", "tr", .unsubscribe),
        ("aboneliği iptal*", "tr", .unsubscribe), ("отпис*", "ru", .unsubscribe), ("відпис*", "uk", .unsubscribe),
        // Session 14's third probe round: a subscription centre, muting notifications,
        // "no longer want to receive" in the first person, compounds and inflected nouns of
        // "manage your subscription" ("subskrypcją", "подпиской", "tercihlerini").
        ("subscription center", "en", .preferences), ("subscription centre", "en", .preferences),
        // Muting the notifications, not one thread ("Stop watching this thread" leaves the
        // list as it is).
        ("mute these notifications", "en", .unsubscribe), ("mute notifications", "en", .unsubscribe),
        ("non voglio più ricevere", "it", .unsubscribe), ("non volete più ricevere", "it", .unsubscribe),
        ("e-postinställningar", "sv", .preferences), ("prenumerationsinställningar", "sv", .preferences),
        ("zarządzaj subskrypcją", "pl", .preferences), ("zarządzaj subskrypcjami", "pl", .preferences),
        ("ustawienia subskrypcji", "pl", .preferences), ("renunță la abonare", "ro", .unsubscribe),
        ("renunțați la abonare", "ro", .unsubscribe), ("anulează abonarea", "ro", .unsubscribe),
        ("e-posta tercih*", "tr", .preferences), ("tercihlerini yönet*", "tr", .preferences),
        ("управление подпиской", "ru", .preferences), ("управлять подпиской", "ru", .preferences),
        ("настройки рассылки", "ru", .preferences), ("керування підпискою", "uk", .preferences),
        ("구독 해지", "ko", .unsubscribe), ("구독해지", "ko", .unsubscribe),
        // Session 15: the reflexive infinitives ("per cancellarti", "para cancelar tu
        // suscripción") and a possessive inside "cancel the subscription".
        ("cancellarti", "it", .unsubscribe), ("cancellarsi", "it", .unsubscribe), ("cancellarvi", "it", .unsubscribe),
        ("cancella la tua iscrizione", "it", .unsubscribe), ("cancelar tu suscripción", "es", .unsubscribe),
        ("cancelar su suscripción", "es", .unsubscribe), ("cancelar a assinatura", "pt", .unsubscribe),
        ("cancelar sua inscrição", "pt", .unsubscribe), ("cancelar sua assinatura", "pt", .unsubscribe),
        // Session 15, link texts round 4: leaving a list, cancelling a subscription and the
        // e-mail settings in the languages whose lines were fewest.
        ("postituslistalta", "fi", .unsubscribe), ("sähköpostiasetu*", "fi", .preferences),
        ("hírlevél lemondás*", "hu", .unsubscribe), ("e-mail beállítás*", "hu", .preferences),
        ("abonelikten ayrıl*", "tr", .unsubscribe), ("aboneliğini iptal*", "tr", .unsubscribe),
        ("κατάργηση συνδρομής", "el", .unsubscribe), ("anulează abonamentul", "ro", .unsubscribe),
        ("anulați abonamentul", "ro", .unsubscribe), ("preferințe e-mail", "ro", .preferences),
        ("preferințele de e-mail", "ro", .preferences), ("отменить подписку", "ru", .unsubscribe),
        ("отмена подписки", "ru", .unsubscribe), ("управление подписками", "ru", .preferences),
        ("preferensi email", "id", .preferences), ("quản lý đăng ký", "vi", .preferences),
        ("quản lý tùy chọn", "vi", .preferences), ("إدارة التفضيلات", "ar", .preferences),
        ("メール配信の設定", "ja", .preferences), ("配信設定", "ja", .preferences),
        // Turkish "your subscription" in the accusative and ablative.
        ("aboneliğinizi iptal*", "tr", .unsubscribe), ("aboneliğinizden çık*", "tr", .unsubscribe),
        // Session 16, link texts round 5: subscription settings as one compound, the
        // imperatives of unsubscribing whose stem changes ("відпишіться", "απεγγραφείτε").
        ("abonnementeinstellung*", "de", .preferences), ("aboeinstellung*", "de", .preferences),
        ("abonnementsinstellingen", "nl", .preferences), ("abonnementsindstillinger", "da", .preferences),
        ("abonnementsinnstillinger", "nb", .preferences), ("tilausasetu*", "fi", .preferences),
        ("cancele a inscrição", "pt", .unsubscribe), ("cancele sua inscrição", "pt", .unsubscribe),
        ("απεγγραφ*", "el", .unsubscribe), ("відпиш*", "uk", .unsubscribe), ("отпиш*", "ru", .unsubscribe),
        ("ألغ اشتراكك", "ar", .unsubscribe), ("إلغاء اشتراكك", "ar", .unsubscribe),
        ("ikke længere vil modtage", "da", .unsubscribe), ("ikke længere modtage", "da", .unsubscribe),
        ("ikke lenger vil motta", "nb", .unsubscribe), ("ikke lenger motta", "nb", .unsubscribe),
        // Session 17, link texts round 6: the question with its answer left out, what the
        // reader receives, no more newsletters, notification settings as one compound.
        ("no longer interested", "en", .unsubscribe), ("change what you receive", "en", .preferences),
        ("choose what you receive", "en", .preferences), ("choose which emails you receive", "en", .preferences),
        ("keine newsletter mehr", "de", .unsubscribe), ("keine e-mails mehr", "de", .unsubscribe),
        ("benachrichtigungseinstellung*", "de", .preferences), ("e-mail-einstellung*", "de", .preferences),
        ("meldingsinstellingen", "nl", .preferences), ("e-mailvoorkeuren", "nl", .preferences),
        ("aviseringsinställningar", "sv", .preferences), ("notifikationsindstillinger", "da", .preferences),
        ("varslingsinnstillinger", "nb", .preferences), ("ilmoitusasetu*", "fi", .preferences),
        // The sentence around a vague link, round 2: not wanting to hear from the sender,
        // rather not receiving, fewer emails; "no longer want" as a question.
        ("don't want to hear from us", "en", .unsubscribe), ("do not want to hear from us", "en", .unsubscribe),
        ("rather not receive", "en", .unsubscribe), ("rather not hear from us", "en", .unsubscribe),
        ("want fewer emails", "en", .preferences), ("get fewer emails", "en", .preferences),
        ("receive fewer emails", "en", .preferences), ("no quieres recibir más", "es", .unsubscribe),
        ("no deseas recibir más", "es", .unsubscribe), ("no desea recibir más", "es", .unsubscribe),
        ("no quiere recibir más", "es", .unsubscribe), ("não quer mais receber", "pt", .unsubscribe),
        ("não deseja mais receber", "pt", .unsubscribe), ("não quer receber mais", "pt", .unsubscribe),
        ("לא מעוניינים לקבל", "he", .unsubscribe), ("לא מעוניין לקבל", "he", .unsubscribe),
        ("לא מעוניינת לקבל", "he", .unsubscribe), ("inte längre få våra", "sv", .unsubscribe),
        ("inte längre vill få", "sv", .unsubscribe), ("inte längre få e-post", "sv", .unsubscribe),
        ("inte längre få mejl", "sv", .unsubscribe), ("inte längre få nyhetsbrev", "sv", .unsubscribe),
        // Session 20, link texts round 8: taking oneself off the list, not wanting these in
        // the first person, too many e-mails, how often.
        ("dont send me these", "en", .unsubscribe), ("stop sending me", "en", .unsubscribe),
        ("remove yourself from", "en", .unsubscribe), ("take me off", "en", .unsubscribe),
        ("too many emails", "en", .preferences), ("email frequency", "en", .preferences),
        ("manage what you receive", "en", .preferences), ("control what you receive", "en", .preferences),
        ("se retirer de la liste", "fr", .unsubscribe), ("me retirer de la liste", "fr", .unsubscribe),
        ("eliminarme de la lista", "es", .unsubscribe), ("sácame de la lista", "es", .unsubscribe),
        ("rimuovimi", "it", .unsubscribe), ("geen nieuwsbrief meer", "nl", .unsubscribe),
        ("geen nieuwsbrieven meer", "nl", .unsubscribe), ("avsluta utskick", "sv", .unsubscribe),
        ("stop med at modtage", "da", .unsubscribe), ("slutt å motta", "nb", .unsubscribe),
        ("nechci dostávat", "cs", .unsubscribe), ("nechcem dostávať", "sk", .unsubscribe),
        ("отказаться от писем", "ru", .unsubscribe), ("отказаться от рассылок", "ru", .unsubscribe),
        ("δεν θέλω να λαμβάνω", "el", .unsubscribe), ("nem kérek több", "hu", .unsubscribe),
        ("almak istemiyorum", "tr", .unsubscribe), ("不再接收", "zh", .unsubscribe),
        ("通知をオフ", "ja", .unsubscribe),
        // The sentence before a plain-text link, round 3.
        ("not interested anymore", "en", .unsubscribe), ("remove yourself", "en", .unsubscribe),
        ("não receber mais", "pt", .unsubscribe), ("inte få fler", "sv", .unsubscribe),
        ("ikke at modtage flere", "da", .unsubscribe), ("ikke modtage flere", "da", .unsubscribe),
        ("ikke flere e-poster", "nb", .unsubscribe), ("ikke motta flere", "nb", .unsubscribe),
        ("отказаться от получения", "ru", .unsubscribe), ("tidak ingin lagi menerima", "id", .unsubscribe),
        ("メールが不要な", "ja", .unsubscribe), ("配信不要", "ja", .unsubscribe), ("不希望再收到", "zh", .unsubscribe),
        ("不希望收到", "zh", .unsubscribe),
        // Session 23, link texts round 10: not receiving any more, in the infinitive and in
        // the first person.
        ("no recibir más", "es", .unsubscribe), ("no recibir mas", "es", .unsubscribe),
        ("en halua enää näitä", "fi", .unsubscribe), ("en halua enää viestejä", "fi", .unsubscribe),
        ("en halua enää sähköposteja", "fi", .unsubscribe), ("メールを受け取らない", "ja", .unsubscribe),
        ("今後受け取らない", "ja", .unsubscribe),
        // Session 24: French no longer following, as one phrase: "ne plus" and "suivi" as
        // parts would read "pour ne plus manquer le suivi de votre commande".
        ("ne plus suivre", "fr", .unsubscribe), ("ne plus surveiller", "fr", .unsubscribe),
        // Session 27, link texts round 12: fewer e-mails, no more of them, off the mailing list.
        ("fewer emails", "en", .preferences), ("email me less", "en", .preferences),
        ("less email", "en", .preferences), ("no more emails", "en", .unsubscribe),
        ("vom verteiler nehmen", "de", .unsubscribe), ("aus dem verteiler nehmen", "de", .unsubscribe),
        ("vom verteiler entfernen", "de", .unsubscribe), ("aus dem verteiler entfernen", "de", .unsubscribe),
        ("keine werbung mehr", "de", .unsubscribe), ("keine e-mails mehr", "de", .unsubscribe),
        ("keine newsletter mehr", "de", .unsubscribe), ("desinscrever", "pt", .unsubscribe),
        ("desinscreva-se", "pt", .unsubscribe), ("geen mails meer", "nl", .unsubscribe),
        ("geen e-mails meer", "nl", .unsubscribe), ("reserver deg mot", "nb", .unsubscribe),
        ("reservere deg mot", "nb", .unsubscribe), ("reserver meg mot", "nb", .unsubscribe),
        ("не получать больше", "ru", .unsubscribe), ("keluar dari milis", "id", .unsubscribe),
        ("keluar dari daftar", "id", .unsubscribe), ("keluar dari mailing list", "id", .unsubscribe),
        ("nu mai trimiteți e-mailuri", "ro", .unsubscribe), ("nu mai trimiteti e-mailuri", "ro", .unsubscribe),
        ("nu-mi mai trimiteți", "ro", .unsubscribe), ("邮件设置", "zh", .preferences), ("邮件偏好", "zh", .preferences),
        ("郵件設定", "zh", .preferences), ("no longer want to hear from us", "en", .unsubscribe),
        ("dont want to hear from us", "en", .unsubscribe), ("do not want to hear from us", "en", .unsubscribe),
        ("no longer wish to hear from us", "en", .unsubscribe), ("받아보지 않게", "ko", .unsubscribe),
        // Link texts round 13: leaving the mailing list, "don't send me more", the settings of
        // e-mail and of the newsletter written as one word.
        ("leave mailing list", "en", .unsubscribe), ("leave the mailing list", "en", .unsubscribe),
        ("leave our mailing list", "en", .unsubscribe), ("leave this mailing list", "en", .unsubscribe),
        ("dont email me", "en", .unsubscribe), ("do not email me", "en", .unsubscribe),
        ("unfollow", "en", .unsubscribe), ("kommunikationseinstellungen", "de", .preferences),
        ("non inviarmi più", "it", .unsubscribe), ("non mandarmi più", "it", .unsubscribe),
        ("não enviar mais", "pt", .unsubscribe), ("não me envie mais", "pt", .unsubscribe),
        ("nieuwsbriefvoorkeuren", "nl", .preferences), ("inga fler mejl", "sv", .unsubscribe),
        ("inga fler nyhetsbrev", "sv", .unsubscribe), ("nyhedsbrevsindstillinger", "da", .preferences),
        ("avmeld", "nb", .unsubscribe), ("avmelding", "nb", .unsubscribe),
        ("e-postinnstillinger", "nb", .preferences), ("nie wysyłaj mi więcej", "pl", .unsubscribe),
        ("nie wysyłajcie mi więcej", "pl", .unsubscribe), ("už mi neposílejte", "cs", .unsubscribe),
        ("neposílejte mi e-maily", "cs", .unsubscribe), ("ne küldjenek több", "hu", .unsubscribe),
        ("ne küldjön több", "hu", .unsubscribe), ("bültenden çık", "tr", .unsubscribe),
        ("bültenden çıkın", "tr", .unsubscribe), ("artık e-posta gönderme", "tr", .unsubscribe),
        ("bana e-posta gönderme", "tr", .unsubscribe), ("προτιμήσεις email", "el", .preferences),
        ("не присылать больше", "ru", .unsubscribe), ("больше не присылать", "ru", .unsubscribe),
        ("не присылайте больше", "ru", .unsubscribe), ("تفضيلات البريد الإلكتروني", "ar", .preferences),
        ("tùy chọn email", "vi", .preferences), ("tuỳ chọn email", "vi", .preferences),
        ("ตั้งค่าอีเมล", "th", .preferences), ("수신 설정", "ko", .preferences),
        // Link texts round 14: the reader's subscriptions, and wanting to leave in the first
        // person.
        ("my subscriptions", "en", .preferences), ("meine abonnements", "de", .preferences),
        ("mes abonnements", "fr", .preferences), ("mis suscripciones", "es", .preferences),
        ("le mie iscrizioni", "it", .preferences), ("minhas assinaturas", "pt", .preferences),
        ("mijn abonnementen", "nl", .preferences), ("mina prenumerationer", "sv", .preferences),
        ("mine abonnementer", "da", .preferences), ("moje subskrypcje", "pl", .preferences),
        ("moje odběry", "cs", .preferences), ("moje odbery", "sk", .preferences),
        ("előfizetéseim", "hu", .preferences), ("abonamentele mele", "ro", .preferences),
        ("aboneliklerim", "tr", .preferences), ("οι συνδρομές μου", "el", .preferences),
        ("мои подписки", "ru", .preferences), ("мої підписки", "uk", .preferences),
        ("我的订阅", "zh", .preferences), ("我的訂閱", "zh", .preferences), ("내 구독", "ko", .preferences),
        ("اشتراكاتي", "ar", .preferences), ("המינויים שלי", "he", .preferences),
        ("langganan saya", "id", .preferences), ("đăng ký của tôi", "vi", .preferences),
        ("การสมัครรับของฉัน", "th", .preferences), ("change what we send", "en", .preferences),
        ("melde meg av", "nb", .unsubscribe), ("wypisać się", "pl", .unsubscribe), ("się wypisać", "pl", .unsubscribe),
        ("le szeretnék iratkozni", "hu", .unsubscribe), ("να διαγραφώ", "el", .unsubscribe),
        ("להסיר את עצמי", "he", .unsubscribe),
        // Link texts round 15: consent withdrawn in the scripts whose words run together (see
        // `Part.consent`), leaving a group's mail, fewer e-mails said as one phrase.
        ("同意を撤回", "ja", .unsubscribe), ("同意の撤回", "ja", .unsubscribe), ("撤回同意", "zh", .unsubscribe),
        ("撤销同意", "zh", .unsubscribe), ("撤銷同意", "zh-Hant", .unsubscribe), ("동의 철회", "ko", .unsubscribe),
        ("동의를 철회", "ko", .unsubscribe), ("leave this group", "en", .unsubscribe),
        ("leave the group", "en", .unsubscribe), ("daha az e-posta", "tr", .preferences),
        ("配信頻度", "ja", .preferences), ("수신 빈도", "ko", .preferences),
        ("e-mailfrequentie", "nl", .preferences), ("e-mail-hyppighed", "da", .preferences),
        ("e-posta sıklığ*", "tr", .preferences), ("switch to a weekly digest", "en", .preferences),
        ("switch to a daily digest", "en", .preferences), ("switch to weekly digest", "en", .preferences),
        ("switch to daily digest", "en", .preferences), ("unregister from", "en", .unsubscribe),
        ("opt me out", "en", .unsubscribe), ("take a break from emails", "en", .preferences),
        ("e-mail-pause", "de", .preferences),
    ]

    /// The phrase automaton, built once.
    static let matcher = PhraseMatcher<(language: String, offer: Offer)>(
        phrases.map { ($0.phrase, ($0.language, $0.offer)) })

    /// Words that opt-out URLs carry in their path or query, lowercase ASCII; matched as
    /// substrings of the URL after its host.
    static let urlWords: [(word: String, offer: Offer)] = [
        ("unsubscribe", .unsubscribe), ("unsub", .unsubscribe), ("optout", .unsubscribe), ("opt-out", .unsubscribe),
        ("opt_out", .unsubscribe), ("abmelden", .unsubscribe), ("abbestellen", .unsubscribe),
        ("austragen", .unsubscribe),
        ("desuscrib", .unsubscribe), ("cancelar-suscripcion", .unsubscribe), ("cancellami", .unsubscribe),
        ("desinscri", .unsubscribe), ("desabonn", .unsubscribe), ("d%c3%a9sabonn", .unsubscribe),
        ("d%c3%a9sinscri", .unsubscribe), ("darse-de-baja", .unsubscribe), ("/baja", .unsubscribe),
        ("descadastr", .unsubscribe), ("disiscri", .unsubscribe), ("afmelden", .unsubscribe),
        ("uitschrijven", .unsubscribe), ("wypisz", .unsubscribe), ("avregistr", .unsubscribe),
        ("avprenumer", .unsubscribe), ("/leave", .unsubscribe), ("/remove", .unsubscribe), ("-leave@", .unsubscribe),
        ("mailman/options", .unsubscribe), ("listinfo", .unsubscribe), ("subject=unsubscribe", .unsubscribe),
        ("preferences", .preferences), ("preference-center", .preferences), ("preference_center", .preferences),
        ("manage-subscription", .preferences), ("subscription-center", .preferences),
        ("email-settings", .preferences), ("afmeld", .unsubscribe), ("odhlas", .unsubscribe),
        ("leiratkoz", .unsubscribe), ("dezabon", .unsubscribe), ("otpis", .unsubscribe),
    ]

    /// `urlWords`, searched in one pass.
    static let urlWordTable = ByteWordTable(urlWords.map(\.word))

    /// The URL word `url` carries after its host (anywhere in a URL without `//`), ignoring
    /// ASCII case, or nil.
    static func urlWord(in url: String) -> (word: String, offer: Offer)? {
        let bytes = Array(url.utf8)
        var start = 0
        if let authority = ASCIISearch.firstIndex(of: Array("://".utf8), in: bytes, from: 0) {
            start = authority + 3
            while start < bytes.count, bytes[start] != UInt8(ascii: "/"), bytes[start] != UInt8(ascii: "?") {
                start += 1
            }
        }
        guard start < bytes.count, let index = urlWordTable.firstListed(in: bytes, from: start) else { return nil }
        return urlWords[index]
    }

    /// The first opt-out phrase in `text`, or else the first opt-out said in two parts
    /// (`pair(in:)`): what was written, its language and offer.
    static func phrase(in text: String) -> (written: String, language: String, offer: Offer)? {
        guard !text.isEmpty else { return nil }
        let folded = FoldedText(text)
        let others = otherSettingsMatcher.matches(in: folded.scalars)
        if let match = matcher.matches(in: folded.scalars).filter({ !isOtherSettings($0.range, in: others) })
            .min(by: { $0.range.lowerBound < $1.range.lowerBound })
        {
            return (folded.written(match.range, in: text), match.payload.language, match.payload.offer)
        }
        guard let pair = pair(in: folded) else { return nil }
        return (folded.written(pair.range, in: text), pair.language, pair.offer)
    }
}
