import Testing

@testable import MailLint

/// An address that does not accept replies, in the verbs each language uses for accepting
/// ("nie akceptuje", "neakceptuje", "annimmt", "tar emot") and as a relative clause before the
/// address where the language puts it first ("yanıtları kabul etmeyen bir adresten",
/// "返信を受け付けていないアドレス"); and an address that does not accept attachments,
/// invoices, applications, files or messages above a size, which says nothing about replies.
struct DeadEndNotAcceptedTests {
    @Test(arguments: [
        ("pl", "Ta wiadomość została wysłana z adresu, który nie akceptuje odpowiedzi."),
        ("pl", "Ta skrzynka nie akceptuje odpowiedzi."),
        ("cs", "Tento e-mail byl odeslán z adresy, která neakceptuje odpovědi."),
        ("sk", "Táto adresa neakceptuje odpovede."),
        ("de", "Diese E-Mail wurde von einer Adresse verschickt, die keine Antworten annimmt."),
        ("sv", "Det här meddelandet skickades från en adress som inte tar emot svar."),
        ("tr", "Bu e-posta, yanıtları kabul etmeyen bir adresten gönderildi."),
        ("tr", "Bu ileti, cevap kabul etmeyen bir e-posta adresinden gönderilmiştir."),
        ("ja", "このメールは返信を受け付けていないアドレスから送信されています。"),
        // Other mail named after the replies, as refused along with them.
        ("en", "This mailbox does not accept replies or attachments."),
    ])
    func recognises(_ language: String, _ sentence: String) {
        DeadEndGrammarTests.expectRecognised(language, sentence)
    }

    @Test(arguments: [
        "This address does not accept attachments larger than 10 MB.",
        "Dieses Postfach nimmt keine Anhänge über 10 MB an.",
        "Cette adresse n'accepte pas les pièces jointes de plus de 10 Mo.",
        "Este buzón no admite archivos adjuntos de más de 10 MB.",
        "Ten adres nie akceptuje załączników większych niż 10 MB.",
        "Этот адрес не принимает вложения больше 10 МБ.",
        "Bu adres 10 MB'den büyük ekleri kabul etmez.",
        "该邮箱不接收超过10MB的附件。",
        "此信箱不接收超過10MB的附件。",
        // Invoices, applications, files, messages above a size.
        "This mailbox does not accept invoices; please send them to billing@example.com.",
        "Diese Adresse nimmt keine Bewerbungen entgegen.", "Cette adresse n'accepte pas les candidatures spontanées.",
        "Этот адрес не принимает файлы больше 20 МБ.", "This address does not accept messages larger than 25 MB.",
        "このアドレスでは請求書を受け付けておりません。", "该邮箱不接收发票。",
        // Returns, not replies.
        "Sklep nie akceptuje zwrotów bez paragonu.",
        "İade kabul etmeyen mağazalardan alışveriş yapmayın.",
    ])
    func staysSilentOnLookAlikes(_ sentence: String) {
        DeadEndGrammarTests.expectSilent(sentence)
    }
}
