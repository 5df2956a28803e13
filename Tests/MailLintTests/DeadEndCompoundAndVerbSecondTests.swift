import Testing

@testable import MailLint

/// Dead ends said with a hyphenated compound of "no-reply" ("No-Reply-Adresse",
/// "no-reply-adres", "no-reply-osoitteesta"), with the sender's seeing ("nous ne verrons
/// pas"), and in the verb-second order that puts the state verb first and the negation last
/// after a condition ("wenn Sie antworten, sehen wir Ihre Nachricht nicht"), and of an inbox
/// or a sender account as senders name them ("Dieser Posteingang", "esta bandeja de
/// entrada"); and the
/// look-alikes each reading must leave alone, among them a negated reply that is a condition,
/// not an instruction ("Wenn Sie nicht antworten, …").
struct DeadEndCompoundAndVerbSecondTests {
    @Test(arguments: [
        ("de", "Dies ist eine No-Reply-Adresse."), ("de", "Dies ist eine Noreply-Adresse."),
        ("de", "Diese E-Mail wurde von einem No-Reply-Postfach gesendet."), ("de", "Dies ist eine No-Reply-Mail."),
        ("nl", "Dit is een no-reply-adres."), ("nl", "Dit is een no-reply-e-mail."),
        ("sv", "Detta är en no-reply-adress."), ("da", "Dette er en no-reply-adresse."),
        ("nb", "Dette er en no-reply-adresse."), ("fi", "Tämä viesti on lähetetty no-reply-osoitteesta."),
        ("fr", "Si vous répondez à cet e-mail, nous ne verrons pas votre message."),
        ("it", "Se rispondi a questa email, non vedremo il tuo messaggio."),
        ("pt", "Se responder a este e-mail, não veremos a sua mensagem."),
        ("de", "Wenn Sie auf diese E-Mail antworten, sehen wir Ihre Nachricht nicht."),
        ("de", "Wenn Sie antworten, kommt Ihre Nachricht nicht an."),
        ("nl", "Als u op deze e-mail antwoordt, zien wij uw bericht niet."),
        ("de", "Dieser Posteingang wird nicht gelesen."), ("de", "Dieses Absenderkonto empfängt keine Nachrichten."),
        ("es", "Esta bandeja de entrada no se revisa."),
        ("pt", "Os pedidos enviados para este endereço não serão processados."),
        // The reply as a condition in a second-person form, and a state that carries its
        // negation ("neuvidíme").
        ("pl", "Jeśli odpowiesz na tę wiadomość, nie zobaczymy jej."),
        ("ru", "Если вы ответите на это письмо, мы его не увидим."),
        ("fi", "Jos vastaat tähän viestiin, emme näe sitä."),
        ("cs", "Pokud na tento e-mail odpovíte, vaši zprávu neuvidíme."),
        ("en", "This email is sent from an unmanned mailbox."), ("en", "Any email sent to this address will bounce."),
        ("en", "Replies to this message are undeliverable."),
        ("fr", "Cette adresse e-mail n'est pas habilitée à recevoir des messages."),
        ("de", "Diese Adresse ist nicht für den Empfang von Nachrichten eingerichtet."),
        ("nl", "Dit adres is niet ingericht om berichten te ontvangen."),
        // A condition in another clause leaves the instruction as it is.
        ("de", "Falls Sie Fragen haben, bitte nicht antworten, sondern unser Formular nutzen."),
        // The mailbox as a compound, or with its adjective, before the negation.
        ("de", "Wir lesen dieses E-Mail-Postfach nicht."), ("de", "Dieses E-Mail-Postfach wird nicht überwacht."),
        ("it", "Non controlliamo questa casella di posta elettronica."),
        ("pt", "Não monitoramos esta caixa de correio eletrônico."),
    ])
    func recognises(_ language: String, _ sentence: String) {
        DeadEndGrammarTests.expectRecognised(language, sentence)
    }

    @Test(arguments: [
        // Not a no-reply address, or no longer.
        "Dies ist keine No-Reply-Adresse: Antworten Sie gern.", "Dit is geen no-reply-adres, u kunt gewoon antwoorden.",
        "Detta är ingen no-reply-adress – svara gärna.",
        // The reply as a condition of something else; a reply that is read.
        "Wenn Sie nicht antworten, sehen wir Ihre Bestellung als bestätigt an.",
        "Wenn Sie nicht antworten, gilt Ihre Bestellung als bestätigt.",
        "Falls Sie nicht antworten, wird Ihre Bestellung bestätigt.",
        "Wenn Sie auf diese E-Mail antworten, lesen wir Ihre Nachricht noch am selben Tag.",
        "Wenn Sie antworten, erhalten Sie keine weiteren Erinnerungen.",
        "Als u niet antwoordt, zien wij uw bestelling als bevestigd.",
        "Si vous ne répondez pas, nous verrons cela comme un accord.",
        "Si vous répondez à cet e-mail, nous verrons votre message dans la journée.",
        // The reader's inbox, where mail may not arrive; requests of another kind.
        "Si el correo no llega a su bandeja de entrada, revise la carpeta de spam.",
        "Falls die E-Mail nicht in Ihrem Posteingang ankommt, prüfen Sie den Spam-Ordner.",
        "Os pedidos incompletos não serão processados.",
        "Jeśli nie odpowiesz w ciągu 7 dni, zamówienie zostanie anulowane.",
        "Если вы ответите на это письмо, мы увидим его сразу.",
        "Pokud neodpovíte do 7 dnů, objednávka bude zrušena.",
        "Pokud na tento e-mail odpovíte, vaši zprávu uvidíme ještě dnes.",
        "You can't reply to comments on this post anymore.",
        "Your email bounced because the recipient's address was wrong.",
        // A street address not set up for parcels; the reader's address.
        "Dit adres is niet ingericht om pakketten te ontvangen.", "Dit adres is niet ingericht voor pakketbezorging.",
        "Ihre Adresse ist nicht für den Empfang von Nachrichten eingerichtet.",
        "Wir lesen Ihr E-Mail-Postfach nicht.", "Non controlliamo la tua casella di posta elettronica.",
        "Não monitoramos a sua caixa de correio eletrônico.",
    ])
    func staysSilentOnLookAlikes(_ sentence: String) {
        DeadEndGrammarTests.expectSilent(sentence)
    }
}
