import Testing

@testable import MailLint

/// Dead ends said of replies that are lost or that nobody will read, with the state verb at
/// the clause's end ("Niemand wird Ihre Antwort lesen") or past a phrase that says who
/// nobody is ("Nobody on our team monitors this inbox"), and of an address kept for
/// notifications, said in a relative clause ("en adresse, der kun bruges til
/// notifikationer") or before the noun where modifiers come first ("csak értesítésekre
/// használt címről"); and the look-alikes each reading must leave alone: other things lost
/// or unread, a report of replies not yet received, unsaved answers of a form.
struct DeadEndLostAndUnreadTests {
    @Test(arguments: [
        ("de", "Jede Antwort auf diese E-Mail geht verloren."), ("fr", "Toute réponse à cet e-mail sera perdue."),
        ("es", "Cualquier respuesta a este correo se perderá."),
        ("it", "Qualsiasi risposta a questa email andrà persa."),
        ("sv", "Alla svar på detta mejl går förlorade."), ("pl", "Każda odpowiedź na tę wiadomość zostanie utracona."),
        ("ru", "Любой ответ на это письмо будет потерян."), ("tr", "Bu e-postaya verilen her yanıt kaybolacaktır."),
        ("ja", "このメールへの返信はすべて失われます。"), ("zh", "对本邮件的任何回复都将丢失。"),
        ("de", "Niemand wird Ihre Antwort lesen."), ("nl", "Niemand zal uw antwoord lezen."),
        ("fr", "Personne ne lira votre réponse."), ("hu", "Senki sem fogja elolvasni a válaszát."),
        ("cs", "Nikdo vaši odpověď nepřečte."), ("ko", "아무도 회신을 읽지 않습니다."), ("zh", "没有人会阅读您的回复。"),
        ("da", "Denne e-mail er sendt fra en adresse, der kun bruges til notifikationer."),
        ("ru", "Это письмо отправлено с адреса, который используется только для уведомлений."),
        ("hu", "Ezt az e-mailt egy csak értesítésekre használt címről küldtük."),
        ("tr", "Bu e-posta yalnızca bildirimler için kullanılan bir adresten gönderilmiştir."),
        ("fr", "Cet e-mail a été envoyé depuis une adresse réservée aux notifications."),
        ("zh", "此邮件由仅用于通知的地址发送。"), ("hu", "Válaszolás helyett használja az alábbi linket."),
        ("th", "โปรดใช้ลิงก์ด้านล่างแทนการตอบกลับ"),
        // Hebrew's plural future: the replies "will not be read" (probe round 83).
        ("he", "הודעות שיישלחו לכתובת זו לא ייקראו."), ("he", "תשובות לכתובת זו לא ייבדקו."),
        ("es", "Las respuestas a este correo se pierden."),
        // A negative subject past a short phrase that says who it is (probe round 86).
        ("en", "Nobody on our team monitors this inbox."), ("de", "Niemand in unserem Team liest dieses Postfach."),
        ("en", "Nobody at Acme monitors this inbox."),
    ])
    func recognises(_ language: String, _ sentence: String) {
        DeadEndGrammarTests.expectRecognised(language, sentence)
    }

    @Test(arguments: [
        "Niemand wird Ihr Passwort lesen.", "Ihr Fortschritt geht verloren, wenn Sie die Seite schließen.",
        "Ungespeicherte Antworten gehen verloren.", "Unsaved answers will be lost.",
        "Wir haben noch keine Antworten erhalten.", "We hebben nog geen antwoorden ontvangen.",
        "Csak értesítéseket küldünk az Ön címére.",
        "Ihre Adresse, die nur für Benachrichtigungen verwendet wird, bleibt privat.",
        "Nadie leerá tu contraseña.", "Ingen kommer att läsa ditt lösenord.",
        "Nobody but you can read this inbox.", "Niemand außer Ihnen kann dieses Postfach lesen.",
        "Nobody from our team will read your private messages.",
    ])
    func leavesAlone(_ sentence: String) {
        DeadEndGrammarTests.expectSilent(sentence)
    }
}
