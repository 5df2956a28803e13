import Testing

@testable import MailLint

/// Footer link texts and closing lines of other wording (link-text rounds 12 to 14 and
/// plain-line rounds 14 and 15, written here): fewer e-mails, no more of them, taken off the
/// mailing list, not wanting to hear from the sender, alerts cancelled or snoozed, a
/// conversation muted, a newsletter ended or managed, the subscription managed, the reader's
/// subscriptions, e-mail settings; and beside them texts about orders, conversations and
/// messages that are no way out, which the new words must leave alone.
struct OptOutFewerAndOffTheListTests {
    @Test(arguments: [
        ("Cancel email alerts", "en", OptOutOffer.unsubscribe), ("Snooze emails", "en", .unsubscribe),
        ("Fewer emails, please", "en", .preferences), ("Email me less", "en", .preferences),
        ("Stop these messages", "en", .unsubscribe), ("No more emails like this", "en", .unsubscribe),
        ("Mute this conversation", "en", .unsubscribe), ("Vom Verteiler nehmen", "de", .unsubscribe),
        ("Keine Werbung mehr", "de", .unsubscribe), ("Remover inscrição", "pt", .unsubscribe),
        ("Desinscrever", "pt", .unsubscribe), ("Geen mails meer ontvangen", "nl", .unsubscribe),
        ("Avsluta nyhetsbrev", "sv", .unsubscribe), ("Reserver deg mot e-post", "nb", .unsubscribe),
        ("Nastavení e-mailů", "cs", .preferences), ("Nu mai trimiteți e-mailuri", "ro", .unsubscribe),
        ("Не получать больше писем", "ru", .unsubscribe), ("邮件设置", "zh", .preferences),
        ("Keluar dari milis", "id", .unsubscribe), ("No longer want to hear from us?", "en", .unsubscribe),
        ("Jika Anda tidak ingin menerima buletin kami lagi", "id", .unsubscribe),
        ("뉴스레터를 받아보지 않으려면 다음 링크를 누르세요", "ko", .unsubscribe),
        ("더 이상 이메일을 받아보지 않으시려면 여기를 클릭하세요", "ko", .unsubscribe),
        // Round 13: managing or leaving the subscription, "don't send me more".
        ("Update subscription", "en", .preferences), ("Leave mailing list", "en", .unsubscribe),
        ("Spravovat odběr", "cs", .preferences), ("管理订阅", "zh", .preferences), ("إدارة الاشتراك", "ar", .preferences),
        ("Kelola langganan", "id", .preferences), ("Керувати підпискою", "uk", .preferences),
        ("Peruuta uutiskirje", "fi", .unsubscribe), ("Renunță la newsletter", "ro", .unsubscribe),
        ("Não enviar mais e-mails", "pt", .unsubscribe), ("Не присылать больше писем", "ru", .unsubscribe),
        ("메일 수신 설정", "ko", .preferences),
        // Round 14: the reader's subscriptions, newsletters managed, leaving in the first person.
        ("My subscriptions", "en", .preferences), ("Мои подписки", "ru", .preferences), ("我的订阅", "zh", .preferences),
        ("Manage newsletters", "en", .preferences), ("Hantera nyhetsbrev", "sv", .preferences),
        ("Управление рассылками", "ru", .preferences), ("뉴스레터 관리", "ko", .preferences),
        ("Chcę się wypisać", "pl", .unsubscribe), ("Le szeretnék iratkozni", "hu", .unsubscribe),
    ])
    func areOptOuts(_ text: String, _ language: String, _ offer: OptOutOffer) {
        let found = OptOutVocabulary.phrase(in: text)
        #expect(found?.offer == offer && found?.language == language, "\(text): \(String(describing: found))")
    }

    @Test(arguments: [
        "如需取消订单，请回复此邮件", "取消订单邮件", "取消訂單郵件", "查看邮件", "Continue the conversation",
        "Join the conversation", "Follow this thread", "Reply to this thread", "View your messages",
        "Remover item do carrinho", "Läs nyhetsbrevet", "Prenumerera på nyhetsbrevet", "Potvrzení e-mailu",
        "Verteiler anzeigen", "Snooze your alarm", "Want to hear from us more often? Subscribe",
        "Jika Anda ingin menerima buletin kami, daftar di sini", "뉴스레터를 받아보시려면 여기를 클릭하세요",
        "이메일을 받아보지 않으셨다면 스팸함을 확인하세요", "이메일을 놓치지 않으려면 주소록에 추가하세요",
        "주문 취소 메일 수신 안내", "Neposílejte mi heslo e-mailem", "管理订单", "Kelola pesanan", "Nová správa",
        "Renunță la comandă", "Subscribe to my newsletter", "Forward this newsletter", "Управление заказом", "注文の管理",
        "Bültenimize abone olun", "Chcę się zapisać",
    ])
    func areNot(_ text: String) {
        #expect(OptOutVocabulary.phrase(in: text) == nil, "\(text)")
    }
}
