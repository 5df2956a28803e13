/// The word classes `DeadEndGrammar` reads dead-end statements with, one language a block.
/// Adding a language is adding a block: its words by class, written as people write them
/// (matching folds case, diacritics, apostrophes, hyphens, quotes and spaces; see
/// `FoldedText`), several words of a class in one string separated by `|`.
///
/// The classes (`DeadEndWord`) describe structure, not sentences: "do not reply" is a
/// negation and a reply verb with nothing but fillers between them, in either order; "replies
/// are not read" is a replies noun near a negated state verb. So wording nobody listed —
/// "merci de ne pas y répondre", "antworten Sie bitte nicht darauf" — is still recognised.
enum DeadEndLexicon {
    /// Every language, the spaced ones first (a statement's language is its index here).
    static let languages: [DeadEndLanguage] = spacedLanguages + unspacedLanguages

    /// Languages written with spaces between words.
    static let spacedLanguages: [DeadEndLanguage] =
        germanicLanguages + romanceLanguages + slavicLanguages + otherSpacedLanguages

    /// The Germanic languages.
    static let germanicLanguages: [DeadEndLanguage] = [
        DeadEndLanguage(
            "en", "English", family: "Germanic",
            [
                .exception: "no one but|nobody but|anyone but|anyone other than|no one other than|"
                    + "nobody other than|no one apart from|nobody apart from|anyone apart from|except|other than|"
                    + "within|immediately|right away|unless|except if|except when|after|before|until|outside",
                .send: "contact|contact us|reach us|get in touch|get in touch with us|write|write to|email|"
                    + "send|send us|sending",
                .negation: "neither|no longer|donot|there is no possibility|there s no possibility|"
                    + "theres no possibility|there is no way|there s no way|theres no way|there is no option|"
                    + "there s no option|refrain from|avoid|please refrain from|not|dont|do not|cannot|cant|wont|"
                    + "unable to|doesnt|isnt|arent|you cannot|you cant|nobody|no one|noone|impossible|"
                    + "you can not|you are unable to|you are not able to|you will not be able to",
                .otherMail: "invoices|invoice|bills|job applications|applications|resumes|cvs|files|documents|mb|"
                    + "gb|attachments|attachment|returns|returned items|packages|parcels|goods|merchandise|"
                    + "products|cheques|locked|archived|unsaved answers|unsaved responses|unsaved replies|"
                    + "older version|previous version|earlier version|an older version|default settings|"
                    + "factory settings|the changes|these changes|your changes|this change|the change|"
                    + "changes made|calls|phone calls|texts|text messages|sms|comments|this post|"
                    + "automatic replies|auto replies|auto-replies|autoreplies|out-of-office replies|"
                    + "out of office replies|vacation replies|comment replies|cash|survey|poll|questionnaire|"
                    + "every|each|individually|all questions|all messages|all requests|strangers|stranger|"
                    + "phishing|suspicious|spam|unsolicited|fraudulent|scam|unknown senders|password|passwords|"
                    + "passcode|pin|card number|bank details|login details|reply all|reply to all|replyall|"
                    + "payments|payment|money|funds|transfers",
                .negatedReply:
                    "no replies please|please no replies|no replies to this email|no replies to this address",
                .reply: "be answered|be replied to|be responded to|replay to|replay back|revert|revert back|"
                    + "replying|responding|reply|respond|answer|write back|reply back|hit reply|click reply|"
                    + "press reply",
                .possible: "possibility|possible|is possible|impossible",
                .filler: "by|of|to|this|that|the|a|an|directly|back|it|it s|on|via|at|here|me|us|any|do",
                .please: "we kindly ask you|we ask you|we kindly ask that you|we ask that you|"
                    + "we request that you|we kindly request that you|you are requested|you are kindly requested|"
                    + "please|kindly|pls",
                .object: "communication|mailing|email|e-mail|mail|message|notification|address|mailbox",
                .subject: "our team|the team|our staff|our support team|staff|team|nobody|no one|noone|we|i|they|"
                    + "he|she|you|who|which|people|customers",
                .condition: "if|should you|in case",
                .past: "have|has|had|did|was|were|could",
                .reader: "you",
                .auxiliary: "isnt|arent|do|does|did|will|would|can|could|should|shall|may|must|is|are|be|been|"
                    + "will be|able to|be able to",
                .need: "need|needed|necessary|required|hesitate|forget",
                .replies: "your answer|your answers|reply function|reply feature|reply functionality|"
                    + "emails sent in reply|messages sent in reply|emails sent as a reply|an answer|any answer|"
                    + "email sent to|e-mail sent to|message sent to|anything sent to|messages sent here|"
                    + "emails sent here|mail sent here|replies sent here|anything sent here|a reply|any replies|"
                    + "replies|responses|answers|reply emails|reply messages|replies sent|any reply|any response|"
                    + "messages sent to|emails sent to|e-mails sent to|mail sent to|emails to this address|"
                    + "messages to this address|your reply will|your replies will|your response will|"
                    + "your responses will|your reply to|your replies to|your response to|your responses to|"
                    + "your reply|your replies|your response|your responses",
                .mailbox: "mail box|mailbox|inbox|address|email address|e-mail address|email account|this email|"
                    + "automated account|sending account|this account|account",
                .state: "tracked|handled|get|examined|forwarded|allow incoming|allows incoming|reading|"
                    + "monitoring|checking|watching|checks|monitors|accepted|reach|reach anyone|be delivered|"
                    + "delivered|read|monitored|checked|processed|reviewed|answered|seen|received|accept|receive|"
                    + "attended|responded to|replied to|staffed|actioned|looked at|see|process|monitor|check|"
                    + "review|reads|sees|processes|monitors|checks|reviews|gets",
                .sendOnly: "one-way email|one-way message|one-way communication|one-way notification|"
                    + "one way email|one way message|unmanned|unstaffed|outgoing-only|outbound-only|sending-only|"
                    + "a no reply account|a no reply address|a no reply email address|a no reply e-mail address|"
                    + "a no reply mailbox|a no reply inbox|the no reply address|the no reply account|"
                    + "the no reply mailbox|this no reply address|this no reply account|this no reply mailbox|"
                    + "post-only|post only|unmonitored|unattended|send-only|send only|sending only|"
                    + "only for sending|only used for sending|used only for sending|notification-only|"
                    + "outgoing only|outbound only|noreply|no-reply|do-not-reply|donotreply",
                .negatedState: "closed|no longer in use|no longer used|not in use anymore|not used anymore|"
                    + "unread|go unread|goes unread|unanswered|go unanswered|goes unanswered",
                .discarded: "go unread|will go unread|remain unread|will remain unread|rejected|"
                    + "automatically rejected|refused|will bounce|undeliverable|disabled|deactivated|turned off|"
                    + "switched off|returned|be returned|returned as undeliverable|returned to sender|lost|"
                    + "be lost|get lost|go to a black hole|goes to a black hole|vanish|disappear|go nowhere|"
                    + "goes nowhere|discarded|deleted|ignored|disregarded|bounce|bounces|bounced|bounce back",
                .destination: "via|through|in|on|to|at",
                .only: "only|solely|exclusively",
                .outgoing: "notifications|notification|sending|outgoing|outgoing mail|outgoing messages|"
                    + "automated messages|automated notifications|alerts|system messages|sending notifications|"
                    + "sending emails",
                .yours: "your|yours",
                .use: "email|use|click|press|hit|tap",
                .control: "button|function|key|option|link|feature",
                .instead: "instead of|rather than",
                .conjunction: "and",
                .purpose: "to|for",
                .readerGets: "get|receive",
                .pointless: "will not work|won't work|does not work|doesn't work|won t work|doesn t work|"
                    + "has no effect|have no effect|will have no effect|no effect|no point in|no point|pointless|"
                    + "useless|no use|of no use|futile",
                .intended: "intended|meant|designed",
                .expect: "expect",
                .offered: "supported|available",
                .sent: "sent",
                .occasion: "weekend|weekends|holidays|public holidays|at night|overnight",
                .otherAddress: "ip|web|website|wallet|shipping|delivery|billing|postal|home|street|invoice|"
                    + "invoicing",
                .outsider: "by third parties|by a third party|by any third party|by unauthorised persons|"
                    + "by unauthorized persons|by unauthorised people|by unauthorized people",
            ]),
        DeadEndLanguage(
            "de", "German", family: "Germanic",
            [
                .exception: "vor dem|vor der|vor ablauf|vor ende|vor montag|vor dienstag|vor mittwoch|"
                    + "vor donnerstag|vor freitag|vor samstag|vor sonntag|außer|ausser|innerhalb|sofort|umgehend|"
                    + "es sei denn|außer wenn|ausser wenn|nicht vor|nach|bis|erst ab|erst nach",
                .send: "kontaktieren|kontaktiere|kontaktiert|wenden|schreiben|"
                    + "schreibe|schreibt|senden|schicken|sende|schicke|zu senden|zu schicken",
                .negation: "weder|von keinem menschen|keinem menschen|von keiner person|keiner person|niemanden|"
                    + "niemandem|niemand|nicht|kein|keine|keinen|nie|abzusehen|unmöglich",
                .otherMail: "rechnungen|rechnung|bewerbungen|bewerbung|lebensläufe|dateien|datei|dokumente|mb|gb|"
                    + "anhänge|anhang|dateianhänge|dateianhang|paketen|rücksendung|rücksendungen|retouren|pakete|"
                    + "päckchen|waren|schecks|bargeld|passwörtern|passwörter|kennwörtern|kennwörter|passwortes|"
                    + "antworten an alle|an alle antworten|ungespeicherte antworten|nicht gespeicherte antworten|"
                    + "anrufe|anrufen|sms|automatische antworten|abwesenheitsantworten|zahlungen|zahlung|"
                    + "überweisungen|geld|umfrage|jede|jeden|jeder|einzeln|alle anfragen|alle nachrichten|"
                    + "fremden|unbekannten|phishing|verdächtige|verdächtigen|spam|betrügerische|betrügerischen|"
                    + "passwort|kennwort|pin|kartennummer|bankdaten|zugangsdaten|allen antworten",
                .reply: "per antwort|per antwortmail|antworten|antworte|antwortet|beantworten|beantworte|"
                    + "reagieren|zurückschreiben|antwort senden|geantwortet werden|beantwortet werden|"
                    + "von einer antwort|von antworten",
                // "Absehen von": refrain from, the separable verb around its object ("sehen Sie
                // von Antworten ab"), or its infinitive after the object as the negation.
                .negatedReply: "sehen sie von antworten|sehen sie von einer antwort|sehen sie bitte von antworten|"
                    + "sehen sie bitte von einer antwort|senden sie keine antwort|schicken sie keine antwort|"
                    + "senden sie bitte keine antwort|schicken sie bitte keine antwort|bitte keine antworten|"
                    + "keine antworten bitte",
                .possible: "möglichkeit|möglich|moglich|unmöglich",
                .filler: "pn|privatnachricht|leider|e-mails|mails|nachrichten|zu|auf|diese|dieser|diesen|dieses|"
                    + "die|der|das|den|dem|darauf|hierauf|direkt|sie|bitte|an|per|uns|du|ihr|mail|e-mail|"
                    + "nachricht|email|benachrichtigung|ebenfalls|hier",
                .please: "bitte|wir bitten sie|wir bitten|bitten wir sie",
                .object: "pn|privatnachricht|kommunikation|einweg-e-mail|einweg-kommunikation|"
                    + "einwegkommunikation|einwegnachricht|e-mail|email|mail|nachricht|benachrichtigung|adresse",
                .subject: "die|der|das|niemand|niemandem|wir|ich|er|es|man|kunden",
                .condition: "wenn|falls",
                .reader: "du",
                .auxiliary: "sollten|sollte|solltest|solltet|darf|dürfen|besteht|gibt|werden|wird|können|kann|"
                    + "konnen|muss|müssen|ist|sind",
                .need: "nötig|notwendig|erforderlich|zögern|zögere|zögert|brauchen|müssen",
                .replies: "alles was an|alles was sie an|alles was man an|e-mails an diese adresse|e-mails an|"
                    + "mails an diese adresse|jede nachricht an|jede e-mail an|nachrichten an diese adresse|"
                    + "antworten-funktion|antwortfunktion|antworten-button|antwort-button|antworten|antwort|"
                    + "rückantworten|rückmeldungen|ihre antwort|beantwortung|keine antworten|keine antwort",
                .mailbox: "e-mail-postfach|mail-postfach|posteingang|absenderkonto|absenderpostfach|"
                    + "no-reply-adress*|noreply-adress*|no-reply-mail*|noreply-mail*|no-reply-e-mail*|"
                    + "noreply-e-mail*|no-reply-postfach*|noreply-postfach*|no-reply-konto*|noreply-konto*|"
                    + "postfach|adresse|e-mail-adresse|mailadresse|absenderadresse|mailbox|emailadresse",
                .state: "annimmt|entgegennimmt|überwachtes|überwachte|überwachter|überwachten|kontrolliertes|"
                    + "kontrollierte|gesehen|annehmen|prüfen|gesichtet|weitergeleitet|erhalten|bekommen|betreut|"
                    + "für den empfang|zum empfang|sehen wir|wir sehen|nimmt|nehmen|akzeptiert|akzeptieren|"
                    + "empfängt|gelesen|liest|lesen|kommen|kommt|möglich|gelesen|überwacht|bearbeitet|"
                    + "beantwortet|empfangen|geprüft|abgerufen|angenommen|entgegengenommen|verarbeitet|"
                    + "kontrolliert|zugestellt|berücksichtigt|eingesehen|lesen|bearbeiten|beantworten|empfangen|"
                    + "entgegennehmen|verarbeiten|erreichen|erreicht",
                .sendOnly: "einweg-e-mail|einweg-kommunikation|einwegkommunikation|einwegnachricht|unbesetzt|"
                    + "unbesetzten|unbesetzte|unbesetzter|unbeaufsichtigten|unbeaufsichtigtes|unbeaufsichtigte|"
                    + "reinen benachrichtigungsadresse|reine benachrichtigungsadresse|no-reply-adress*|"
                    + "noreply-adress*|no-reply-mail*|noreply-mail*|no-reply-e-mail*|noreply-e-mail*|"
                    + "no-reply-postfach*|noreply-postfach*|no-reply-konto*|noreply-konto*|nicht überwachten|"
                    + "nicht überwachtes|unüberwachten|unüberwachtes|nur zum versand|nur für den versand|"
                    + "nur zum versenden|unüberwacht|nicht überwachte|noreply|no-reply|nicht-antworten|"
                    + "noreplyadresse|noreplyemail|donotreplyadresse",
                .discarded: "bleibt ungelesen|bleiben ungelesen|abgelehnt|laufen ins leere|läuft ins leere|"
                    + "ins leere|geht verloren|gehen verloren|verloren|deaktiviert|abgeschaltet|ausgeschaltet|"
                    + "zurückgesendet|zurückgewiesen|als unzustellbar zurückgesendet|abgewiesen|gelöscht|"
                    + "automatisch gelöscht|entfernt|ignoriert|verworfen",
                .past: "haben|hat|habe|hatten|wurde|wurden|worden",
                .destination: "über|unter|per|an",
                .only: "nur|ausschließlich|lediglich",
                .outgoing: "automatische nachrichten|benachrichtigungen|benachrichtigung|versand|versenden|"
                    + "ausgehende nachrichten|ausgehende e-mails|systemnachrichten|mitteilungen",
                .yours: "ihre|deine|ihr|dein|ihrer|deiner",
                .use: "verwenden|nutzen|benutzen|verwende|nutze|benutze|klicken",
                .control: "antworten-funktion|antwortfunktion|antworten-button|antwort-button|funktion|"
                    + "schaltfläche|taste|button|knopf",
                .instead: "statt|anstatt|anstelle",
                .conjunction: "und",
                .purpose: "um|für",
                .negatedState: "geschlossen|nicht mehr genutzt|nicht mehr verwendet|nicht mehr benutzt|"
                    + "nicht mehr in gebrauch|nicht mehr in betrieb|bleibt unbeantwortet|bleiben unbeantwortet|"
                    + "unbeantwortet",
                .readerGets: "erhalten|bekommen",
                .pointless: "funktioniert nicht|wird nicht funktionieren|hat keine wirkung|keine wirkung|"
                    + "hat keinen effekt|keinen effekt|bewirkt nichts|zwecklos|sinnlos|nutzlos|keinen sinn|"
                    + "keinen zweck",
                .intended: "vorgesehen|bestimmt|gedacht",
                .expect: "erwarten|erwarte",
                .offered: "unterstützt|verfügbar",
                .sent: "gesendet|geschickt|gesandt",
                .occasion: "wochenende|wochenenden|feiertagen|feiertage|nachts",
                .outsider: "von dritten|durch dritte|von unbefugten|durch unbefugte",
            ]),
        DeadEndLanguage(
            "nl", "Dutch", family: "Germanic",
            [
                .exception: "behalve|tenzij|behalve als",
                .send: "contact|neem contact op|contacteer|contacteren|schrijf|"
                    + "schrijven|schrijft|stuur|sturen|stuurt|verstuur|versturen|zend",
                .negation: "niet|geen|nooit|onmogelijk|niemand",
                .otherMail: "facturen|factuur|sollicitaties|sollicitatie|cv|bestanden|documenten|mb|gb|bijlagen|"
                    + "bijlage|retouren|retourzendingen|pakketten|pakjes|goederen|cheques|producten|"
                    + "antwoord aan allen|allen antwoorden|telefoontjes|oproepen|sms|automatische antwoorden|"
                    + "betalingen|betaling|geld|enquête|onbekenden|phishing|verdachte|spam|frauduleuze|"
                    + "wachtwoord|pincode|kaartnummer|bankgegevens|inloggegevens|allen beantwoorden",
                .reply: "gereageerd|worden gereageerd|worden geantwoord|geantwoord|antwoorden|beantwoorden|"
                    + "beantwoord|reageren|reageer|antwoord|terugschrijven|reageert|antwoordt|beantwoordt",
                .possible: "mogelijkheid|mogelijk|onmogelijk",
                .filler: "een|hier|daar|erop|door|om|automatische|automatisch|op|deze|dit|het|de|direct|"
                    + "rechtstreeks|u|je|hierop|daarop|te|aub|a u b|alstublieft|graag|gelieve|mail|e-mail|email|"
                    + "bericht",
                .please: "graag|gelieve|aub|a u b|alstublieft|we verzoeken u|wij verzoeken u|wij vragen u|"
                    + "we vragen je",
                .object: "eenrichtingsbericht|eenrichtingsmail|eenrichtingscommunicatie|vragen|e-mail|email|mail|"
                    + "bericht|adres",
                .subject: "niemand|dat|die|we|wij|ik|zij",
                .condition: "als|indien",
                .reader: "u|jij",
                .auxiliary: "moet|moeten|mag|mogen|dient|dienen|ingesteld om|ingesteld|bestaat|worden|wordt|"
                    + "zullen|kunnen|kan|zal|is|zijn",
                .need: "nodig|hoeft|hoeven|aarzel|aarzel dan|aarzelt",
                .replies: "e-mails naar dit adres|berichten naar dit adres|elk bericht aan|elke e-mail aan|"
                    + "berichten aan dit adres|geen reacties|geen reactie|antwoordknop|antwoordfunctie|"
                    + "antwoorden|reacties|reactie|antwoord|antwoorden op|geen antwoorden|geen antwoord",
                .mailbox: "no-reply-adres*|noreply-adres*|no-reply-mail*|noreply-mail*|no-reply-e-mail*|"
                    + "noreply-e-mail*|mailbox|postvak|adres|e-mailadres|emailadres|inbox|mailadres|afzenderadres",
                .state: "gecontroleerde|bewaakte|gemonitorde|gezien|geaccepteerd|afgeleverd|bezorgd|beoordeeld|"
                    + "doorgestuurd|ingericht om berichten te ontvangen|ingericht om e-mails te ontvangen|"
                    + "ingericht om e-mail te ontvangen|ingericht om reacties te ontvangen|zien wij|zien we|"
                    + "wij zien|we zien|verwerken|bereikt|bereiken|accepteert|accepteren|ontvangt|controleert|"
                    + "controleren|bekijkt|leest|lezen|bemand|gelezen|gecontroleerd|bekeken|verwerkt|beantwoord|"
                    + "behandeld|ontvangen|gemonitord|bewaakt|komt|komen",
                .sendOnly: "niet gecontroleerde|niet gecontroleerd|niet bewaakte|niet gemonitorde|onbewaakte|"
                    + "ongecontroleerde|eenrichtingsbericht|eenrichtingsmail|eenrichtingscommunicatie|onbemand|"
                    + "onbemande|onbeheerde|onbeheerd|no-reply-adres*|noreply-adres*|no-reply-mail*|"
                    + "noreply-mail*|no-reply-e-mail*|noreply-e-mail*|alleen gebruikt om e-mails te verzenden|"
                    + "alleen gebruikt voor verzending|alleen om te verzenden|noreply|no-reply|"
                    + "alleen voor verzending|niet bewaakt",
                .discarded: "blijft ongelezen|blijven ongelezen|gaat verloren|gaan verloren|uitgeschakeld|"
                    + "gedeactiveerd|ongelezen verwijderd|teruggestuurd|geweigerd|als onbestelbaar teruggestuurd|"
                    + "worden verwijderd|wordt verwijderd|automatisch verwijderd|verwijderd worden|gewist|"
                    + "genegeerd",
                .past: "hebben|heeft|heb|werd|werden",
                .destination: "via|op|naar|aan",
                .only: "alleen|uitsluitend|enkel",
                .outgoing: "uitgaande berichten|uitgaande|meldingen|notificaties|verzenden|verzending|versturen|"
                    + "automatische berichten",
                .yours: "uw|je|jouw",
                .use: "gebruik|gebruiken|klik",
                .control: "knop|functie|antwoordknop|antwoordfunctie",
                .instead: "in plaats van",
                .conjunction: "en",
                .purpose: "voor",
                .negatedState: "gesloten|komen nergens aan|komt nergens aan|niet meer in gebruik|"
                    + "niet langer in gebruik|niet meer gebruikt|blijft onbeantwoord|blijven onbeantwoord|"
                    + "onbeantwoord",
                .readerGets: "krijgt|krijg|ontvangt",
                .pointless: "werkt niet|heeft geen effect|geen effect|zinloos|heeft geen zin|geen zin|nutteloos",
                .intended: "bedoeld|bestemd",
                .expect: "verwacht|verwachten",
                .offered: "ondersteund|beschikbaar",
                .sent: "gestuurd|verstuurd|verzonden",
                .occasion: "weekend|weekenden|feestdagen|s nachts",
                .outsider: "door derden|door onbevoegden",
            ]),
        DeadEndLanguage(
            "sv", "Swedish", family: "Germanic",
            [
                .exception: "om inte|såvida inte|utom om",
                .send: "kontakta|kontakta oss|skriv|skriva|skicka|skickar",
                .negatedState: "stängd|tas inte längre emot|hamnar ingenstans|hamnar inte någonstans|"
                    + "används inte längre|inte längre i bruk|förbli obesvarat|förblir obesvarat|obesvarat|"
                    + "obesvarade|tar inte emot|tas inte emot",
                .negation: "låt bli att|inget|inga|ingen|inte|ej|icke|omöjligt",
                .otherMail: "fakturor|faktura|ansökningar|cv|filer|dokument|mb|gb|bilagor|bilaga|returer|paket|"
                    + "varor|produkter|inte alla|svara alla|svara till alla|samtal|betalningar|betalning|"
                    + "nätfiske|phishing|misstänkta|bedrägliga|skräppost|spam|lösenord|pinkod|kortnummer|"
                    + "bankuppgifter",
                .reply: "svarar|svara|besvara|svara på|besvaras",
                .possible: "möjlighet|möjligt|mojligt|omöjligt",
                .filler: "något|några|genom att|genom|att|på|detta|det|här|denna|den|direkt|vänligen|att|mejl|"
                    + "mejlet|mail|mailet|e-post|e-postmeddelande|meddelande|meddelandet|brev|brevet",
                .please: "tack|vänligen|var vänlig och|var god",
                .object: "envägsmeddelande|envägsmejl|envägskommunikation|mejl|mejlet|mail|mailet|e-post|"
                    + "meddelande|meddelandet|adress",
                .subject: "ingen|som|vi|jag|man",
                .condition: "om",
                .reader: "du|ni",
                .auxiliary: "kommer att|kan|ska|är|blir",
                .need: "behöver|behövs|tveka",
                .replies: "svarsfunktion|e-post till den här adressen|meddelanden till den här adressen|"
                    + "meddelanden som skickas till|e-post som skickas till|mejl som skickas till|"
                    + "meddelanden som skickas hit|svarsknappen|svarsfunktionen|ditt svar|svar|svaren|svar på",
                .mailbox: "avsändaren|den här avsändaren|no-reply-adress*|noreply-adress*|no-reply-mail*|"
                    + "noreply-mail*|no-reply-e-post*|noreply-e-post*|no-reply-brevlåd*|noreply-brevlåd*|"
                    + "inkorgen|inkorg|brevlåda|brevlådan|adress|adressen|e-postadress|e-postadressen|inkorg|"
                    + "mejladress|avsändaradress|avsändaradressen",
                .state: "tar emot|bevakad|övervakad|bevakade|övervakade|ses|levereras|granskas|vidarebefordras|"
                    + "läsa|få|får|behandlas|behandlade|nå|övervakar|kontrollerar|ta emot|läsas|läses|lästs|"
                    + "läser|når|når fram|läses|övervakas|besvaras|hanteras|kontrolleras|tas emot|bevakas|läst|"
                    + "läses inte",
                .sendOnly: "envägsmeddelande|envägsmejl|envägskommunikation|obemannad|obemannade|"
                    + "no-reply-adress*|noreply-adress*|no-reply-mail*|noreply-mail*|no-reply-e-post*|"
                    + "noreply-e-post*|no-reply-brevlåd*|noreply-brevlåd*|ej svarsbar|ej svarsbara|inte svarsbar|"
                    + "används bara för utskick|bara för utskick|endast för utskick|noreply|no-reply|"
                    + "endast för utskick|obevakad",
                .discarded: "förblir oläst|förblir olästa|studsar|studsar tillbaka|studsa|kommer att returneras|"
                    + "kasseras|går förlorade|går förlorat|går förlorad|avstängda|avaktiverade|inaktiverade|"
                    + "returneras|avvisas|raderas|tas bort|slängs|ignoreras|ignorerade",
                .destination: "via|på|till",
                .only: "endast|bara|enbart|uteslutande",
                .outgoing: "automatiska meddelanden|aviseringar|notiser|notifikationer|utskick|utgående",
                .yours: "din|ditt|er|ert",
                .use: "använd|använda|klicka",
                .control: "knappen|knapp|funktionen|svarsknappen|svarsfunktionen",
                .instead: "istället för|i stället för",
                .conjunction: "och",
                .purpose: "för att|för",
                .readerGets: "får",
                .pointless: "fungerar inte|har ingen effekt|ingen effekt|har ingen verkan|meningslöst|ingen idé|"
                    + "lönlöst|ingen mening",
                .intended: "avsedd|avsett|avsedda|tänkt",
                .expect: "förvänta dig|förvänta er|förvänta",
                .offered: "stöds|tillgänglig",
                .occasion: "helger|helgen|helgdagar|på natten",
                .outsider: "av tredje part|av obehöriga",
            ]),
        DeadEndLanguage(
            "da", "Danish", family: "Germanic",
            [
                .exception: "medmindre|med mindre|undtagen hvis",
                .send: "kontakt|kontakte|kontakt os|skriv|skrive|send|sende",
                .negation: "at lade være med at|lad være med at|intet|undlad|undlad at|undlad venligst at|ingen|"
                    + "ikke|ej|umuligt",
                .otherMail: "fakturaer|faktura|ansøgninger|cv|filer|dokumenter|mb|gb|vedhæftede filer|"
                    + "vedhæftninger|vedhæftet fil|returneringer|pakker|varer|produkter|ikke alle|svar alle|"
                    + "svar til alle|besvar alle|opkald|betalinger|betaling|phishing|mistænkelige|svigagtige|"
                    + "spam|adgangskode|kodeord|pinkode|kortnummer|bankoplysninger",
                .reply: "svar|besvar|svare|besvare|svar på|besvares",
                .possible: "mulighed|muligt|mulige|umuligt",
                .filler: "en|at|på|denne|dette|den|det|venligst|direkte|e-mail|email|mail|mailen|e-mailen|besked|"
                    + "beskeden",
                .please: "tak|venligst|vær venlig",
                .object: "envejsbesked|envejsmail|envejskommunikation|e-mail|email|mail|mailen|e-mailen|besked|"
                    + "beskeden|adresse",
                .subject: "ingen|der|som|vi|jeg|man",
                .condition: "hvis",
                .reader: "du",
                .auxiliary: "sat op til at|sat op til|vil|blive|bliver|kan|skal|er",
                .need: "behøver|nødvendigt|tøv",
                .replies: "svarfunktionen|svarfunktion|et svar|e-mails sendt som svar|intet svar|"
                    + "e-mails til denne adresse|beskeder til denne adresse|beskeder sendt til|e-mails sendt til|"
                    + "mails sendt til|meddelelser sendt til|svarknappen|svar|besvarelser|svarene",
                .mailbox: "no-reply-adresse*|noreply-adresse*|no-reply-mail*|noreply-mail*|no-reply-e-mail*|"
                    + "noreply-e-mail*|no-reply-e-post*|noreply-e-post*|indbakke|indbakken|postkasse|postkassen|"
                    + "indbakke|adresse|adressen|e-mailadresse|e-mailadressen|mailadresse|mailadressen|"
                    + "afsenderadresse|afsenderadressen",
                .state: "overvågede|set|behandlet|leveret|leveres|gennemgået|gennemgås|videresendes|videresendt|"
                    + "læse|tjekket|når|når frem|besvaret|besvarede|overvåger|kontrollerer|tjekker|modtage|"
                    + "modtager|læst|læses|læser|læses|læst|overvåges|overvåget|besvares|behandles|modtages|"
                    + "tjekkes|læses ikke",
                .sendOnly: "envejsbesked|envejsmail|envejskommunikation|ubemandet|ubemandede|uovervåget|"
                    + "uovervågede|no-reply-adresse*|noreply-adresse*|no-reply-mail*|noreply-mail*|"
                    + "no-reply-e-mail*|noreply-e-mail*|no-reply-e-post*|noreply-e-post*|kun til udsendelse|"
                    + "kun til afsendelse|noreply|no-reply|kun til afsendelse|ikke overvåget",
                .discarded: "forbliver ulæst|forbliver ulæste|returneret|ikke-leverbare|ikke leverbare|afvist|"
                    + "går tabt|deaktiveret|slået fra|returneres|afvises|slettes|slettet|kasseres|ignoreres|"
                    + "ignoreret",
                .destination: "via|på|til",
                .only: "kun|udelukkende|alene",
                .outgoing: "automatiske beskeder|notifikationer|meddelelser|udsendelse|afsendelse|udgående",
                .yours: "din|dit|jeres",
                .use: "brug|bruge|klik",
                .control: "knappen|knap|funktionen|svarknappen",
                .instead: "i stedet for",
                .conjunction: "og",
                .purpose: "til|for at",
                .negatedState: "lukket|ender ingen steder|ikke længere i brug|bruges ikke længere|"
                    + "forbliver ubesvaret|ubesvaret|ubesvarede",
                .readerGets: "får",
                .pointless: "har ingen effekt|ingen effekt|har ingen virkning|ingen virkning|nytteløst|"
                    + "nytter ikke|ingen nytte|meningsløst",
                .intended: "beregnet|tiltænkt|ment",
                .expect: "forvent|forvente",
                .offered: "understøttes|tilgængelig",
                .occasion: "weekenden|weekender|weekend|helligdage|om natten",
                .outsider: "af tredjepart|af tredjeparter|af uvedkommende",
            ]),
        DeadEndLanguage(
            "nb", "Norwegian", family: "Germanic",
            [
                .exception: "med mindre|unntatt hvis",
                .send: "kontakt|kontakte|kontakt oss|skriv|skrive|send|sende",
                .negatedState: "stengt|havner ingensteds|havner ingen steder|ikke lenger i bruk|"
                    + "brukes ikke lenger|forblir ubesvart|ubesvart|ubesvarte|tar ikke imot|tar ikke i mot|"
                    + "mottar ikke",
                .negation: "vennligst la være å|vennligst la vær å|å la være å|intet|ingenting|ingen|ikke|ikkje|umulig",
                .otherMail: "fakturaer|faktura|søknader|cv|filer|dokumenter|mb|gb|vedlegg|returer|pakker|varer|"
                    + "produkter|ikke alle|svar alle|svar til alle|svar på alle|anrop|samtaler|betalinger|"
                    + "betaling|phishing|mistenkelige|svindel|spam|passord|pinkode|kortnummer|bankopplysninger",
                .reply: "svar|besvar|svare|besvare|svar på|besvares",
                .possible: "mulighet|mulig|umulig",
                .filler: "en|noe|noen|trykk på|å|på|denne|dette|den|det|vennligst|direkte|e-post|e-posten|epost|"
                    + "eposten|melding|meldingen|mail",
                .please: "takk|vennligst|vær så snill",
                .object: "enveismelding|enveis-e-post|enveiskommunikasjon|e-post|e-posten|epost|eposten|melding|"
                    + "meldingen|mail|adresse",
                .subject: "ingen|som|vi|jeg|man",
                .condition: "hvis",
                .reader: "du|dere",
                .auxiliary: "satt opp til å|satt opp til|vil|bli|blir|kan|skal|er",
                .need: "trenger|nødvendig|nøl",
                .replies: "svarfunksjonen|svarfunksjon|e-post sendt som svar|e-post til denne adressen|"
                    + "meldinger til denne adressen|meldinger sendt til|e-post sendt til|eposter sendt til|"
                    + "e-poster sendt til|svarknappen|svaret|svaret ditt|svar|svarene",
                .mailbox: "avsenderen|denne avsenderen|no-reply-adresse*|noreply-adresse*|no-reply-mail*|"
                    + "noreply-mail*|no-reply-e-mail*|noreply-e-mail*|no-reply-e-post*|noreply-e-post*|innboksen|"
                    + "innboks|postkasse|postkassen|innboks|adresse|adressen|e-postadresse|e-postadressen|"
                    + "epostadresse|epostadressen|avsenderadresse|avsenderadressen",
                .state: "overvåkede|sett|behandlet|tar imot|ta imot|levert|leveres|gjennomgått|gjennomgås|"
                    + "videresendes|videresendt|lese|sjekket|når|når frem|besvart|overvåker|kontrollerer|sjekker|"
                    + "motta|mottar|lest|leses|leser|leses|lest|overvåkes|overvåket|besvares|behandles|mottas|"
                    + "sjekkes",
                .sendOnly: "enveismelding|enveis-e-post|enveiskommunikasjon|ubemannet|ubemannede|uovervåket|"
                    + "uovervåkede|no-reply-adresse*|noreply-adresse*|no-reply-mail*|noreply-mail*|"
                    + "no-reply-e-mail*|noreply-e-mail*|no-reply-e-post*|noreply-e-post*|bare til utsending|"
                    + "kun til utsending|kun for utsending|noreply|no-reply|kun for utsending|ikke overvåket",
                .discarded: "forblir ulest|forblir uleste|returnert|ikke levert|avvist|går tapt|deaktivert|"
                    + "slått av|returneres|avvises|slettes|slettet|forkastes|ignoreres|ignorert",
                .destination: "via|på|til",
                .only: "kun|bare|utelukkende",
                .outgoing: "automatiske meldinger|varsler|varslinger|utsending|utgående|notifikasjoner",
                .yours: "din|ditt|deres",
                .use: "bruk|bruke|klikk",
                .control: "knappen|knapp|funksjonen|svarknappen",
                .instead: "i stedet for",
                .conjunction: "og",
                .purpose: "for å|for",
                .readerGets: "får",
                .pointless: "har ingen effekt|ingen effekt|har ingen virkning|ingen virkning|nytteløst|"
                    + "nytter ikke|ingen vits|meningsløst",
                .intended: "ment|beregnet|tiltenkt",
                .expect: "forvent|forvente",
                .offered: "støttes|tilgjengelig",
                .occasion: "helgen|helger|helligdager|om natten",
                .outsider: "av tredjepart|av tredjeparter|av uvedkommende",
            ]),
    ]
}
