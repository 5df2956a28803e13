import Testing

@testable import MailLint

/// The reader's account page as a link ("My account", "Mon compte", "我的账户") says nothing of
/// opting out by itself: it is read with its sentence, as "click here" is, so that "if you
/// don't want these notifications, visit My account and uncheck them" is an opt-out and
/// "track your orders in My account" is not. Texts written here.
struct OptOutAccountLinkTests {
    @Test(arguments: [
        "To stop receiving these emails, go to <a href=\"https://x.example/a\">My account</a> and change your settings.",
        "If you don't want to receive these notifications, visit <a href=\"https://x.example/a\">your account</a> and uncheck them.",
        "Si vous ne souhaitez plus recevoir nos e-mails, rendez-vous sur <a href=\"https://x.example/a\">Mon compte</a>.",
        "Si no quieres recibir estas notificaciones, entra en <a href=\"https://x.example/a\">Mi cuenta</a>.",
        "Если вы не желаете получать уведомления, откройте <a href=\"https://x.example/a\">Мой аккаунт</a>.",
        "如果您不希望收到这些通知，请访问<a href=\"https://x.example/a\">我的账户</a>。",
    ])
    func anAccountLinkInAnOptOutSentenceIsAnOptOut(_ paragraph: String) {
        #expect(
            OptOutLinkTests.optOutLinks(inParagraph: paragraph).map(\.href) == ["https://x.example/a"], "\(paragraph)")
    }

    @Test(arguments: [
        "Track your orders in <a href=\"https://x.example/a\">My account</a>.",
        "Verwalten Sie Ihre Bestellungen in <a href=\"https://x.example/a\">Mein Konto</a>.",
        "Don't want to miss our sale? Sign in to <a href=\"https://x.example/a\">My account</a>.",
        "您的订单详情请访问<a href=\"https://x.example/a\">我的账户</a>。",
        "<a href=\"https://x.example/a\">My account</a>",
    ])
    func anAccountLinkElsewhereIsNot(_ paragraph: String) {
        #expect(OptOutLinkTests.optOutLinks(inParagraph: paragraph).isEmpty, "\(paragraph)")
    }
}
