import Testing

@testable import MailLint

/// Dead ends said of a mailbox no longer in use or not set up to receive mail, of messages
/// to this address left unanswered or forwarded to no one, and an informal "don't reply to
/// this"; and the look-alikes each reading must leave alone: an address not used for
/// marketing, no question left unanswered, mail forwarded to the right team.
struct DeadEndUnansweredAndUnusedMailboxTests {
    @Test(arguments: [
        ("en", "This mailbox is no longer in use."), ("de", "Dieses Postfach wird nicht mehr genutzt."),
        ("fr", "Cette boîte aux lettres n'est plus utilisée."), ("ru", "Этот почтовый ящик больше не используется."),
        ("zh", "此邮箱已停止使用。"), ("en", "Emails to this address are not forwarded to anyone."),
        ("nl", "E-mails naar dit adres worden aan niemand doorgestuurd."),
        ("he", "הודעות לכתובת זו אינן מועברות לאף אחד."), ("de", "Ihre Antwort bleibt unbeantwortet."),
        ("hu", "A válasza megválaszolatlan marad."), ("ar", "سيبقى ردك بلا إجابة."),
        ("da", "Denne adresse er ikke sat op til at modtage e-mails."),
        ("ro", "Această adresă nu este configurată pentru a primi e-mailuri."),
        ("hu", "Ez a cím nincs beállítva levelek fogadására."),
        ("cs", "Na zprávy zaslané na tuto adresu nebudeme odpovídat."),
        ("nl", "Reageer hier niet op, niemand ziet het."),
        ("tr", "Buna cevap verme, kimse görmeyecek."), ("zh", "别回复这个，没人会看。"),
    ])
    func recognises(_ language: String, _ sentence: String) {
        DeadEndGrammarTests.expectRecognised(language, sentence)
    }

    @Test(arguments: [
        "This address is not used for marketing.", "Your old address is no longer in use, so we updated your profile.",
        "We forward emails to this address to the right team.", "This address is set up to receive invoices.",
        "Keine Frage bleibt unbeantwortet.", "Aucune question ne restera sans réponse.",
        "Этот адрес не используется для рассылок.", "Żadne pytanie nie pozostanie bez odpowiedzi.",
        "Reply to this email and someone will see it within the hour.",
    ])
    func leavesAlone(_ sentence: String) {
        DeadEndGrammarTests.expectSilent(sentence)
    }
}
