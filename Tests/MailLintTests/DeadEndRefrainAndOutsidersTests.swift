import Testing

@testable import MailLint

/// Dead ends said with a verb of refraining where other languages put "not" (Danish "lad være
/// med at svare", Swedish "låt bli att svara", Norwegian after "vennligst"), with Italian
/// "replicare a" (to reply to), German "PN" (a forum's private message) as what is replied
/// to, and Japanese "読まれることはありません" (will never be read); and the look-alikes each
/// must leave alone: refraining offered as a choice ("Du kan lade være med at svare"),
/// "replicare" as copying, and mail that outsiders (third parties, unauthorised persons)
/// will not read, which is a promise of privacy, not a closed mailbox (probe round 87) —
/// while an instruction said of mail a third party sent still turns replies away (round 88).
struct DeadEndRefrainAndOutsidersTests {
    @Test(arguments: [
        ("da", "Lad være med at svare på denne e-mail."),
        ("da", "Vær venlig at lade være med at svare på denne besked."),
        ("sv", "Låt bli att svara på det här mejlet."),
        ("nb", "Vennligst la være å svare på denne e-posten."),
        ("it", "Vi preghiamo di non replicare a questa email."),
        ("it", "Si prega di non replicare a questo messaggio."),
        ("de", "Bitte nicht auf diese PN antworten."),
        ("de", "Bitte antworte nicht auf diese Privatnachricht."),
        ("ja", "このアドレスに返信されても読まれることはありません。"),
        ("en", "Please do not reply to this email as it was sent by a third party provider."),
        ("de", "Bitte antworten Sie nicht auf diese E-Mail, sie wurde von Dritten in unserem Auftrag versendet."),
        ("es", "No responda a este correo, fue enviado por terceros en nuestro nombre."),
        ("zh", "请勿回复此邮件，本邮件由第三方平台代发。"),
    ])
    func recognises(_ language: String, _ sentence: String) {
        DeadEndGrammarTests.expectRecognised(language, sentence)
    }

    @Test(arguments: [
        "Du kan lade være med at svare, hvis du ikke har spørgsmål.",
        "Du kan la være å svare hvis du ikke har spørsmål.",
        "Lad være med at dele denne kode med nogen.", "Låt bli att dela koden med någon.",
        "Non replicare a tutti i destinatari.", "Si prega di non replicare i contenuti di questo sito.",
        "Non esitare a replicare a questo messaggio se hai domande.",
        "Du kannst auf diese PN direkt antworten.",
        "The contents of this email will not be read by third parties.",
        "This mailbox is confidential and is not to be read by unauthorised persons.",
        "Der Inhalt dieses Postfachs wird nicht von Dritten gelesen.",
        "Le contenu de cette boîte mail n'est pas lu par des tiers.",
        "Это письмо не будет прочитано третьими лицами.",
        "このメールの内容が第三者に読まれることはありません。",
        "このメールは第三者に読まれないよう暗号化されています。",
        "此邮箱的内容不会被第三方查看。",
    ])
    func leavesAlone(_ sentence: String) {
        DeadEndGrammarTests.expectSilent(sentence)
    }
}
