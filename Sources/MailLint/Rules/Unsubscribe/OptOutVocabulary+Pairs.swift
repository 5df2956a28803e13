/// Opt-outs said in two parts with words between them, which no phrase can list: a verb of
/// stopping and the mail it stops ("Stop all marketing emails", "Alle Marketing-E-Mails
/// stoppen", "すべてのマーケティングメールを停止"), the settings of a subscription or of the
/// notifications ("Paramètres d'abonnement", "Ustawienia subskrypcji", "購読設定", "通知設定",
/// "Abo verwalten"), "no longer" and a verb of receiving ("diese E-Mails nicht mehr zu
/// erhalten", "больше не получать"), not wanting the mail across a verb of receiving ("no
/// quieres recibir notificaciones"), or a verb of cancelling or stopping and the subscription
/// or the following it ends ("säga upp din prenumeration", "снять подписку", "interrompre le
/// suivi de cette discussion", "取消对该主题的订阅"). Parts of one language that complete each
/// other, in either order, at most two words apart and in one sentence (or a question and its
/// answer); "at any time" between them does not part them ("Puoi annullare in qualsiasi
/// momento la tua iscrizione").
extension OptOutVocabulary {
    /// The kinds of part.
    enum Part: Sendable {
        /// A verb or noun of stopping ("stop", "arrêter", "停止").
        case stop
        /// The mail stopped ("emails", "newsletters", "письма").
        case mail
        /// Settings or preferences, or managing them ("settings", "Einstellungen", "設定",
        /// "verwalten").
        case settings
        /// The subscription or the notifications they are of ("subscription", "abonnement",
        /// "購読", "notifications", "通知").
        case subscription
        /// "No longer" ("nicht mehr", "больше не", "nu mai").
        case noLonger
        /// A verb of receiving ("erhalten", "получать", "primi").
        case receive
        /// Not wanting ("don't want", "no quieres", "не желаете"), which completes only the mail
        /// or notifications not wanted, the verb of receiving between them: "if you don't want
        /// to receive these notifications", not "if you don't want to receive your order late".
        case notWanting
        /// Wanting, where the verb comes last and the negation goes with the mail ("möchten",
        /// "wilt"): an opt-out only with that negation, the verb of receiving between the parts
        /// or right after them ("keine weiteren E-Mails erhalten möchten", "Möchten Sie keine
        /// Benachrichtigungen erhalten?"), not "Wenn Sie Benachrichtigungen erhalten möchten".
        case wanting
        /// The negation that goes with `wanting` ("keine", "nicht", "geen"), completing nothing.
        case negation
        /// A verb or noun of cancelling or ending ("säga upp", "cancelar", "снять", "取消").
        case cancel
        /// The following or watching of a topic or thread, which a forum's notifications are
        /// ("suivi", "מעקב", "seuraamasta", "sledování"): a subscription only when it is
        /// stopped, cancelled or no longer wanted.
        case following
        /// "At any time" ("in qualsiasi momento", "à tout moment", "w każdej chwili"), which
        /// completes nothing: words of it between two parts do not count as their distance.
        case anytime
        /// The reader's consent to the mail ("consent", "Einwilligung", "согласие"): an
        /// opt-out when it is withdrawn or cancelled ("Withdraw consent", "Einwilligung
        /// widerrufen", "Отозвать согласие"), not when it is managed (cookie consent).
        case consent
        /// A verb of withdrawing or revoking ("withdraw", "widerrufen", "отозвать"), which
        /// completes only the consent: "Withdraw funds" and "Widerrufsbelehrung" stay what
        /// they are.
        case withdraw
        /// Fewer ("fewer", "weniger", "меньше"), which with the mail is a choice of how much
        /// of it comes: "Receive fewer emails", "Weniger E-Mails erhalten".
        case fewer
        /// How often ("frequency", "Häufigkeit", "частоту"), which with the mail is the same
        /// choice: "Change email frequency", not "Change delivery frequency".
        case frequency
        /// "No more" ("no more", "inga fler", "ingen flere"), which with the mail right after it
        /// stops it: "No more offers", not "No more missed offers".
        case noMore
        /// A verb of refusing or blocking ("block", "refuser", "拒收"), which with the mail or
        /// the subscription keeps it out: "Block marketing emails", not "Block this card" or
        /// "Decline the invitation" (no verb of declining: invitations are mail).
        case refuse
        /// Junk ("spam", "phishing", "indésirables", "垃圾"), which right beside the mail makes
        /// it other people's: "Block spam emails", "Stop phishing emails" are advice, not a
        /// way out. Completes nothing.
        case junk

        /// Whether the part qualifies only the mail right beside it: "fewer emails", not
        /// "Spend less time on emails".
        var needsItsMailBeside: Bool { self == .fewer || self == .noMore }

        /// The parts that complete this one, and what the two offer.
        var completions: [(part: Part, offer: Offer)] {
            switch self {
            case .stop: [(.mail, .unsubscribe), (.subscription, .unsubscribe), (.following, .unsubscribe)]
            case .mail:
                [
                    (.stop, .unsubscribe), (.notWanting, .unsubscribe), (.wanting, .unsubscribe),
                    (.fewer, .preferences), (.frequency, .preferences), (.noMore, .unsubscribe),
                    (.refuse, .unsubscribe),
                ]
            case .settings: [(.subscription, .preferences)]
            case .subscription:
                [
                    (.settings, .preferences), (.cancel, .unsubscribe), (.stop, .unsubscribe),
                    (.notWanting, .unsubscribe), (.wanting, .unsubscribe), (.refuse, .unsubscribe),
                ]
            case .noLonger: [(.receive, .unsubscribe), (.following, .unsubscribe)]
            case .receive: [(.noLonger, .unsubscribe)]
            case .cancel: [(.subscription, .unsubscribe), (.following, .unsubscribe), (.consent, .unsubscribe)]
            case .following: [(.cancel, .unsubscribe), (.stop, .unsubscribe), (.noLonger, .unsubscribe)]
            case .notWanting, .wanting: [(.mail, .unsubscribe), (.subscription, .unsubscribe)]
            case .consent: [(.withdraw, .unsubscribe), (.cancel, .unsubscribe)]
            case .withdraw: [(.consent, .unsubscribe)]
            case .fewer, .frequency: [(.mail, .preferences)]
            case .noMore: [(.mail, .unsubscribe)]
            case .refuse: [(.mail, .unsubscribe), (.subscription, .unsubscribe)]
            case .junk: []
            case .negation: []
            case .anytime: []
            }
        }
    }

    /// The parts, by language; several words of a part in one string separated by `|`.
    static let parts: [(language: String, part: Part, words: String)] = [
        // The notifications count as the mail they stop: "Turn off email notifications",
        // "Désactiver les notifications par e-mail".
        ("en", .stop, "stop|pause|turn off|mute"),
        ("en", .mail, "emails|marketing emails|promotional emails|newsletters"),
        ("en", .mail, "updates|email updates|email notifications"),
        ("en", .settings, "settings|preferences|options|manage"),
        ("en", .subscription, "subscription|subscriptions|notifications|notification"),
        ("de", .stop, "stoppen|beenden|abstellen|deaktivieren|abschalten|ausschalten"),
        ("de", .mail, "emails|mails|marketingemails|newsletter|emailbenachrichtigungen"),
        ("de", .settings, "einstellungen|verwalten"),
        ("de", .subscription, "abonnement|abo|newsletter|benachrichtigungen|benachrichtigung|e-mails|emails"),
        ("fr", .stop, "arrêter|arrêtez|stopper|désactiver|désactivez"),
        ("fr", .mail, "e-mails|emails|courriels|mails|newsletters|notifications"),
        ("fr", .settings, "paramètres|préférences|réglages|gérer|modifier"),
        ("fr", .subscription, "abonnement|abonnements|notification|notifications"),
        ("es", .stop, "detener|parar|dejar de recibir|desactivar|desactiva"),
        ("es", .mail, "correos|emails|mensajes|boletines|notificaciones"),
        ("es", .settings, "configuración|ajustes|preferencias|gestionar|administrar"),
        ("es", .subscription, "suscripción|suscripciones|notificaciones|notificación"),
        ("it", .stop, "interrompi|interrompere|blocca|disattiva|disattivare"),
        ("it", .mail, "email|e-mail|messaggi|newsletter|notifiche"),
        ("it", .settings, "impostazioni|preferenze|gestisci|gestire"),
        ("it", .subscription, "iscrizione|abbonamento|notifiche|notifica"),
        ("pt", .stop, "parar|pare|interromper|deixar de receber|desativar|desative"),
        ("pt", .mail, "e-mails|emails|mensagens|notificações"),
        ("pt", .settings, "configurações|preferências|definições|gerenciar|gerir"),
        ("pt", .subscription, "assinatura|inscrição|notificação|notificações|notificacao|notificacoes"),
        ("nl", .stop, "stop|stoppen|uitschakelen|uitzetten"),
        ("nl", .mail, "e-mails|mails|marketingmails|nieuwsbrieven|e-mailmeldingen|meldingen"),
        ("nl", .settings, "instellingen|voorkeuren|beheren|beheer"),
        ("nl", .subscription, "abonnement|meldingen|notificaties"),
        ("sv", .stop, "stoppa|sluta få|sluta|stäng av"),
        ("sv", .mail, "mejl|e-post|marknadsföringsmejl|utskick|e-postaviseringar|aviseringar"),
        ("sv", .settings, "inställningar"), ("sv", .subscription, "prenumeration|prenumerationen|aviseringar|notiser"),
        ("da", .stop, "stop|stoppe|slå"), ("da", .mail, "e-mails|mails|markedsføringsmails|e-mailnotifikationer"),
        ("da", .settings, "indstillinger"), ("da", .subscription, "abonnement|notifikationer|meddelelser"),
        ("nb", .stop, "stopp|stoppe|slå av"), ("nb", .mail, "e-post|e-poster|markedsføring|e-postvarsler|varsler"),
        ("nb", .settings, "innstillinger"), ("nb", .subscription, "abonnement|varsler|varslinger"),
        ("fi", .stop, "lopeta|lopettaa"),
        ("fi", .mail, "markkinointiviestit|viestit|sähköpostit|uutiskirjeet|sähköpostien"),
        ("fi", .settings, "asetukset"), ("fi", .subscription, "tilaus|tilauksen|ilmoitukset|ilmoitusten"),
        ("pl", .stop, "zatrzymaj|wyłącz|przestać|rezygnacja|zrezygnuj"),
        ("pl", .mail, "e-maile|wiadomości|newslettery|newslettera|powiadomienia"),
        ("pl", .settings, "ustawienia"), ("pl", .subscription, "subskrypcji|powiadomień|powiadomienia"),
        ("cs", .stop, "zastavit|zastavte|vypnout"), ("cs", .mail, "e-maily|zprávy|e-mailová oznámení|oznámení"),
        ("cs", .settings, "nastavení"), ("cs", .subscription, "odběru|oznámení|upozornění"),
        ("sk", .stop, "zastaviť|zastavte|vypnúť"), ("sk", .mail, "e-maily|správy"),
        ("sk", .settings, "nastavenia"), ("sk", .subscription, "odberu|upozornení|oznámení"),
        ("hu", .stop, "leállítása|leállítás|kikapcsolása|kikapcsolás"),
        ("hu", .mail, "e-mail|e-mailek|hírlevél|értesítések"),
        ("hu", .settings, "beállítások|beállítás"),
        ("hu", .subscription, "feliratkozási|feliratkozás|értesítési|értesítések"),
        ("ro", .stop, "opriți|oprește|opriti"), ("ro", .mail, "e-mailurile|e-mailuri|mesajele"),
        ("ro", .settings, "setări|setările"),
        ("ro", .subscription, "abonament|abonamentului|notificări|notificărilor|notificari"),
        ("tr", .stop, "durdur|durdurun|durdurmak|kapat|kapatın"),
        ("tr", .mail, "e-postalarını|e-postaları|e-postalar|bildirimlerini|bildirimleri"),
        ("tr", .settings, "ayarları|ayarlar"), ("tr", .subscription, "abonelik|bildirim|bildirimler|bildirimleri"),
        ("el", .stop, "διακοπή|σταματήστε"),
        ("el", .mail, "email|μηνυμάτων|διαφημιστικών email|διαφημιστικών μηνυμάτων"),
        ("el", .settings, "ρυθμίσεις"), ("el", .subscription, "συνδρομής|ειδοποιήσεων|ειδοποιήσεις"),
        ("ru", .stop, "остановить|отключить|прекратить"), ("ru", .mail, "письма|рассылки|рассылку|уведомления"),
        ("ru", .settings, "настройки"), ("ru", .subscription, "подписки|уведомлений|уведомления"),
        ("uk", .stop, "зупинити|вимкнути|припинити"), ("uk", .mail, "листи|розсилки|розсилку"),
        ("uk", .settings, "налаштування"), ("uk", .subscription, "підписки|сповіщень|сповіщення"),
        ("ar", .stop, "إيقاف|أوقف|لإيقاف"), ("ar", .mail, "رسائل|الرسائل"),
        ("ar", .settings, "إعدادات"), ("ar", .subscription, "الاشتراك|الإشعارات|الاشعارات"),
        ("he", .stop, "הפסקת|להפסיק|הפסק"), ("he", .mail, "הודעות|מיילים|המיילים"),
        ("he", .settings, "הגדרות"), ("he", .subscription, "מינוי|דיוור|התראות|ההתראות"),
        ("id", .stop, "hentikan|berhenti|matikan|nonaktifkan"), ("id", .mail, "email|notifikasi"),
        ("id", .settings, "pengaturan"),
        ("id", .subscription, "langganan|notifikasi"), ("vi", .stop, "dừng|ngừng|tắt"),
        ("vi", .mail, "email|thông báo"),
        ("vi", .settings, "cài đặt"), ("vi", .subscription, "đăng ký|thông báo"),
        ("th", .stop, "หยุดรับ|หยุด|ปิด"), ("th", .mail, "อีเมล|การแจ้งเตือน"), ("th", .settings, "การตั้งค่า"),
        ("th", .subscription, "การสมัครรับ|การแจ้งเตือน"), ("ja", .stop, "停止"), ("ja", .mail, "メール"),
        ("ja", .settings, "設定"), ("ja", .subscription, "購読|通知"), ("ko", .stop, "중지|중단|끄기"),
        ("ko", .mail, "이메일|메일"), ("ko", .settings, "설정"), ("ko", .subscription, "구독|알림"),
        ("zh", .stop, "停止|关闭"), ("zh", .mail, "邮件"), ("zh", .settings, "设置"), ("zh", .subscription, "订阅|通知"),
        ("zh-Hant", .stop, "停止|關閉"), ("zh-Hant", .mail, "郵件"), ("zh-Hant", .settings, "設定"),
        ("zh-Hant", .subscription, "訂閱|通知"),
        ("de", .noLonger, "nicht mehr"), ("de", .receive, "erhalten|bekommen|empfangen|zusenden|zuschicken"),
        ("ar", .noLonger, "لا أرغب في|لا أريد|لم أعد أرغب في|لا أود"), ("ar", .receive, "تلقي|استلام|استقبال"),
        ("fr", .noLonger, "ne souhaite plus|ne veux plus|ne voulez plus"), ("fr", .receive, "recevoir"),
        ("ro", .noLonger, "nu mai"), ("ro", .receive, "primi|primiți|primesc"), ("ru", .noLonger, "больше не"),
        ("ru", .receive, "получать|получить"), ("uk", .noLonger, "більше не"), ("uk", .receive, "отримувати|отримати"),
        ("el", .noLonger, "πλέον"), ("el", .receive, "λαμβάνετε|λαμβάνεις"), ("hu", .noLonger, "nem szeretne több"),
        ("hu", .receive, "kapni"), ("es", .noLonger, "no quiero|ya no"), ("es", .receive, "recibir"),
        ("pl", .noLonger, "nie chcesz już|nie chcą już|nie chcesz więcej|nie chcę"),
        ("pl", .receive, "otrzymywać|otrzymać|dostawać"), ("ru", .noLonger, "не хотите больше|не хочешь больше"),
        ("uk", .noLonger, "не бажаєте більше|не хочете більше"), ("fi", .noLonger, "enää"),
        ("fi", .receive, "saada|vastaanottaa"), ("tr", .noLonger, "istemiyor musunuz|istemiyorsanız|istemiyorsan"),
        ("tr", .receive, "almak|almayı"), ("ko", .noLonger, "더 이상"),
        ("ko", .receive, "받고|받지|수신을|수신하고"),
        // Session 24: cancelling or stopping a subscription or the following of a topic, and
        // the forms of the subscription those verbs take ("подписку", "abonnementet",
        // "συνδρομή"), after the topic-subscription lines of forum packs were missed.
        ("en", .cancel, "cancel"), ("de", .cancel, "kündigen|kündige|beenden|beende"),
        ("fr", .cancel, "annuler|annulez|résilier|résiliez|interrompre|interrompez|supprimer"),
        ("fr", .following, "suivi"), ("es", .cancel, "cancelar|cancela|cancele|anular"),
        ("it", .cancel, "annullare|annulla|cancellare|cancella|rimuovere|rimuovi|interrompere"),
        ("it", .subscription, "sottoscrizione"), ("pt", .cancel, "cancelar|cancele|cancela|anular"),
        ("pt", .subscription, "subscrição|subscricao"), ("nl", .cancel, "beëindig|beëindigen|opzeggen|zeg"),
        ("nl", .subscription, "abbonement"), ("nl", .mail, "attendering|attenderingen"),
        ("sv", .cancel, "säga upp|säg upp|avsluta|avbryt"), ("da", .cancel, "annullere|anullere|opsige|opsig"),
        ("nb", .cancel, "avslutte|avslutt|si opp"), ("nb", .subscription, "abonnementet"),
        ("fi", .cancel, "lakata|lakkaa|peru|perua|peruuttaa|peruuta"),
        ("fi", .following, "seuraamasta|seuraaminen|seurata|seuranta|seurannan"),
        ("pl", .cancel, "anuluj|anulować|zrezygnować|wypisać"), ("cs", .cancel, "zrušit|zrušte"),
        ("sk", .cancel, "zrušiť|zrušte"), ("hu", .cancel, "lemondása|lemondás|lemond"),
        ("ro", .cancel, "anulează|anulați|anulati|anula"), ("tr", .cancel, "iptal"),
        ("el", .cancel, "διακόψετε|διακόψτε|ακυρώστε|ακύρωση"), ("el", .subscription, "συνδρομή|συνδρομή σας"),
        ("ru", .cancel, "снять|отказаться|отказа|отказ|отменить"), ("ru", .subscription, "подписку|подписка"),
        ("uk", .cancel, "зняти|скасувати|відмовитися"), ("uk", .subscription, "підписку|підписка"),
        ("ar", .cancel, "إلغاء|الغاء|لإلغاء|لالغاء"), ("ar", .subscription, "اشتراكك|إشتراكك|اشتراك|إشتراك"),
        ("he", .cancel, "לבטל|בטל|ביטול"), ("he", .subscription, "עדכונים"), ("he", .following, "מעקב"),
        ("id", .cancel, "batalkan|membatalkan"), ("vi", .cancel, "hủy|huỷ|bỏ"), ("vi", .subscription, "đăng kí"),
        ("th", .cancel, "ยกเลิก"), ("ja", .stop, "止める|やめる"), ("ja", .mail, "お知らせ"),
        ("ja", .cancel, "解除|取り消し"), ("ko", .cancel, "취소|해지"), ("zh", .cancel, "取消"),
        ("zh-Hant", .cancel, "取消"),
        // The stop-watching line of forum topic notifications: stopping, ending or no longer
        // wanting the following or watching of a topic ("Stop overvågning af emne", "Παύση
        // παρακολούθησης", "dejar de seguir este tema", "niet meer wilt volgen").
        ("de", .following, "beobachten|beobachtung"),
        ("cs", .cancel, "ukončit|ukončete"), ("cs", .following, "sledování|sledovat"),
        ("cs", .noLonger, "nadále nechcete|již nechcete|už nechcete"), ("da", .following, "overvågning|overvåge"),
        ("da", .noLonger, "ikke længere"), ("el", .stop, "παύση"), ("el", .following, "παρακολούθησης|παρακολούθηση"),
        ("es", .stop, "dejar de"), ("es", .following, "seguir"), ("nl", .noLonger, "niet meer"),
        ("nl", .following, "volgen"), ("pt", .following, "observar|acompanhar"),
        ("fr", .noLonger, "ne souhaitez plus"), ("fr", .following, "surveiller"),
        ("pt", .following, "visualizar"), ("tr", .following, "takip|takip etmek"), ("tr", .stop, "bırak|bırakın"),
        ("tr", .subscription, "abone|abone olmayı"), ("zh", .following, "关注"), ("zh-Hant", .following, "關注|追蹤"),
        ("ar", .following, "متابعة|بمتابعة"), ("ar", .stop, "توقف"),
        ("ar", .noLonger, "لم ترغب في|لم تكن ترغب|لا ترغب في|لم تعد ترغب في"), ("he", .following, "לעקוב"),
        ("he", .noLonger, "אינך מעוניין יותר|לא מעוניין יותר|אינך רוצה יותר"),
        ("he", .subscription, "הרשמתך|ההרשמה|הרשמה"), ("uk", .following, "стежити|стеження"),
        ("ro", .following, "urmăriți|urmărirea|urmărire"), ("vi", .following, "theo dõi"),
        // Round 11: following a topic in every language of the vocabulary, with the "no
        // longer" and stopping words the real lines had not shown.
        ("it", .following, "seguire|controllare"), ("it", .stop, "smetti di|smettere di"),
        ("it", .noLonger, "non vuoi più|non desideri più|non vuoi piu|non desideri piu"),
        ("sv", .following, "bevaka|bevakning|bevakningen|följa"), ("sv", .noLonger, "inte längre"),
        ("nb", .following, "følge|overvåke|overvåking"), ("nb", .stop, "slutt å|slutt"),
        ("nb", .noLonger, "ikke lenger"), ("pl", .following, "obserwować|obserwowanie|śledzić|śledzenie"),
        ("pl", .stop, "przestań|przestańcie"), ("sk", .following, "sledovanie|sledovať"),
        ("sk", .noLonger, "už nechcete|viac nechcete"),
        ("hu", .following, "követni|követésének|követését|követés|figyelni|figyelés|figyelését"),
        ("hu", .noLonger, "nem kívánod|nem kívánja|nem szeretnéd|a továbbiakban nem"),
        ("ru", .following, "отслеживать|отслеживание|следить|слежение"),
        ("id", .following, "mengikuti|memperhatikan"), ("id", .noLonger, "tidak ingin lagi|sudah tidak ingin"),
        ("th", .following, "ติดตาม"), ("th", .stop, "เลิก"), ("th", .noLonger, "ไม่ต้องการ"),
        ("ja", .following, "フォロー|監視"), ("ko", .following, "팔로우"), ("da", .following, "følge"),
        ("de", .following, "folgen"), ("pt", .stop, "deixar de|deixe de"), ("pt", .following, "seguir"),
        ("cs", .stop, "přestat|přestaňte"), ("ro", .following, "urmări"),
        ("en", .following, "watching|following"), ("es", .following, "observar"),
        ("pl", .subscription, "subskrypcję|subskrypcja"), ("ro", .subscription, "abonamentul"),
        ("en", .anytime, "at any time|anytime"), ("it", .anytime, "in qualsiasi momento|in ogni momento"),
        ("it", .anytime, "in qualunque momento"), ("es", .anytime, "en cualquier momento"),
        ("pt", .anytime, "a qualquer momento|a qualquer hora|em qualquer momento"),
        ("fr", .anytime, "à tout moment|à tout instant|en tout temps"), ("de", .anytime, "jederzeit"),
        ("nl", .anytime, "op elk moment|op ieder moment|altijd"), ("ro", .anytime, "în orice moment|oricând"),
        ("pl", .anytime, "w każdej chwili|w dowolnym momencie"),
        // Session 25, round 13 (the lines that end Consul's mails, in its translators' words):
        // not wanting the notifications ("Si no quieres recibir notificaciones", "Hvis du ikke
        // ønsker at modtage notifikationer"), and the stopping and mail words those lines used
        // ("parar de receber", "перестать получать", "e-postmeddelanden", "להפסיק לקבל דואר").
        ("en", .notWanting, "don't want to|do not want to|don't wish to|do not wish to|don't want|do not want"),
        ("en", .receive, "receive"), ("fr", .notWanting, "ne souhaitez pas|ne voulez pas|ne désirez pas"),
        ("es", .notWanting, "no quieres|no quiere|no deseas|no desea|no desean"),
        ("pt", .notWanting, "não quiser|não quer|não deseja|não desejar"), ("pt", .receive, "receber"),
        ("pt", .stop, "parar de receber"), ("ru", .notWanting, "не желаете|не хотите"),
        ("ru", .stop, "перестать получать|перестать"), ("ru", .mail, "email'ы|e-mail'ы|электронные письма"),
        ("sv", .receive, "ta emot"), ("sv", .mail, "e-postmeddelanden|e-postmeddelandena"),
        ("da", .stop, "stoppe med at modtage|stoppe med at få"), ("da", .notWanting, "ikke ønsker at|ikke ønsker"),
        ("da", .receive, "modtage"), ("he", .stop, "להפסיק לקבל"), ("he", .mail, "דואר"),
        ("he", .notWanting, "אין ברצונך|אינך רוצה|אינכם רוצים|לא רוצה"), ("he", .receive, "לקבל"),
        ("ar", .notWanting, "لا تريد|لا ترغب"), ("ro", .notWanting, "nu doriți|nu doriti|nu vreți|nu vrei|nu dorești"),
        ("el", .cancel, "καταργήσετε|καταργήστε|κατάργηση"), ("el", .subscription, "εγγραφή|εγγραφής"),
        ("cs", .notWanting, "nechcete"), ("cs", .receive, "dostávat|přijímat|obdržet"),
        ("sk", .notWanting, "nechcete"), ("sk", .receive, "dostávať|prijímať"),
        ("id", .notWanting, "tidak ingin|tidak mau"), ("id", .receive, "menerima"),
        ("zh", .notWanting, "不希望|不想"), ("zh", .receive, "收到|接收"),
        ("zh-Hant", .notWanting, "不希望|不想"), ("zh-Hant", .receive, "收到|接收"),
        ("he", .subscription, "התרעות"), ("ar", .subscription, "إشعارات"), ("id", .subscription, "pemberitahuan"),
        // Wanting with its negation apart, the verb last (German, Dutch), and English "prefer not
        // to": "Wenn Sie keine weiteren E-Mails erhalten möchten", "Als u geen nieuwsbrieven
        // wilt ontvangen", "Prefer not to receive these updates?".
        ("de", .wanting, "möchten|möchtest|wollen|willst"), ("de", .negation, "keine|kein|keinen|nicht"),
        ("de", .mail, "e-mails|nachrichten"), ("nl", .wanting, "wilt|wil|willen"), ("nl", .negation, "geen|niet"),
        ("nl", .receive, "ontvangen|krijgen"), ("en", .notWanting, "prefer not to|would prefer not to|rather not"),
        // OneBody's group-mail lines (`seven1m/onebody`, its locales' messages.yml): Czech
        // "nechcete-li", and the zu-infinitive of German stopping ("diese E-Mails
        // abzubestellen"). Not the singular mail, which a stop would read in "stop email
        // fraud" and "die Anmeldung per E-Mail abzuschalten".
        ("de", .stop, "auszuschalten|abzuschalten|abzustellen|abzubestellen"), ("cs", .notWanting, "nechcete-li"),
        // Session 27, link texts round 12: alerts, snoozing, a conversation muted, a newsletter
        // ended, e-mail settings.
        ("en", .subscription, "alerts|email alerts"), ("en", .stop, "snooze"), ("en", .mail, "messages"),
        ("en", .following, "conversation|thread"), ("pt", .cancel, "remover|remova"),
        ("sv", .subscription, "nyhetsbrev|nyhetsbrevet|utskick"), ("cs", .subscription, "e-mailů|e-mailu"),
        ("id", .mail, "buletin|newsletter|nawala"),
        // Korean "받아보지 않으려면" (if you would rather not receive): the mail with its
        // particle, the verb of receiving, and not wanting after them.
        ("ko", .mail, "이메일을|메일을|뉴스레터|뉴스레터를"), ("ko", .receive, "받아보지|받아보시지"),
        ("ko", .notWanting, "않으려면|않으시려면"),
        // Link texts round 13: managing or changing the subscription ("Update subscription",
        // "Spravovat odběr", "管理订阅", "إدارة الاشتراك", "Kelola langganan"), the newsletter as
        // what is cancelled or stopped, communications as a subscription.
        ("en", .settings, "update|edit|change"), ("en", .subscription, "communication|communications"),
        ("de", .subscription, "newsletter-abo"),
        ("fi", .subscription, "uutiskirje|uutiskirjeen|uutiskirjeet"), ("pt", .subscription, "recebimento"),
        ("cs", .settings, "spravovat|spravujte|správa"), ("cs", .subscription, "odběr"),
        ("sk", .settings, "spravovať|spravujte"), ("sk", .subscription, "odber"),
        ("hu", .subscription, "hírlevél|hírlevelet|hírlevélre"), ("ro", .cancel, "renunță|renunțați|renunta|renuntati"),
        ("ro", .subscription, "newsletter|newsletterul"), ("uk", .settings, "керувати|керування"),
        ("uk", .subscription, "підпискою|розсилки|розсилкою"),
        ("zh", .settings, "管理"), ("zh-Hant", .settings, "管理"), ("ar", .settings, "إدارة|ادارة"),
        ("he", .settings, "ניהול|העדפות"), ("id", .settings, "kelola"), ("th", .settings, "จัดการ"),
        // Link texts round 14: newsletters managed, cancelled or stopped, with the verbs of
        // managing the other languages lacked ("Hantera nyhetsbrev", "Управление рассылками",
        // "뉴스레터 관리").
        ("en", .subscription, "newsletters|newsletter"), ("fr", .subscription, "newsletters|newsletter"),
        ("es", .subscription, "boletines|boletín|newsletters"), ("it", .subscription, "newsletter"),
        ("pt", .subscription, "newsletters|newsletter"), ("nl", .subscription, "nieuwsbrieven|nieuwsbrief"),
        ("da", .subscription, "nyhedsbreve|nyhedsbrevet|nyhedsbrev"), ("nb", .subscription, "nyhetsbrev|nyhetsbrevet"),
        ("fi", .subscription, "uutiskirjeitä"), ("pl", .subscription, "newsletterami|newslettery|newsletter"),
        ("cs", .subscription, "newslettery|newsletter"), ("hu", .subscription, "hírlevelek|hírleveleket"),
        ("ro", .subscription, "newsletterele"), ("tr", .subscription, "bültenleri|bülten|bültenler"),
        ("el", .subscription, "newsletter"), ("ru", .subscription, "рассылками|рассылки|рассылкой"),
        ("uk", .subscription, "розсилками"), ("ja", .subscription, "メールマガジン|メルマガ"),
        ("ko", .subscription, "뉴스레터"), ("ar", .subscription, "النشرات البريدية|النشرة البريدية"),
        ("he", .subscription, "ניוזלטרים|ניוזלטר"), ("id", .subscription, "buletin"), ("vi", .subscription, "bản tin"),
        ("th", .subscription, "จดหมายข่าว"), ("sv", .settings, "hantera"), ("da", .settings, "administrer"),
        ("nb", .settings, "administrer"), ("fi", .settings, "hallinnoi|hallitse"), ("pl", .settings, "zarządzaj"),
        ("hu", .settings, "kezelése"), ("ro", .settings, "gestionează|gestionati|gestionați"),
        ("tr", .settings, "yönet|yönetin"), ("el", .settings, "διαχείριση"), ("ru", .settings, "управление|управлять"),
        ("ja", .settings, "管理"), ("ko", .settings, "관리"), ("vi", .settings, "quản lý"),
        // Link texts round 15: consent withdrawn or cancelled, fewer e-mails and how often they
        // come, in every language (94 of the round's 107 opt-out texts were missed before these
        // lines). The scripts without spaces say consent in phrases (`phrases`): their words
        // run together, so "同意" (also "agree") beside "取消" would read "agree to cancel the
        // order" as an opt-out; for the same reason Vietnamese consent is the noun "sự đồng ý",
        // not "đồng ý" (OK), and Turkish only the possessive forms of "onay" (approval).
        ("en", .consent, "consent|consents"), ("en", .withdraw, "withdraw|revoke"),
        ("de", .consent, "einwilligung|einwilligungen|zustimmung|einverständnis"),
        ("de", .withdraw, "widerrufen|widerrufe|zurückziehen|entziehen"),
        ("fr", .consent, "consentement|consentements"), ("fr", .withdraw, "retirer|retirez|révoquer|révoquez"),
        ("es", .consent, "consentimiento"), ("es", .withdraw, "retirar|retira|revocar|revoca"),
        ("it", .consent, "consenso|consensi"), ("it", .withdraw, "revoca|revocare|ritira|ritirare"),
        ("pt", .consent, "consentimento"), ("pt", .withdraw, "retirar|retire|revogar|revogue"),
        ("nl", .consent, "toestemming"), ("nl", .withdraw, "intrekken|trek in"),
        ("sv", .consent, "samtycke|samtycket"), ("sv", .withdraw, "återkalla"),
        ("da", .consent, "samtykke|samtykket"), ("da", .withdraw, "tilbagekald|tilbagekalde|træk tilbage"),
        ("nb", .consent, "samtykke|samtykket"), ("nb", .withdraw, "trekk tilbake|trekke tilbake"),
        ("fi", .consent, "suostumus|suostumuksen|suostumukseni|suostumuksesi"), ("fi", .withdraw, "peru|peruuta"),
        ("pl", .consent, "zgodę|zgody"), ("pl", .withdraw, "wycofaj|wycofać|cofnij"),
        ("cs", .consent, "souhlas"), ("cs", .withdraw, "odvolat|odvolejte"),
        ("sk", .consent, "súhlas"), ("sk", .withdraw, "odvolať|odvolajte"),
        ("hu", .consent, "hozzájárulás|hozzájárulását|hozzájárulásomat|hozzájárulásának"),
        ("hu", .withdraw, "visszavonása|visszavonás|visszavonom|visszavonom a"),
        ("ro", .consent, "consimțământul|consimțământ|consimtamantul"), ("ro", .withdraw, "retrage|retrageți|retrageti"),
        ("tr", .consent, "onayımı|onayını|onayınızı|rızamı|rızanızı|iznimi|izninizi"),
        ("tr", .withdraw, "geri çek|geri al|geri çekin|geri alın|geri almak|geri çekmek"),
        ("el", .consent, "συγκατάθεσης|συγκατάθεση|συγκατάθεσή"), ("el", .withdraw, "ανάκληση|ανακαλέστε"),
        ("ru", .consent, "согласие|согласия"), ("ru", .withdraw, "отозвать|отзовите"),
        ("uk", .consent, "згоду|згоди"), ("uk", .withdraw, "відкликати|відкликання|відкличте"),
        ("ar", .consent, "الموافقة|موافقتي|موافقتك"), ("ar", .withdraw, "سحب|اسحب|لسحب"),
        ("ar", .mail, "رسائل بريد إلكتروني|رسائل البريد الإلكتروني"),
        ("he", .consent, "הסכמה|ההסכמה|הסכמתי|הסכמתך"), ("he", .cancel, "לביטול"), ("id", .consent, "persetujuan"),
        ("id", .withdraw, "tarik|menarik|cabut"), ("vi", .consent, "sự đồng ý"), ("vi", .withdraw, "rút lại"),
        ("th", .consent, "ความยินยอม"), ("th", .withdraw, "ถอน"),
        ("en", .fewer, "fewer|less"), ("de", .fewer, "weniger"), ("fr", .fewer, "moins|moins de|moins d"), ("es", .fewer, "menos"),
        ("it", .fewer, "meno"), ("pt", .fewer, "menos"), ("nl", .fewer, "minder"), ("sv", .fewer, "färre|mindre"),
        ("da", .fewer, "færre|mindre"), ("nb", .fewer, "færre|mindre"), ("fi", .fewer, "vähemmän"),
        ("pl", .fewer, "mniej"), ("cs", .fewer, "méně|míň"), ("sk", .fewer, "menej"), ("hu", .fewer, "kevesebb"),
        ("ro", .fewer, "mai puține|mai putine"), ("el", .fewer, "λιγότερα|λιγότερο"), ("ru", .fewer, "меньше|реже"),
        ("uk", .fewer, "менше|рідше"), ("ar", .fewer, "أقل"), ("he", .fewer, "פחות"),
        ("id", .fewer, "lebih sedikit"), ("vi", .fewer, "ít"), ("th", .fewer, "น้อยลง"),
        ("zh", .fewer, "减少|更少"), ("zh-Hant", .fewer, "減少|更少"), ("ko", .fewer, "덜"),
        ("en", .frequency, "frequency|how often"), ("de", .frequency, "häufigkeit|wie oft"),
        ("fr", .frequency, "fréquence"), ("es", .frequency, "frecuencia"), ("it", .frequency, "frequenza"),
        ("pt", .frequency, "frequência|frequencia"), ("nl", .frequency, "frequentie|hoe vaak"),
        ("sv", .frequency, "hur ofta|frekvens"), ("da", .frequency, "hyppighed|hvor ofte"),
        ("nb", .frequency, "hvor ofte|hyppighet|frekvens"), ("fi", .frequency, "tiheyttä|tiheys|kuinka usein"),
        ("pl", .frequency, "częstotliwość"), ("cs", .frequency, "četnost|frekvence|frekvenci"),
        ("sk", .frequency, "frekvenciu|frekvencia"), ("hu", .frequency, "gyakoriságának|gyakoriság|gyakoriságát"),
        ("ro", .frequency, "frecvența|frecvenţa"), ("tr", .frequency, "sıklığını|sıklığı|sıklık"),
        ("el", .frequency, "συχνότητας|συχνότητα"), ("ru", .frequency, "частоту|частота|частоты"),
        ("uk", .frequency, "частоту|частота|частоти"), ("ja", .frequency, "頻度"), ("zh", .frequency, "频率"),
        ("zh-Hant", .frequency, "頻率"), ("ko", .frequency, "빈도"), ("ar", .frequency, "تكرار"),
        ("he", .frequency, "תדירות"), ("id", .frequency, "frekuensi"), ("vi", .frequency, "tần suất"),
        ("th", .frequency, "ความถี่"),
        // The mail in the cases "fewer" and "how often" take ("меньше писем", "méně e-mailů").
        ("ru", .mail, "писем"), ("uk", .mail, "листів"), ("ro", .mail, "e-mailurilor"), ("hu", .mail, "e-mailt"),
        ("cs", .mail, "e-mailů"), ("sk", .mail, "e-mailov"), ("pl", .mail, "e-maili"), ("fi", .mail, "sähköposteja"),
        // Link texts round 16: the kinds of mail a sender stops (reminders, offers and
        // promotions, summaries and digests, invitations), the verbs of disabling, and "no
        // more" right before the mail (57 of the round's 77 opt-out texts were missed before
        // these lines). Not tips or recommendations, which are as often what a link's text is
        // about: "Tips to stop snoring" would read as an opt-out.
        ("en", .mail, "reminders|reminder emails|offers|promotions|summaries|digests"),
        ("en", .mail, "digest emails|invitations|invitation reminders"), ("en", .stop, "disable|deactivate"),
        ("en", .noMore, "no more"),
        ("de", .mail, "erinnerungen|angebote|werbung|zusammenfassung|zusammenfassungen"),
        ("de", .mail, "einladungen"),
        ("fr", .mail, "rappels|offres|promotions|résumé|résumés|invitations"),
        ("es", .mail, "recordatorios|ofertas|promociones|resumen|invitaciones"),
        ("it", .mail, "promemoria|offerte|promozioni|riepilogo|inviti"),
        ("pt", .mail, "lembretes|ofertas|promoções|resumo|convites"),
        ("nl", .mail, "herinneringen|aanbiedingen|samenvatting|uitnodigingen"),
        ("sv", .mail, "påminnelser|erbjudanden|sammanfattning|inbjudningar"),
        ("sv", .noMore, "inga fler|inga mer"),
        ("da", .mail, "påmindelser|tilbud|opsummering|invitationer"), ("da", .stop, "slå fra"),
        ("da", .noMore, "ingen flere|ikke flere"),
        ("nb", .mail, "påminnelser|tilbud|oppsummering|invitasjoner"),
        ("nb", .noMore, "ingen flere|ikke flere"),
        ("fi", .mail, "muistutukset|muistutuksia|tarjoukset|tarjousviestit|yhteenveto|kutsut"),
        ("pl", .mail, "przypomnienia|oferty|ofert|promocje|podsumowanie|zaproszenia"),
        ("cs", .mail, "připomenutí|nabídky|souhrn|pozvánky"),
        ("sk", .mail, "pripomienky|ponuky|súhrn|pozvánky"),
        ("hu", .mail, "emlékeztetők|emlékeztetőket|ajánlatok|ajánlatot|összefoglaló|meghívók"),
        ("ro", .mail, "mementourile|mementouri|oferte|ofertele|promoții|rezumat|invitații"),
        ("ro", .stop, "dezactivează|dezactivați|dezactivati"),
        ("tr", .mail, "hatırlatıcıları|hatırlatmaları|kampanya e-postalarını|fırsatları|teklifleri"),
        ("tr", .mail, "davetleri"),
        ("el", .mail, "υπενθυμίσεων|υπενθυμίσεις|προσφορές|προσφορών|σύνοψη|προσκλήσεις"),
        ("el", .stop, "απενεργοποίηση|απενεργοποιήστε"),
        ("ru", .mail, "напоминания|напоминаний|предложения|предложений|акции|сводку"),
        ("ru", .mail, "приглашения"),
        ("uk", .mail, "нагадування|пропозиції|пропозицій|акції|зведення|запрошення"),
        ("ja", .mail, "リマインダー|キャンペーン情報|お得な情報"), ("zh", .mail, "提醒|优惠信息|促销"),
        ("zh-Hant", .mail, "提醒|優惠資訊|促銷"), ("ko", .mail, "리마인더|광고성 이메일"),
        ("ar", .mail, "التذكيرات|تذكيرات|العروض"), ("he", .mail, "תזכורות|מבצעים"), ("he", .stop, "כיבוי"),
        ("id", .mail, "pengingat|promo|penawaran|ringkasan|undangan"),
        ("vi", .mail, "lời nhắc|khuyến mãi|ưu đãi|lời mời"), ("th", .mail, "การเตือนความจำ|โปรโมชั่น|ข้อเสนอ"),
        // Link texts round 17: mail blocked or refused, in every language (47 of the round's
        // 48 opt-out texts were missed before these lines), and announcements, mailings and
        // regular reports as mail.
        ("en", .refuse, "block|refuse|reject"),
        ("en", .mail, "announcements|mailings|weekly reports|daily reports|monthly reports"),
        ("de", .refuse, "blockieren|sperren|ablehnen"), ("de", .mail, "werbe-e-mails|werbemails|mailings"),
        ("fr", .refuse, "refuser|refusez|bloquer|bloquez|rejeter"), ("fr", .mail, "annonces"),
        ("es", .refuse, "rechazar|rechaza|bloquear|bloquea"), ("es", .mail, "anuncios"),
        ("it", .refuse, "rifiuta|rifiutare|blocca|bloccare"), ("it", .mail, "comunicazioni"),
        ("pt", .refuse, "recusar|recuse|bloquear|bloqueie|rejeitar"), ("nl", .refuse, "weigeren|weiger|blokkeer|blokkeren"),
        ("nl", .mail, "reclame-e-mails|reclamemails"), ("sv", .refuse, "blockera|avböj|neka"),
        ("sv", .mail, "reklammejl|reklamutskick"), ("da", .refuse, "bloker|blokér|afvis"),
        ("nb", .refuse, "blokker|avvis"), ("nb", .mail, "markedsføringse-post|reklame-e-post"),
        ("fi", .refuse, "estä|kiellä"), ("pl", .refuse, "zablokuj|zablokować|odmów|odrzuć"),
        ("cs", .refuse, "zablokovat|zablokujte|odmítnout"), ("sk", .refuse, "zablokovať|zablokujte|odmietnuť"),
        ("hu", .refuse, "letiltása|letiltás|tiltsa le"), ("ro", .refuse, "blochează|blocați|blocati|refuză|refuzați"),
        ("tr", .refuse, "engelle|engelleyin|reddet"), ("el", .refuse, "αποκλεισμός|απόρριψη"),
        ("ru", .refuse, "заблокировать|блокировать"), ("ru", .subscription, "рассылок|рекламных рассылок"),
        ("uk", .refuse, "заблокувати|блокувати"), ("ja", .refuse, "拒否|ブロック"), ("zh", .refuse, "拒收|屏蔽|拦截"),
        ("zh-Hant", .refuse, "拒收|封鎖|阻擋"), ("ko", .refuse, "차단|거부"), ("ar", .refuse, "حظر"),
        ("he", .refuse, "חסימת|לחסום"), ("id", .refuse, "blokir|tolak"), ("vi", .refuse, "chặn|từ chối"),
        ("th", .refuse, "บล็อก|ปฏิเสธ"),
        ("en", .junk, "spam|junk|phishing|scam|unwanted"), ("de", .junk, "spam|unerwünschte|betrügerische|phishing"),
        ("fr", .junk, "spam|indésirables|frauduleux|frauduleuses|hameçonnage|phishing"),
        ("es", .junk, "spam|basura|no deseados|fraudulentos|phishing"),
        ("it", .junk, "spam|indesiderate|indesiderati|phishing"), ("pt", .junk, "spam|indesejados|indesejadas|lixo|phishing"),
        ("nl", .junk, "spam|ongewenste|phishing"), ("sv", .junk, "skräppost|spam|oönskade"),
        ("da", .junk, "spam|uønskede"), ("nb", .junk, "spam|søppelpost|uønsket|uønskede"),
        ("fi", .junk, "roskaposti|roskapostit|ei-toivotut|huijausviestit"), ("pl", .junk, "spam|niechciane|phishingowe"),
        ("cs", .junk, "spam|nevyžádané"), ("sk", .junk, "spam|nevyžiadané"), ("hu", .junk, "kéretlen|spam"),
        ("ro", .junk, "spam|nedorite"), ("tr", .junk, "istenmeyen|spam"), ("el", .junk, "ανεπιθύμητα|ανεπιθύμητων|ανεπιθύμητο|spam"),
        ("ru", .junk, "спам|нежелательные|мошеннические"), ("uk", .junk, "спам|небажані"), ("ja", .junk, "迷惑|スパム"),
        ("zh", .junk, "垃圾|骚扰"), ("zh-Hant", .junk, "垃圾|騷擾"), ("ko", .junk, "스팸"),
        ("ar", .junk, "المزعجة|العشوائية|المزعج"), ("he", .junk, "ספאם|זבל"), ("id", .junk, "spam"),
        ("vi", .junk, "rác|spam"), ("th", .junk, "สแปม|ขยะ"),
    ]

    /// A part found in a text.
    typealias PartMatch = PhraseMatcher<(language: String, part: Part)>.Match

    /// The parts' automaton, built once.
    static let partMatcher = PhraseMatcher<(language: String, part: Part)>(
        parts.flatMap { entry in entry.words.split(separator: "|").map { (String($0), (entry.language, entry.part)) } })

    /// The first two parts of one language that complete each other, at most two words
    /// apart besides "at any time": their folded range, language and offer.
    static func pair(in folded: FoldedText) -> (range: Range<Int>, language: String, offer: Offer)? {
        let found = partMatcher.matches(in: folded.scalars)
        for (index, first) in found.enumerated() {
            let completions = first.payload.part.completions
            for second in found[(index + 1)...] where second.payload.language == first.payload.language {
                guard let completion = completions.first(where: { $0.part == second.payload.part }) else { continue }
                // Negative when the two overlap ("dejar de recibir" and "recibir").
                let start = min(first.words.upperBound, second.words.upperBound)
                let gap = max(first.words.lowerBound, second.words.lowerBound) - start
                let anytimeWords =
                    gap <= 2
                    ? 0
                    : matches(of: .anytime, in: first.payload.language, within: start..<(start + gap), among: found)
                        .reduce(0) { $0 + $1.words.count }
                guard gap - anytimeWords <= 2 else { continue }
                guard wantingHolds(first, second, start: start, gap: gap, in: found) else { continue }
                guard gap <= 0 || !(first.payload.part.needsItsMailBeside || second.payload.part.needsItsMailBeside)
                else { continue }
                let range =
                    min(
                        first.range.lowerBound, second.range.lowerBound)..<max(
                        first.range.upperBound, second.range.upperBound)
                // One sentence, or a question and its answer: not "Subscription renewed.
                // Manage billing", but "Too many emails? Change your settings".
                guard !folded.hasStatementBreak(in: range) else { continue }
                guard !isJunk(first, in: found), !isJunk(second, in: found) else { continue }
                return (range, first.payload.language, completion.offer)
            }
        }
        return nil
    }

    /// Whether a pair with a part of (not) wanting has what that part needs: not wanting, a
    /// verb of receiving between the two (not "I don't want to miss these emails"); wanting,
    /// a verb of receiving between them or right after them and a negation among them or in
    /// the two words before. True for every other pair.
    private static func wantingHolds(
        _ first: PartMatch, _ second: PartMatch, start: Int, gap: Int, in found: [PartMatch]
    ) -> Bool {
        let parts = [first.payload.part, second.payload.part]
        func has(_ part: Part, in words: Range<Int>) -> Bool {
            !matches(of: part, in: first.payload.language, within: words, among: found).isEmpty
        }
        if parts.contains(.notWanting) { return has(.receive, in: start..<(start + max(gap, 0))) }
        guard parts.contains(.wanting) else { return true }
        let low = min(first.words.lowerBound, second.words.lowerBound)
        let high = max(first.words.upperBound, second.words.upperBound)
        return has(.receive, in: low..<(high + 1)) && has(.negation, in: max(0, low - 2)..<high)
    }

    /// Whether `mail` (a part of mail or a subscription) has junk right beside it, before or
    /// after it past one word at most ("spam emails", "e-mails de spam", "垃圾邮件"), in any
    /// language: the same mail words are read in several ("Bloquear e-mails indesejados" as
    /// Spanish too).
    private static func isJunk(_ mail: PartMatch, in found: [PartMatch]) -> Bool {
        guard mail.payload.part == .mail || mail.payload.part == .subscription else { return false }
        let near = max(0, mail.words.lowerBound - 1)..<(mail.words.upperBound + 2)
        return found.contains {
            $0.payload.part == .junk && $0.words.lowerBound >= near.lowerBound && $0.words.upperBound <= near.upperBound
        }
    }

    /// The parts among `found` of kind `part` in `language` that lie within words `words`.
    private static func matches(
        of part: Part, in language: String, within words: Range<Int>, among found: [PartMatch]
    ) -> LazyFilterSequence<[PartMatch]> {
        found.lazy.filter {
            $0.payload.part == part && $0.payload.language == language && $0.words.lowerBound >= words.lowerBound
                && $0.words.upperBound <= words.upperBound
        }
    }
}
