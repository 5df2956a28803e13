import Testing

@testable import MailLint

/// A verb of cancelling or stopping with the subscription, or with the following of a topic
/// (or "no longer" with the following), a few words away is an opt-out, as forum
/// notifications say it ("säga upp din prenumeration", "снять подписку", "interrompre le
/// suivi de la discussion", "取消对该主题的订阅"); cancelling an order or a booking, and
/// tracking a parcel, are not. Texts written here.
struct OptOutCancellingTests {
    @Test(arguments: [
        ("Cancel your subscription", "en"), ("Du kannst das Abonnement jederzeit kündigen", "de"),
        ("Interrompre le suivi de ce sujet", "fr"), ("Rimuovi la tua sottoscrizione", "it"),
        ("Cancelar a sua subscrição", "pt"), ("Beëindig je abonnement", "nl"),
        ("Säg upp din prenumeration", "sv"), ("Avslutt abonnementet", "nb"), ("Peru tilauksen", "fi"),
        ("Lakkaa seuraamasta ketjua", "fi"), ("Διακόψτε τη συνδρομή σας", "el"), ("Снять подписку с темы", "ru"),
        ("Зняти підписку", "uk"), ("لإلغاء اشتراكك", "ar"), ("לבטל מעקב אחר הנושא", "he"),
        ("Hủy đăng ký nhận tin", "vi"), ("取消对本话题的订阅", "zh"), ("購読を止める", "ja"), ("구독을 취소하려면", "ko"),
        // Stopping, or no longer wanting, the following of a topic.
        ("Sluta bevaka tråden", "sv"), ("Przestań obserwować wątek", "pl"), ("取消关注此主题", "zh"),
        ("Diesem Thema nicht mehr folgen", "de"), ("Ne plus suivre cette discussion", "fr"),
        ("Dejar de seguir este hilo", "es"), ("Если вы больше не хотите отслеживать эту тему", "ru"),
        ("Stop watching this topic", "en"),
    ])
    func areOptOuts(_ text: String, _ language: String) {
        let found = OptOutVocabulary.phrase(in: text)
        #expect(found?.offer == .unsubscribe && found?.language == language, "\(text): \(String(describing: found))")
    }

    @Test(arguments: [
        "Cancel your order", "Cancel your booking here", "Bestellung kündigen", "Annuler ma commande",
        "Suivi de votre colis", "Cancelar tu reserva", "Отменить заказ", "Скасувати замовлення", "取消订单",
        "注文を取り消し", "לבטל הזמנה", "מעקב משלוח", "Peru varaus", "إلغاء الطلب", "Hủy đơn hàng", "주문 취소",
        // Following offered, tracking, and "ne plus" before another thing followed.
        "Bevaka tråden", "Obserwuj wątek", "关注此主题", "Folge uns auf Instagram", "Seguir este hilo",
        "Pour ne plus manquer le suivi de votre commande", "Lähetyksen seuranta", "Watch this topic",
        "Keep watching",
    ])
    func areNot(_ text: String) {
        #expect(OptOutVocabulary.phrase(in: text) == nil, "\(text)")
    }
}
