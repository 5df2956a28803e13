import Testing

@testable import MailLint

/// Dead ends as they are typed: without diacritics (templates kept in ASCII), with common
/// typos and run-together words ("donot", "replay to"), and as a way to reach the sender
/// followed by "not by replying" ("et non en répondant", "nicht per Antwort", "а не
/// ответом"); and the look-alikes each reading must leave alone: a reply asked for after all,
/// where the negation stands in a later clause ("reply to this email, not to the old
/// address") or a later clause's own reply verb takes the mailbox ("we will not reply by
/// post, but you can reply to this email").
struct DeadEndPlainTypingTests {
    @Test(arguments: [
        ("en", "Please donot reply to this email."), ("en", "Please do not replay to this email."),
        ("en", "Please contact us through our help center, not by replying to this email."),
        ("es", "Contáctanos a través de nuestro centro de ayuda y no respondiendo a este correo."),
        ("pt", "Por favor, nao responda este e-mail."),
        ("pt", "Entre em contato pelo nosso site, e não respondendo a este e-mail."),
        ("fr", "Ce message est genere automatiquement, merci de ne pas y repondre."),
        ("fr", "Merci de nous contacter via notre formulaire et non en répondant à cet e-mail."),
        ("de", "Antworten auf diese Nachricht koennen nicht bearbeitet werden."),
        ("de", "Bitte kontaktieren Sie uns über unser Kontaktformular und nicht per Antwort auf diese E-Mail."),
        ("it", "Contattaci tramite il modulo, non rispondendo a questa email."),
        ("nl", "Neem contact op via ons formulier en niet door op deze e-mail te reageren."),
        ("pl", "Prosimy nie odpowiadac na ta wiadomosc."),
        ("pl", "Skontaktuj się z nami przez formularz, a nie odpowiadając na tę wiadomość."),
        ("cs", "Neodpovidejte na tento e-mail."), ("tr", "Lutfen bu e-postayi yanitlamayin."),
        ("vi", "Vui long khong tra loi email nay."),
        ("ru", "Свяжитесь с нами через форму, а не ответом на это письмо."),
        ("sv", "Kontakta oss via formuläret, inte genom att svara på detta mejl."),
    ])
    func recognises(_ language: String, _ sentence: String) {
        DeadEndGrammarTests.expectRecognised(language, sentence)
    }

    @Test(arguments: [
        "Please reply to this email, not to the old address.",
        "Contact us by replying to this email, not through the old form.", "Responde a este correo, no al anterior.",
        "Rispondi a questa email, non a quella precedente.",
        "We will not reply by post, but you can reply to this email.",
        "Please do not replay the video during the exam.", "Lutfen bu e-postayi cuma gunune kadar yanitlayin.",
        "No olvides confirmar tu cita respondiendo a este correo.",
        "Non esitare a contattarci rispondendo a questa email.",
        "Nie zapomnij potwierdzić, odpowiadając na tę wiadomość.",
        "Bitte teilen Sie uns per Antwort mit, ob Sie teilnehmen.",
        "Vergeet niet te bevestigen door op deze e-mail te reageren.",
    ])
    func leavesAlone(_ sentence: String) {
        DeadEndGrammarTests.expectSilent(sentence)
    }
}
