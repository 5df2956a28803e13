import Testing

@testable import MailLint

/// Dead ends said of this address as something not to use ("do not use this address to
/// contact us"), of replies that bounce, of a mailbox nobody checks, and of a reply that
/// reaches no one; and the look-alikes each reading must leave alone: this address to use,
/// another address not to use, a reply that reaches the team, a mailbox checked daily.
struct DeadEndUnusedAddressAndBounceTests {
    @Test(arguments: [
        ("en", "Do not use this address to contact us."),
        ("de", "Verwenden Sie diese Adresse nicht, um uns zu kontaktieren."),
        ("fr", "N'utilisez pas cette adresse pour nous contacter."),
        ("es", "No utilices esta dirección para contactarnos."), ("pl", "Nie używaj tego adresu do kontaktu z nami."),
        ("sk", "Nepoužívajte túto adresu na kontaktovanie nás."),
        ("tr", "Bizimle iletişim kurmak için bu adresi kullanmayın."),
        ("he", "אין להשתמש בכתובת זו כדי ליצור איתנו קשר."),
        ("vi", "Không sử dụng địa chỉ này để liên hệ với chúng tôi."),
        ("ja", "お問い合わせにこのアドレスを使用しないでください。"),
        ("fr", "Toute réponse à ce message sera renvoyée comme non distribuable."),
        ("sv", "Svar på detta meddelande studsar tillbaka."), ("ar", "ستُرتد أي ردود على هذه الرسالة."),
        ("ar", "سيضيع أي رد على هذه الرسالة."), ("pl", "Nikt nie sprawdza tej skrzynki pocztowej."),
        ("tr", "Bu posta kutusunu kimse kontrol etmiyor."),
        ("it", "Una risposta a questa email non raggiungerà nessuno."),
        ("cs", "Odpověď na tento e-mail se k nikomu nedostane."), ("ja", "このアドレスは受信を行っておりません。"),
        ("th", "การตอบกลับอีเมลนี้จะไม่ถึงใคร"),
    ])
    func recognises(_ language: String, _ sentence: String) {
        DeadEndGrammarTests.expectRecognised(language, sentence)
    }

    @Test(arguments: [
        "Use this address to contact us.", "Do not use your work address for this account.",
        "Do not use an email address in the name field.", "Nie używaj służbowego adresu do rejestracji.",
        "Не используйте свой рабочий адрес для регистрации.", "Не використовуйте адресу електронної пошти як пароль.",
        "Sử dụng địa chỉ này để liên hệ với chúng tôi.", "Hệ thống không nhận địa chỉ không hợp lệ.",
        "このアドレスは使用できません。", "Le serveur distant a retourné une erreur.",
        "Votre réponse parviendra directement à notre équipe.", "We check this mailbox every day.",
        "سيتم حذف حسابك إذا لم تقم بتسجيل الدخول.",
    ])
    func leavesAlone(_ sentence: String) {
        DeadEndGrammarTests.expectSilent(sentence)
    }
}
