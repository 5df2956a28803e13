import Testing

@testable import MailLint

/// Dead-end statements recognised by structure (`DeadEndGrammar`), in every language of the
/// lexicon, and the look-alikes that must stay silent. The sentences are written here for
/// the tests (none is copied from a source under a copyleft licence).
struct DeadEndGrammarTests {
    static func recognised(_ text: String) -> [(language: String, pattern: String)] {
        DeadEndGrammar.statements(in: FoldedText(text)).map {
            (DeadEndLexicon.languages[$0.language].code, $0.pattern.rawValue)
        }
    }

    /// Expects `sentence` read as a dead end of `language`.
    static func expectRecognised(_ language: String, _ sentence: String) {
        let found = recognised(sentence)
        #expect(found.contains { $0.language == language }, "\(sentence): \(found)")
    }

    /// Expects `sentence` read as no dead end at all.
    static func expectSilent(_ sentence: String) {
        #expect(recognised(sentence).isEmpty, "\(sentence): \(recognised(sentence))")
    }

    /// One sentence per line: language code, then the sentence.
    @Test(arguments: [
        ("en", "Please do not reply to this email."), ("en", "Don’t reply — this inbox isn't monitored."),
        ("en", "This mailbox is not monitored."), ("en", "Replies to this address will not be read."),
        ("en", "This message was sent from an unmonitored address."), ("en", "Kindly do not respond to this message."),
        ("en", "This address cannot receive replies."), ("en", "DO NOT REPLY TO THIS E-MAIL"),
        ("de", "Bitte antworten Sie nicht darauf."), ("de", "Antworten Sie bitte nicht auf diese E-Mail."),
        ("de", "Antworten auf diese Nachricht werden nicht gelesen."), ("de", "Dieses Postfach wird nicht überwacht."),
        ("fr", "Merci de ne pas y répondre."), ("fr", "N’y répondez pas, s’il vous plaît."),
        ("fr", "Veuillez ne pas répondre à ce courriel."), ("fr", "Cette adresse n'est pas consultée."),
        ("es", "Las respuestas a esta dirección no se leen."), ("es", "Por favor, no responda a este mensaje."),
        ("es", "Este buzón no es supervisado."),
        ("pt", "Esta é uma mensagem automática, não responda."),
        ("pt", "As respostas para este endereço não são lidas."),
        ("it", "Si prega di non rispondere a questa email."), ("it", "Questa casella non è monitorata."),
        ("nl", "Gelieve niet te antwoorden op dit bericht."), ("nl", "Reageer niet op deze e-mail."),
        ("sv", "Svara inte på detta mejl."), ("da", "Svar venligst ikke på denne e-mail."),
        ("nb", "Vennligst ikke svar på denne e-posten."), ("fi", "Älä vastaa tähän viestiin."),
        ("pl", "Prosimy nie odpowiadać na tę wiadomość."), ("cs", "Na tento e-mail prosím neodpovídejte."),
        ("sk", "Na tento e-mail neodpovedajte."), ("hu", "Kérjük, ne válaszoljon erre az e-mailre."),
        ("ro", "Vă rugăm să nu răspundeți la acest e-mail."), ("tr", "Lütfen bu e-postayı yanıtlamayınız."),
        ("el", "Παρακαλούμε μην απαντάτε σε αυτό το μήνυμα."), ("ru", "Пожалуйста, не отвечайте на это письмо."),
        ("uk", "Будь ласка, не відповідайте на цей лист."), ("id", "Mohon jangan membalas email ini."),
        ("vi", "Vui lòng không trả lời email này."), ("ar", "يرجى عدم الرد على هذه الرسالة."),
        ("he", "נא לא להשיב להודעה זו."), ("ja", "このメールアドレスは送信専用です。"),
        ("ja", "このメールに返信しないでください。"), ("zh", "此邮件为系统自动发送，请勿直接回复。"),
        ("zh-Hant", "此郵件由系統自動發送，請勿回覆。"), ("ko", "본 메일은 발신 전용이므로 회신하지 마십시오."),
        ("th", "กรุณาอย่าตอบกลับอีเมลนี้"), ("ru", "Ответы на этот адрес не читаются."),
        ("tr", "Bu adrese gönderilen yanıtlar okunmaz."), ("fi", "Vastauksia ei lueta."),
        // A state that is itself the negation; Finnish "eikä" (and not) with a modal verb.
        ("en", "Replies sent to this address will be ignored."), ("fr", "Les réponses à ce message sont ignorées."),
        ("fi", "Viesti on lähetetty automaattisesti eikä siihen voi vastata."),
        // Japanese 不要 ("not needed") is not Chinese 不要 ("do not"): no need word across unspaced scripts.
        ("zh", "本邮件由系统发送，请不要回复此邮件。"),
        // A relative pronoun right after the mailbox carries the mailbox's own predicate.
        ("en", "It comes from a sending account which is not monitored."),
        ("en", "Replies that are sent here are not read."),
        // A verb of arrival: the reply does not reach anyone.
        ("nl", "Een antwoord op dit bericht komt niet aan."),
        // The reader's inability, the mailbox that does not accept, replies that go unread,
        // the passive "cannot be answered".
        ("en", "You can't reply to this message."), ("en", "Any response to this email will go unread."),
        ("fr", "Cette adresse n’accepte pas les réponses."), ("es", "Este buzón no admite respuestas."),
        ("pt", "Este endereço não recebe respostas."), ("de", "Auf diese Nachricht kann nicht geantwortet werden."),
        ("sv", "Det går inte att svara på detta mejl."), ("nb", "Denne meldingen kan ikke besvares."),
        ("de", "Antworten auf diese Nachricht können wir leider nicht bearbeiten."),
        // The sender about its own replies or mailbox, not a condition.
        ("en", "We can't respond to replies sent to this address."),
        ("en", "We are unable to reply to emails sent to this mailbox."),
        // A word of the other-mail class further on does not make it advice.
        ("en", "Please do not reply to this email, and mark it as spam if unsure."),
        ("en", "Please do not reply. Spam reports go to abuse@example.com."),
        ("en", "Please do not reply. Reports of spam go to abuse@example.com."),
        // A credential in the next clause, or before the instruction where the object follows the verb.
        ("en", "Please do not reply to this email, your password has not changed."),
        ("en", "Your password was reset, so please do not reply to this email."),
        // A modal verb between the negation and the infinitive; a definite mailbox noun.
        ("hu", "Erre az üzenetre nem lehet válaszolni."), ("nb", "Denne e-postadressen overvåkes ikke."),
        // "Cannot be answered" as each language says it: a modal between the negation and the
        // verb, a negation that is itself "impossible", a passive that carries it.
        ("pl", "Na tę wiadomość nie można odpowiedzieć."), ("cs", "Na tuto zprávu nelze odpovědět."),
        ("sk", "Na túto správu nie je možné odpovedať."), ("ru", "На это письмо нельзя ответить."),
        ("uk", "На цей лист не можна відповісти."), ("tr", "Bu mesaj yanıtlanamaz."),
        ("ar", "لا يمكن الرد على هذه الرسالة."), ("id", "Email ini tidak dapat dibalas."),
        ("vi", "Email này không thể trả lời."),
        // The sender's state before its replies; replies that go nowhere; an adjective in the chain.
        ("en", "We're unable to read replies to this email."), ("en", "Note: replies to this email go nowhere."),
        ("es", "Los correos enviados a esta dirección no serán atendidos."),
        ("it", "Questo indirizzo email non accetta risposte."),
        ("nl", "Gelieve niet op deze automatische e-mail te antwoorden."),
        // "Not possible" as an impersonal statement, and the verb as its subject.
        ("en", "Please note that it's not possible to reply to this email."),
        ("en", "Replying to this email is not possible."), ("en", "Kindly refrain from replying to this email."),
        ("de", "Eine Antwort auf diese E-Mail ist nicht möglich."),
        ("fr", "Il n'est pas possible de répondre à ce message."), ("es", "No es posible responder a este mensaje."),
        ("nl", "Het is niet mogelijk om op deze e-mail te reageren."),
        ("sv", "Det är inte möjligt att svara på detta meddelande."),
        ("pl", "Odpowiedź na tę wiadomość nie jest możliwa."), ("ru", "Ответ на это письмо невозможен."),
        ("el", "Δεν είναι δυνατή η απάντηση σε αυτό το μήνυμα."), ("he", "לא ניתן להשיב לדוא\"ל זה."),
        // Replies deleted; a mailbox "monitorizado"; a Turkish dative address; Thai send-only.
        ("en", "Replies to this email will be automatically deleted."), ("es", "Este buzón no está monitorizado."),
        ("tr", "Bu adrese gönderilen e-postalar okunmamaktadır."), ("th", "อีเมลนี้เป็นอีเมลสำหรับส่งเท่านั้น"),
        ("en", "This message was sent from an unmonitored account."),
        ("en", "This address is used for sending only."), ("en", "Please don't hit reply."),
        // A Slovak reflexive passive, an Arabic mailbox named as "this email", replies that
        // will not be processed, a mailbox not monitored in traditional script, the reply as
        // the subject of a future.
        ("sk", "Odpovede na túto adresu sa nečítajú."), ("ar", "هذا البريد الإلكتروني لا يتم مراقبته."),
        ("zh", "回复此邮件将不会被处理。"), ("zh-Hant", "此信箱不受監控。"), ("en", "Your reply will not reach anyone."),
        // German "absehen von": the separable verb around its object, and its infinitive.
        ("de", "Bitte sehen Sie von Antworten auf diese E-Mail ab."),
        ("de", "Wir bitten Sie, von einer Antwort auf diese Nachricht abzusehen."),
        // An exception in the next sentence is not the instruction's.
        ("en", "Please do not reply to this email. Unless stated otherwise, prices include VAT."),
        // The reply as a condition and what becomes of it, in either order; a negative subject;
        // a state verb in its base form; pronouns between a state and its negation.
        ("en", "If you reply to this message, we won't receive it."),
        ("en", "We won't see your reply if you respond to this email."),
        ("en", "Should you reply to this message, nobody will see it."),
        ("de", "Wenn Sie auf diese E-Mail antworten, wird Ihre Nachricht nicht gelesen."),
        ("nl", "Als je op deze e-mail reageert, wordt je bericht niet gelezen."),
        ("es", "Si respondes a este correo, no lo recibiremos."),
        ("en", "Nobody reads replies sent to this address."),
        ("en", "Our systems don't process replies to this message."),
        ("de", "Rückmeldungen an diese Adresse erreichen uns nicht."),
        ("tr", "Bu e-posta adresi gelen iletileri kabul etmemektedir."),
        // Replies "not possible", in the plural where the language inflects it; auxiliaries
        // between a negation and its state; the sender address as a compound; the reader's
        // own reply as a noun.
        ("en", "Replies to this notification are not possible."),
        ("fr", "Les réponses à cette notification ne sont pas possibles."),
        ("it", "Le risposte a questa notifica non sono possibili."),
        ("pt", "Não são aceitas respostas a este endereço."),
        ("nl", "Het afzenderadres van deze e-mail wordt niet gecontroleerd."),
        ("sv", "Avsändaradressen för det här mejlet övervakas inte."),
        ("fi", "Tämän viestin lähettäjäosoitetta ei valvota."),
        ("ja", "この送信元アドレスは監視されていません。"), ("en", "Your response to this message will not be seen by anyone."),
        // "You cannot reply" said of no one in particular, the reader walked past.
        ("da", "Du kan ikke svare på denne e-mail."), ("nl", "Op dit bericht kun je niet reageren."),
        // The sender not monitoring its mailbox; replies that bounce; a reply sent as a noun;
        // "impossible" as a negated "possible", before or after the verb.
        ("en", "We don't monitor this inbox."), ("en", "Any reply to this message will bounce."),
        ("de", "Bitte senden Sie keine Antwort an diese Adresse."),
        ("fr", "Il est impossible de répondre à ce message."), ("ru", "Ответить на это письмо невозможно."),
        ("it", "È impossibile rispondere a questa email."),
        // Mail to the address left unanswered; the nominalised German reply; replies "not
        // answered" in Spanish; a Dutch mailbox "not staffed".
        ("en", "Emails to this address go unanswered."), ("de", "Eine Beantwortung dieser E-Mail ist nicht möglich."),
        ("es", "Los mensajes enviados a esta dirección no serán respondidos."),
        ("nl", "Dit e-mailadres wordt niet bemand."),
        // "You cannot reply" as one negation, a negative subject with a future or present
        // state, replies that get lost, "no replies, please".
        ("es", "No puedes responder a este correo."), ("pt", "Você não pode responder a esta mensagem."),
        ("it", "Non puoi rispondere a questo messaggio."), ("pl", "Nie możesz odpowiedzieć na tę wiadomość."),
        ("ru", "Вы не можете ответить на это сообщение."), ("es", "Nadie leerá tu respuesta."),
        ("pt", "Ninguém vai ler sua resposta."), ("nl", "Niemand leest je antwoord."),
        ("en", "We won't get your reply."), ("en", "Replies to this email will be lost."),
        ("en", "No replies, please."), ("de", "Bitte keine Antworten."),
        ("de", "Antworten auf diese Mail kommen nicht an."), ("de", "Diese E-Mail stammt von einer No-Reply-Adresse."),
        // Nobody reads the replies, and "you cannot reply", in more languages; the replies
        // preferred to the address they were sent to.
        ("de", "Niemand liest Antworten auf diese E-Mail."), ("fr", "Personne ne lit les réponses à ce message."),
        ("sv", "Ingen läser svar på det här mejlet."), ("hu", "Senki nem olvassa az erre a címre küldött válaszokat."),
        ("tr", "Bu adrese gönderilen yanıtları kimse okumaz."), ("el", "Δεν μπορείτε να απαντήσετε σε αυτό το μήνυμα."),
        ("cs", "Na tento e-mail nemůžete odpovědět."), ("fi", "Et voi vastata tähän viestiin."),
        ("id", "Anda tidak dapat membalas email ini."), ("ru", "Никто не читает ответы на этот адрес."),
        // An address that cannot receive replies, through a relative pronoun; a reply that
        // will not be read; the state before a negated noun phrase.
        ("da", "Denne e-mail er sendt fra en adresse, der ikke kan modtage svar."),
        ("pl", "Ta wiadomość została wysłana z adresu, który nie może odbierać odpowiedzi."),
        ("el", "Η απάντησή σας δεν θα διαβαστεί."), ("he", "תשובתך לא תיקרא."), ("tr", "Yanıtınız okunmayacak."),
        ("de", "Wir lesen keine Antworten auf diese Adresse."), ("nl", "Wij lezen geen antwoorden op dit adres."),
        ("ja", "このメールは返信を受け付けないアドレスから送信されています。"),
        // Replies as what is not to be sent, the verb of sending on either side of its negation.
        ("en", "Do not send replies to this address."), ("de", "Senden Sie keine Antworten an diese Adresse."),
        ("fr", "N'envoyez pas de réponse à cette adresse."), ("nb", "Ikke send svar til denne adressen."),
        ("ru", "Не отправляйте ответы на этот адрес."), ("cs", "Neposílejte odpovědi na tuto adresu."),
        ("zh", "请勿向此地址发送回复。"), ("tr", "Bu mesaja yanıt vermek mümkün değildir."),
        // Nobody checks the mailbox: a negative subject is the sender's own; the longest noun
        // at a word; a demonstrative after the noun; the state before the noun in Chinese.
        ("en", "Nobody checks this mailbox."), ("pt", "Ninguém verifica esta caixa de entrada."),
        ("id", "Tidak ada yang memeriksa kotak surat ini."), ("cs", "Odpovědi na tuto adresu nikdo nečte."),
        ("zh", "没有人查看此邮箱。"), ("fr", "Cette adresse sert uniquement à l'envoi."),
        // An address that does not accept incoming mail, the state verbs of accepting.
        ("de", "Diese E-Mail-Adresse nimmt keine eingehenden Nachrichten an."),
        ("sv", "Den här e-postadressen tar inte emot inkommande meddelanden."),
        ("cs", "Tato e-mailová adresa nepřijímá příchozí zprávy."),
        ("hu", "Ez az e-mail-cím nem fogad bejövő üzeneteket."),
        // What becomes of the replies: deleted or ignored, said after them; the verb first
        // after its auxiliary in Arabic; in scripts without spaces, the replies then their fate.
        ("de", "Antworten auf diese E-Mail werden automatisch gelöscht."),
        ("fr", "Les réponses à cet e-mail sont automatiquement supprimées."),
        ("hu", "Az erre az e-mailre küldött válaszokat automatikusan töröljük."),
        ("ar", "يتم حذف الردود على هذه الرسالة تلقائيًا."), ("ja", "このメールへの返信は自動的に削除されます。"),
        ("zh", "对此邮件的回复将被自动删除。"), ("th", "การตอบกลับอีเมลนี้จะถูกลบโดยอัตโนมัติ"),
        ("pl", "Twoja odpowiedź do nikogo nie dotrze."), ("ru", "Ваш ответ никто не получит."),
        // Nothing to be written or sent to this address: the mailbox as the destination of a
        // negated verb of sending or writing, after a preposition or in a case that says so.
        ("en", "Please do not write to this address."), ("de", "Bitte senden Sie keine E-Mails an diese Adresse."),
        ("fr", "Merci de ne pas envoyer de messages à cette adresse."), ("cs", "Na tuto adresu prosím nepište."),
        ("hu", "Kérjük, ne írjon erre a címre."), ("tr", "Lütfen bu adrese yazmayın."),
        ("fi", "Älä kirjoita tähän osoitteeseen."), ("zh", "请勿向此地址发送邮件。"),
        ("ja", "このアドレスにはメールを送信しないでください。"), ("ko", "이 주소로 메일을 보내지 마십시오."),
        ("th", "กรุณาอย่าเขียนถึงที่อยู่นี้"),
        // Messages to this address go unanswered.
        ("pl", "Wiadomości wysłane na ten adres pozostaną bez odpowiedzi."),
        ("ru", "Сообщения, отправленные на этот адрес, остаются без ответа."),
        ("hu", "Az erre a címre küldött üzenetekre nem válaszolunk."),
        // A mailbox whose one use is outgoing mail; a system that cannot process replies; the
        // sender who cannot answer what is sent to this address, the subject in the verb.
        ("en", "This address is used for notifications only."),
        ("pl", "Ten adres służy wyłącznie do wysyłania powiadomień."),
        ("vi", "Địa chỉ này chỉ được sử dụng để gửi thông báo."), ("ja", "このアドレスは通知専用です。"),
        ("th", "ที่อยู่นี้ใช้สำหรับการแจ้งเตือนเท่านั้น"),
        ("de", "Diese Nachricht wurde von einem automatischen System gesendet, das keine Antworten verarbeiten kann."),
        ("es", "No podemos responder a las preguntas enviadas a esta dirección."),
        ("de", "Fragen an diese E-Mail-Adresse können wir nicht beantworten."),
        ("cs", "Na dotazy zaslané na tuto adresu nemůžeme odpovědět."), ("vi", "Bạn không thể trả lời email này."),
        // Not the reply button; instead of replying; a passive reply.
        ("en", "Please do not use the reply button."), ("de", "Bitte verwenden Sie nicht die Antworten-Funktion."),
        ("nl", "Gebruik a.u.b. niet de antwoordknop."), ("tr", "Lütfen yanıtla düğmesini kullanmayın."),
        ("en", "Instead of replying to this email, please use our contact form."),
        ("de", "Statt auf diese E-Mail zu antworten, nutzen Sie bitte unser Kontaktformular."),
        ("ru", "Вместо ответа на это письмо воспользуйтесь формой обратной связи."),
        ("tr", "Bu e-postayı yanıtlamak yerine lütfen iletişim formumuzu kullanın."),
        ("ja", "このメールに返信する代わりに、お問い合わせフォームをご利用ください。"), ("zh", "请使用我们的联系表单，而不是回复此邮件。"),
        ("es", "Este correo no puede ser respondido."), ("nl", "Op deze e-mail kan niet worden geantwoord."),
        // Mail cannot be received at this address; do not contact us through it; replies come back.
        ("en", "We are unable to receive emails at this address."),
        ("de", "Wir können unter dieser Adresse keine E-Mails empfangen."),
        ("ar", "لا يمكننا استقبال رسائل البريد الإلكتروني على هذا العنوان."),
        ("en", "Please do not contact us via this address."),
        ("fr", "Merci de ne pas nous contacter via cette adresse."),
        ("pl", "Prosimy nie kontaktować się z nami za pośrednictwem tego adresu."), ("zh", "请勿通过此地址联系我们。"),
        ("en", "Replies to this email will be returned as undeliverable."), ("zh", "我们无法回答发送到此地址的问题。"),
        // English footers as large senders write them.
        ("en", "This e-mail is auto-generated; replying will not reach us."), ("en", "This is a post-only mailing."),
        ("en", "Please note that replies to this email will be automatically discarded."),
        // Telegraphic footers: "impossible" after the replies, a participle before the mailbox.
        ("fr", "Réponse impossible."), ("pl", "Odpowiedź niemożliwa."), ("ar", "الرد غير ممكن."),
        ("tr", "İzlenmeyen posta kutusu."), ("th", "ห้ามตอบกลับ"), ("es", "No responder a este correo."),
        ("zh", "本邮件为系统通知邮件，回复无效。"), ("he", "לא נענה להודעות שיישלחו לכתובת זו."),
        ("fr", "Notre équipe ne voit pas les réponses à cet e-mail."),
        ("nl", "Antwoorden worden ongelezen verwijderd."),
        ("pt", "Esta é uma mensagem automática e não deve ser respondida."),
        ("pl", "Ten adres e-mail nie służy do odbierania wiadomości."),
        ("fr", "Les courriels envoyés à cette adresse ne sont pas consultés."),
    ])
    func recognisesDeadEnds(_ language: String, _ sentence: String) {
        Self.expectRecognised(language, sentence)
    }

    @Test(arguments: [
        "Do not hesitate to reply if you have questions.", "Feel free to reply to this email.",
        "Reply to this email if you have questions.", "Reply STOP to unsubscribe.",
        "Do not forward or share this code.", "Do not reply-all with large attachments.", "We do not reply to spam.",
        "If you do not reply within 7 days, your booking is cancelled.", "You do not need to reply.",
        "There is no need to reply.", "If you can't read this email, view it in your browser.",
        "Can't read this email? View it online.", "If you did not request this, reply to this email.",
        "Zögern Sie nicht, auf diese E-Mail zu antworten.", "N’hésitez pas à répondre à ce message.",
        "Si no respondes en 7 días, cancelaremos tu pedido.", "Non esitate a rispondere a questa email.",
        "Отвечать на него не нужно.", "返信不要です。", "如有疑问，请回复此邮件。", "无需回复此邮件。",
        "궁금한 점이 있으면 회신해 주세요.", "Wir beantworten jede Nachricht innerhalb eines Tages.",
        "Your reply has been received; we read every message.",
        // A past event, a condition, advice about other mail, hesitation with a filler between.
        "We regret that it was not possible to reply to your email sooner.",
        "If it is not possible to reply online, call us.", "Avoid replying to suspicious emails.",
        "We could not read your reply because it was empty.", "Zögere nicht, auf diese Mail zu antworten.",
        // An address deleted from a list or ignored by a filter is not a mailbox nobody reads.
        "Your email address will be deleted from our mailing list.", "This email address is ignored by spam filters.",
        "Just hit reply to let us know what you think.", "We could not find an account for this email address.",
        "Aarzel dan niet om op deze e-mail te antwoorden.", "Es ist nicht möglich, sich über diese E-Mail abzumelden.",
        // Norwegian, which the Danish words read too: the Norwegian "need" word stops both readings.
        "Du trenger ikke svare på denne e-posten.",
        // A first-person verb of preference makes the negated verb the writer's own choice.
        "Preferisco non rispondere a questa domanda.",
        // A relative clause about someone else, not the mailbox's predicate.
        "This mailbox is shared with a team who do not read spam.",
        // A condition before the reader's inability; a reminder that the reader has not replied.
        "If you cannot reply from this device, use the app.", "You did not reply to our last message.",
        "If you cannot reply to this email, call us.", "We don't reply to emails on weekends.",
        // Advice about someone else's mail.
        "Do not reply to phishing emails.", "No respondas a correos sospechosos.",
        "Ne répondez pas aux e-mails suspects.", "Antworten Sie nicht auf verdächtige E-Mails.",
        // Advice about what not to send, in the word order of each language; a reading of
        // another language sees the marker too (Spanish "nunca respondas" is read as Portuguese).
        "Please do not reply with your password or card number.",
        "Ne répondez jamais à un e-mail qui vous demande votre mot de passe.",
        "Nunca respondas a correos que te pidan tu contraseña.",
        "Nigdy nie odpowiadaj na e-maile z prośbą o hasło.", "Şifrenizi soran e-postalara asla yanıt vermeyin.",
        "パスワードを尋ねるメールには絶対に返信しないでください。", "切勿回复索要密码的邮件。",
        // Replying to everyone; a need word before the negation; a negated send-only address.
        "Please don't reply all when answering this thread.", "Sie müssen auf diese E-Mail nicht antworten.",
        "This is not a no-reply address, so write back anytime.", "Don't reply to strangers who ask for money.",
        "If you can't read replies in the app, open the web version.",
        // What the account cannot receive is not mail.
        "This account cannot receive payments until it is verified.", "Your reply will help us improve.",
        // An exception lets replies through, after its comma too.
        "Don't reply unless you want to change your order.",
        "Bitte antworten Sie nicht, es sei denn, Sie möchten Ihre Bestellung ändern.",
        "Ne répondez pas à ce message, sauf si vous souhaitez modifier votre commande.",
        "No respondas a este correo a menos que quieras cambiar tu pedido.",
        "Wir sehen von Antworten auf anonyme Anfragen ab.",
        "Wenn Sie von einer Antwort absehen, schließen wir den Fall.",
        // A reply as a condition, but the state is the reader's, another verb's, or reported
        // as an event; a negated condition; a verb of arrival in another clause.
        "If you reply STOP, you will not receive any more texts.",
        "If you reply to this email, you won't receive a separate confirmation.",
        "If you reply by Friday, we can't guarantee we'll see it before the weekend.",
        "If you do not reply, we will not process your order.",
        "We have not received replies from all participants yet.",
        "Si vous répondez STOP, vous ne recevrez plus de SMS.", "Als u niet reageert, sluiten we de aanvraag.",
        "The email account that you tried to reach does not exist.",
        "Nobody reads the terms and conditions, so here is a summary.",
        // What was not received, reported as an event; replies that are not something else.
        "Your reply to our last message has not been received.",
        "Replies to this survey are not possible after Friday.",
        "Responses to this email will not be shared with third parties.", "Avsändaradressen har inte ändrats.",
        // A time that limits the instruction, and "unless it is" in Ukrainian.
        "Do not reply after 5 pm; we'll answer in the morning.",
        "Будь ласка, не відповідайте на цей лист, якщо це не терміново.",
        // The reader's mailbox, a mailbox that is not the verb's whole object, a reply that
        // is not to this message, "impossible" without a reply, a bounce without replies.
        "We do not monitor your inbox.", "We cannot process address changes by email.",
        "It is impossible to answer every question individually.",
        "Nous ne pouvons pas répondre aux questions juridiques.", "Il est impossible de modifier la commande.",
        "If an email bounces, we retry it later.", "Questions that go unanswered cost you customers.",
        "Emails to this address are answered within a day.", "Dit kantoor is niet bemand in het weekend.",
        // "No replies yet" as a noun phrase; a past modal; a time limit; nobody reading
        // something other than replies.
        "Noch keine Antworten.", "Er zijn nog geen antwoorden op je vraag.", "We could not read your reply.",
        "No puedes responder a esta encuesta después del viernes.", "Antworten kommen nicht vor Montag.",
        "Nadie leerá este libro entero.", "Niemand leest de voorwaarden.",
        // A send-only loanword negated in the sentence's own language, which the other
        // languages' readings must respect too.
        "This is not a noreply email.", "The message you sent had no reply address, so we could not answer it.",
        "Une personne lit chacune de vos réponses.", "Ingen fara, vi läser alla svar.",
        "Wir lesen keine Werbung.", "Wir haben keine Antworten gelesen.", "Ваш ответ будет прочитан сегодня.",
        "We do not send replies to customers who write after midnight.", "Do not send your password in a reply.",
        "Nous n'envoyons pas de réponse automatique.", "Bu ankete yanıt vermek mümkün değildir, süre doldu.",
        "Nobody reads this email except you.", "Niemand controleert deze mailbox op virussen.",
        "No se pudo enviar la respuesta de negociación.", "You can't read this email.",
        // What the address does not accept is payments.
        "Diese Adresse nimmt keine Zahlungen an.", "Tato adresa nepřijímá platby.",
        // A reply that was deleted is an event, not a rule; a deleted reply is an attribute.
        "Your reply was deleted by a moderator.", "Ihre Antwort wurde von einem Moderator gelöscht.",
        "Tu respuesta fue eliminada por un moderador.", "Uw antwoord is verwijderd door een moderator.",
        "Deleted replies cannot be restored.", "تم حذف ردك من قبل المشرف.", "您的回复已被管理员删除。",
        "การตอบกลับของคุณถูกลบโดยผู้ดูแลแล้ว",
        // The address as what is sent, an invitation to write, a question never unanswered.
        "Do not send this address to anyone.", "Write to this address if you have questions.",
        "Don't hesitate to write to this address.", "Zögern Sie nicht, an diese Adresse zu schreiben.",
        "Ни одно письмо на этот адрес не останется без ответа.",
        "Żadne pytanie wysłane na ten adres nie pozostanie bez odpowiedzi.", "如有疑问，请发送邮件至此地址。",
        "문의 사항은 이 주소로 보내 주십시오.",
        // The reader's address, a restriction of when, questions about something else, an
        // answer only not at once, replies never received.
        "Your email address will only be used to send you notifications.",
        "We will use the address you provided only for sending notifications.",
        "Ihre E-Mail-Adresse wird nur für den Versand von Benachrichtigungen verwendet.", "您的邮箱地址仅用于发送通知。",
        "Alamat email Anda hanya digunakan untuk notifikasi.", "ที่อยู่อีเมลของคุณใช้สำหรับการแจ้งเตือนเท่านั้น",
        "Use this address for notifications only if you want to receive them.",
        "No podemos responder a preguntas sobre impuestos.", "Emme voi vastata veroja koskeviin kysymyksiin.",
        "Chúng tôi không thể trả lời các câu hỏi về thuế.",
        "Fragen an diese Adresse können wir leider nicht sofort beantworten.",
        "Wir haben noch keine Antworten erhalten.",
        // Instead of something else, reply; a control that is not the reply one.
        "Instead of calling, you can simply reply to this email.",
        "Instead of replying by post, simply reply to this email.",
        "Anstatt uns anzurufen, antworten Sie einfach auf diese E-Mail.", "電話の代わりにこのメールに返信してください。",
        "您可以回复此邮件，而不是打电话。", "Do not use the back button while paying.", "Don't use the reply-all button.",
        // Payments, the reader's address, a contrast, a time limit, a reported event, a subject.
        "We are unable to receive payments at this address.", "We are unable to send emails to this address.",
        "Kontaktieren Sie uns nicht telefonisch, sondern per E-Mail an diese Adresse.",
        "Replies to support tickets are usually returned within a day.", "このアドレスにはメールを送信できませんでした。",
        "我们无法向此地址发送邮件。", "我们无法回答有关税务的问题。",
        // Software messages: an address not possible, a compound "contact address".
        "Priradenie požadovanej adresy nie je možné.", "不能解析联系地址。",
        "الرد على جميع الأسئلة غير ممكن.", "ห้ามแชร์รหัสนี้กับผู้อื่น",
        "Réponse impossible d'écrire le fichier.", "IP地址无效。",
        // The reader's own mailbox: "Your mailbox does not accept attachments larger than 25 MB."
        "Your mailbox does not accept attachments larger than 25 MB.", "Ihre Adresse kann keine Pakete empfangen.",
        "Il tuo indirizzo non è abilitato alla ricezione di SMS.",
    ])
    func staysSilentOnLookAlikes(_ sentence: String) {
        Self.expectSilent(sentence)
    }

    /// The finding's message says what the statement says, and adds that no other way to
    /// reach a person was found only when none was.
    @Test func theMessageSaysWhatTheStatementSays() {
        let linter = Linter(rules: [DeadEndPhraseRule.self])
        func message(_ body: String) -> String? {
            linter.lint(Array("From: a@example.com\nSubject: x\n\n\(body)\n".utf8), file: "m.eml").first?.message
        }
        let contact = "\nWrite to help@example.com with questions."
        #expect(message("Please do not reply to this email." + contact) == "the text tells the reader not to reply")
        #expect(
            message("This mailbox is not monitored." + contact) == "the text says the sending mailbox is not monitored")
        #expect(message("Replies to this address are not read." + contact) == "the text says replies are not read")
        #expect(
            message("Please do not reply to this email.")
                == "the text tells the reader not to reply, and offers no other way to reach a person")
    }

    /// The finding points at the statement's first words in the file (a negation, here),
    /// or at the start of its line in a transfer-encoded part, whose lines are encoded.
    @Test func theFindingPointsAtTheStatementsFirstWords() {
        let linter = Linter(rules: [DeadEndPhraseRule.self])
        let plain = "From: a@example.com\nSubject: x\n\nThanks for your order. Please do not reply to this email.\n"
        let found = linter.lint(Array(plain.utf8), file: "m.eml").first?.location
        #expect(found?.start == SourceLocation(offset: 62, line: 4, column: 31))
        #expect(found?.end.column == 37)
        let encoded =
            "From: a@example.com\nSubject: x\nContent-Transfer-Encoding: quoted-printable\n\n"
            + "Thanks for your order. Please do not reply to this email.\n"
        #expect(linter.lint(Array(encoded.utf8), file: "m.eml").first?.location.start.column == 1)
    }

    /// The same sentence in both alternatives, or as a header and a footer, is one problem:
    /// one finding, its other places evidence. Two different sentences are two findings.
    @Test func oneFindingPerSentenceWhereverItIsRepeated() {
        let linter = Linter(rules: [DeadEndPhraseRule.self])
        let alternative = """
            From: a@example.com\nSubject: x\nContent-Type: multipart/alternative; boundary=b\n\n--b\n\n\
            Hi.\nPlease do not reply to this email.\n--b\nContent-Type: text/html\n\n\
            <p>Hi.</p><p>Please do <b>not</b> reply to this e&#8209;mail.</p>\n--b--\n
            """
        let found = linter.lint(Array(alternative.utf8), file: "m.eml")
        #expect(found.count == 1)
        #expect(found.first?.location.part == "1")
        #expect(found.first?.evidence.filter { $0.label == "again" }.map(\.value) == ["line 12:21 (part 2)"])
        let twice = "From: a@example.com\nSubject: x\n\nDo not reply to this email.\nHi.\nDo not reply to this email.\n"
        #expect(linter.lint(Array(twice.utf8), file: "m.eml").count == 1)
        // A digest of many copies names three places and counts the rest.
        let many =
            "From: a@example.com\nSubject: x\n\n" + String(repeating: "Do not reply to this email.\nHi.\n", count: 10)
        let digest = linter.lint(Array(many.utf8), file: "m.eml")
        #expect(digest.count == 1)
        #expect(digest.first?.evidence.filter { $0.label == "again" }.map(\.value).last == "and 6 more places")
        #expect(digest.first?.evidence.filter { $0.label == "again" }.count == 4)
        let two =
            "From: a@example.com\nSubject: x\n\nDo not reply to this email.\nReplies to this address are not read.\n"
        #expect(linter.lint(Array(two.utf8), file: "m.eml").count == 2)
    }

    /// A question asks rather than states; the statement after it is read.
    @Test func aQuestionIsNoStatement() {
        let linter = Linter(rules: [DeadEndPhraseRule.self])
        func count(_ body: String) -> Int {
            linter.lint(Array("From: a@example.com\nSubject: x\n\n\(body)\n".utf8), file: "m.eml").count
        }
        #expect(count("Your reply got lost? Send it again to support@example.com.") == 0)
        #expect(count("Questions? Please do not reply to this email.") == 1)
    }

    /// A zero-width space inside a word joins it, as a reader sees it ("mail&#8203;box").
    @Test func aZeroWidthSpaceInsideAWordDoesNotSplitIt() {
        let linter = Linter(rules: [DeadEndPhraseRule.self])
        let html =
            "From: a@example.com\nSubject: x\nContent-Type: text/html\n\n<p>This mail&#8203;box is not moni&#x200B;tored.</p>\n"
        #expect(linter.lint(Array(html.utf8), file: "m.eml").count == 1)
    }

    @Test func aStatementNeverCrossesASentenceEnd() {
        #expect(Self.recognised("Do not. Reply to this email with questions.").isEmpty)
        #expect(Self.recognised("This mailbox is new. Not read yet?").isEmpty)
    }

    @Test func everyLanguageHasTheClassesItsScriptNeeds() {
        #expect(DeadEndLexicon.languages.count >= 29)
        for language in DeadEndLexicon.languages {
            let classes = Set(language.words.keys)
            #expect(classes.contains(.negation), "\(language.code)")
            #expect(classes.contains(.reply) || classes.contains(.negatedReply), "\(language.code)")
            #expect(classes.contains(.sendOnly) && classes.contains(.mailbox), "\(language.code)")
            if case .spaced = language.script {
                #expect(classes.contains(.subject) && classes.contains(.replies), "\(language.code)")
                #expect(classes.contains(.state) || classes.contains(.negatedState), "\(language.code)")
            }
        }
    }
}
