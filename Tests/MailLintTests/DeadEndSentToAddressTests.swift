import Testing

@testable import MailLint

/// Dead ends said of the messages sent to this address (deleted, or not reaching the
/// sender), of replies that cannot be processed, and of a mailbox nobody manages, in the
/// languages whose word classes lacked them; and the look-alikes each reading must leave
/// alone: other things sent to an address, old messages deleted, orders that cannot be
/// processed, a sentence whose subject opens it before one verb of no class ("Vi når ikke at
/// besvare …"), and a reply verb followed by how to reply ("返信の際は…").
struct DeadEndSentToAddressTests {
    @Test(arguments: [
        ("el", "Τα μηνύματα που αποστέλλονται σε αυτή τη διεύθυνση διαγράφονται αυτόματα."),
        ("hu", "Az erre a címre küldött üzeneteket automatikusan töröljük."),
        ("hu", "Az erre a címre küldött e-mailek nem jutnak el hozzánk."),
        ("ro", "Mesajele trimise la această adresă sunt șterse automat."),
        ("tr", "Bu posta kutusu takip edilmemektedir."), ("tr", "Bu mesaja verilen yanıtlar işleme alınamaz."),
        ("id", "Pesan yang dikirim ke alamat ini akan dihapus secara otomatis."),
        ("vi", "Email gửi đến địa chỉ này sẽ không đến được với chúng tôi."),
        ("th", "ข้อความที่ส่งมายังที่อยู่นี้จะถูกลบโดยอัตโนมัติ"), ("th", "การตอบกลับข้อความนี้จะไม่ได้รับการดำเนินการ"),
        ("ko", "이 메일함은 관리되지 않습니다."), ("ko", "이 주소로 보낸 메시지는 자동으로 삭제됩니다."),
        ("ar", "لا يمكن لهذا البريد الإلكتروني استقبال الردود."), ("he", "לא ניתן לטפל בתשובות להודעה זו."),
        ("uk", "Листи, надіслані на цю адресу, до нас не доходять."),
        ("zh-Hant", "此信箱無人管理。"), ("zh-Hant", "寄至此地址的郵件將被自動刪除。"),
        ("zh", "对本邮件的回复将无法处理。"), ("zh", "发送至此地址的邮件不会送达我们。"),
        ("ja", "ご返信なさらないようお願いいたします。"), ("ja", "このアドレスに送信されたメッセージは自動的に削除されます。"),
        ("fi", "Tähän osoitteeseen lähetetyt sähköpostit eivät tavoita meitä."),
        ("cs", "Odpovědi na tuto zprávu nemohou být zpracovány."),
        ("cs", "E-maily zaslané na tuto adresu se k nám nedostanou."),
        ("pl", "Wiadomości wysłane na ten adres są automatycznie usuwane."),
        ("ru", "Сообщения, отправленные на этот адрес, автоматически удаляются."),
        ("sv", "Svar på detta meddelande kan inte behandlas."),
        ("da", "Dette er en systemgenereret e-mail, undlad venligst at svare."),
        ("nb", "E-post sendt til denne adressen når ikke frem til oss."),
    ])
    func recognises(_ language: String, _ sentence: String) {
        DeadEndGrammarTests.expectRecognised(language, sentence)
    }

    @Test(arguments: [
        "Paczki wysłane na ten adres są zwracane do nadawcy.",
        "Wiadomości starsze niż 30 dni są automatycznie usuwane.",
        "Zamówienie nie mogło zostać przetworzone.", "Jos emme tavoita sinua puhelimitse, lähetämme sähköpostia.",
        "Vi når ikke at besvare alle henvendelser i dag, men vender tilbage i morgen.",
        "Vi rækker ikke at besvare henvendelser i dag.", "我们无法处理您的退款请求。", "我们无法处理地址变更。",
        "このページは管理されていません。", "返信の際は件名を変更なさらないようお願いいたします。",
        "返信の際は件名を変更しないでください。", "이 페이지는 관리되지 않습니다.", "Bu kargo takip edilmemektedir.",
        "Якщо листи не доходять, перевірте папку «Спам».",
        "Dacă e-mailurile noastre nu ajung, verificați dosarul spam.",
        "Din beställning kan inte behandlas just nu.", "A megrendelését nem tudjuk feldolgozni.",
        "此頁面無人管理。",
    ])
    func leavesAlone(_ sentence: String) {
        DeadEndGrammarTests.expectSilent(sentence)
    }
}
