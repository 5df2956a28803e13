import Testing

@testable import MailLint

/// Phone numbers and contact words, as the replyability rules find them.
struct ContactPathsTests {
    @Test(arguments: [
        ("Call us: +49 30 1234 5678", "+49 30 1234 5678"), ("Tel.: 030 1234567", "030 1234567"),
        ("TELEFON 0 30/12 34 56", "0 30/12 34 56"), ("電話 03-1234-5678", "03-1234-5678"),
        ("phone\u{A0}(555) 123-4567.", "(555) 123-4567"), ("Téléphone : 01 23 45 67 89", "01 23 45 67 89"),
    ])
    func phoneNumbersAfterTheirWord(text: String, number: String) {
        #expect(ContactPaths.phoneNumber(in: text) == number)
    }

    @Test(arguments: ["Hotel 123456 rooms", "Order 12345678 shipped", "Call us soon", "tel 12345", "+49 123"])
    func notPhoneNumbers(text: String) {
        #expect(ContactPaths.phoneNumber(in: text) == nil, "\(text)")
    }

    @Test func contactWordsStandOnTheirOwn() {
        #expect(ContactPaths.linkWord(in: "Contact us") == "contact")
        #expect(ContactPaths.linkWord(in: "https://x.example/HILFE/") == "hilfe")
        #expect(ContactPaths.linkWord(in: "Sehhilfe kaufen") == nil)
        #expect(ContactPaths.linkWord(in: "お問い合わせはこちら") == "お問い合わせ")
    }
}
