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
    static let spacedLanguages: [DeadEndLanguage] = germanicAndRomanceLanguages + otherSpacedLanguages

    /// The Germanic and Romance languages.
    static let germanicAndRomanceLanguages: [DeadEndLanguage] = [
        DeadEndLanguage(
            "en", "English", family: "Germanic",
            [
                .exception: "unless|except if|except when|after|before|until|outside",
                .send: "write|write to|email|send|send us|sending",
                .negation:
                    "refrain from|avoid|please refrain from|not|dont|do not|cannot|cant|wont|unable to|doesnt|isnt|"
                    + "arent|you cannot|you cant|"
                    + "nobody|no one|noone|impossible|"
                    + "you can not|you are unable to|you are not able to|you will not be able to",
                .otherMail: "cash|survey|poll|questionnaire|every|each|individually|all questions|all messages|"
                    + "all requests|strangers|stranger|phishing|suspicious|spam|unsolicited|fraudulent|scam|"
                    + "unknown senders|password|passwords|passcode|pin|card number|bank details|login details|"
                    + "reply all|reply to all|replyall|payments|payment|money|funds|transfers",
                .negatedReply:
                    "no replies please|please no replies|no replies to this email|no replies to this address",
                .reply:
                    "replying|responding|reply|respond|answer|write back|reply back|hit reply|click reply|press reply",
                .possible: "possible|is possible|impossible",
                .filler: "to|this|that|the|a|an|directly|back|it|it s|on|via|at|here|me|us|any|do",
                .please: "please|kindly|pls",
                .object: "email|e-mail|mail|message|notification|address|mailbox",
                .subject: "nobody|no one|noone|we|i|they|he|she|you|who|which|people|customers",
                .condition: "if|should you|in case",
                .past: "have|has|had|did|was|were|could",
                .reader: "you",
                .auxiliary: "do|does|did|will|would|can|could|should|shall|may|must|is|are|be|been|will be|"
                    + "able to|be able to",
                .need: "need|needed|necessary|required|hesitate|forget",
                .replies:
                    "a reply|any replies|replies|responses|answers|reply emails|reply messages|replies sent|"
                    + "any reply|any response|"
                    + "messages sent to|"
                    + "emails sent to|e-mails sent to|mail sent to|emails to this address|messages to this address|"
                    + "your reply will|your replies will|your response will|your responses will|your reply to|"
                    + "your replies to|your response to|your responses to|your reply|your replies|your response|"
                    + "your responses",
                .mailbox: "mailbox|inbox|address|email address|e-mail address|email account|this email|"
                    + "automated account|sending account|this account|account",
                .state:
                    "checks|monitors|accepted|reach|reach anyone|be delivered|delivered|read|monitored|checked|"
                    + "processed|reviewed|"
                    + "answered|seen|received|accept|receive|attended|responded to|replied to|staffed|actioned|"
                    + "looked at|"
                    + "see|process|monitor|check|review|reads|sees|processes|monitors|checks|reviews|get|gets",
                .sendOnly: "unmonitored|unattended|send-only|send only|sending only|only for sending|"
                    + "only used for sending|used only for sending|notification-only|outgoing only|"
                    + "outbound only|noreply|no-reply|do-not-reply|donotreply",
                .negatedState: "unread|go unread|goes unread|unanswered|go unanswered|goes unanswered",
                .discarded:
                    "lost|be lost|get lost|go to a black hole|goes to a black hole|vanish|disappear|go nowhere|"
                    + "goes nowhere|discarded|deleted|ignored|disregarded|bounce|bounces|bounced|bounce back",
                .destination: "to|at",
            ]),
        DeadEndLanguage(
            "de", "German", family: "Germanic",
            [
                .exception: "es sei denn|außer wenn|ausser wenn|nicht vor|nach|bis|erst ab|erst nach",
                .send: "schreiben|schreibe|schreibt|senden|schicken|sende|schicke|zu senden|zu schicken",
                .negation: "niemanden|niemandem|niemand|nicht|kein|keine|keinen|nie|abzusehen|unmöglich",
                .otherMail:
                    "zahlungen|zahlung|überweisungen|geld|umfrage|jede|jeden|jeder|einzeln|alle anfragen|"
                    + "alle nachrichten|fremden|unbekannten|phishing|"
                    + "verdächtige|verdächtigen|spam|betrügerische|betrügerischen|passwort|kennwort|"
                    + "pin|kartennummer|bankdaten|zugangsdaten|allen antworten",
                .reply: "antworten|antworte|antwortet|beantworten|beantworte|reagieren|zurückschreiben|antwort senden|"
                    + "geantwortet werden|beantwortet werden|von einer antwort|von antworten",
                // "Absehen von": refrain from, the separable verb around its object ("sehen Sie
                // von Antworten ab"), or its infinitive after the object as the negation.
                .negatedReply: "sehen sie von antworten|sehen sie von einer antwort|sehen sie bitte von antworten|"
                    + "sehen sie bitte von einer antwort|senden sie keine antwort|schicken sie keine antwort|"
                    + "senden sie bitte keine antwort|schicken sie bitte keine antwort|bitte keine antworten|"
                    + "keine antworten bitte",
                .possible: "möglich|moglich|unmöglich",
                .filler: "zu|auf|diese|dieser|diesen|dieses|die|der|das|den|dem|darauf|hierauf|direkt|sie|bitte|an|per|"
                    + "uns|du|ihr|mail|e-mail|nachricht|email|benachrichtigung|ebenfalls|hier",
                .please: "bitte|wir bitten sie|wir bitten|bitten wir sie",
                .object: "e-mail|email|mail|nachricht|benachrichtigung|adresse",
                .subject: "niemand|niemandem|wir|ich|er|es|man|kunden|sollten",
                .condition: "wenn|falls",
                .reader: "du",
                .auxiliary: "werden|wird|können|kann|konnen|muss|müssen|ist|sind",
                .need: "nötig|notwendig|erforderlich|zögern|zögere|zögert|brauchen|müssen",
                .replies:
                    "antworten|antwort|rückantworten|rückmeldungen|ihre antwort|beantwortung|keine antworten|"
                    + "keine antwort",
                .mailbox: "postfach|adresse|e-mail-adresse|mailadresse|absenderadresse|mailbox|emailadresse",
                .state: "nimmt|nehmen|akzeptiert|akzeptieren|empfängt|gelesen|liest|lesen|kommen|kommt|möglich|"
                    + "gelesen|überwacht|bearbeitet|beantwortet|empfangen|geprüft|abgerufen|angenommen|"
                    + "entgegengenommen|verarbeitet|kontrolliert|zugestellt|berücksichtigt|eingesehen|lesen|"
                    + "bearbeiten|beantworten|empfangen|entgegennehmen|verarbeiten|erreichen|erreicht",
                .sendOnly: "nicht überwachten|nicht überwachtes|unüberwachten|unüberwachtes|nur zum versand|"
                    + "nur für den versand|nur zum versenden|unüberwacht|nicht überwachte|"
                    + "noreply|no-reply|nicht-antworten|noreplyadresse|noreplyemail|donotreplyadresse",
                .discarded: "gelöscht|automatisch gelöscht|entfernt|ignoriert|verworfen",
                .past: "wurde|wurden|worden",
                .destination: "an",
            ]),
        DeadEndLanguage(
            "nl", "Dutch", family: "Germanic",
            [
                .exception: "tenzij|behalve als",
                .send: "schrijf|schrijven|schrijft|stuur|sturen|stuurt|verstuur|versturen|zend",
                .negation: "niet|geen|nooit|onmogelijk|niemand",
                .otherMail:
                    "betalingen|betaling|geld|enquête|onbekenden|phishing|verdachte|spam|frauduleuze|wachtwoord|"
                    + "pincode|kaartnummer|"
                    + "bankgegevens|"
                    + "inloggegevens|allen beantwoorden",
                .reply: "antwoorden|beantwoorden|beantwoord|reageren|reageer|antwoord|terugschrijven|reageert|"
                    + "antwoordt|beantwoordt",
                .possible: "mogelijk|onmogelijk",
                .filler:
                    "om|automatische|automatisch|op|deze|dit|het|de|direct|rechtstreeks|u|je|hierop|daarop|te|aub|"
                    + "a u b|alstublieft|graag|"
                    + "gelieve|mail|e-mail|email|bericht",
                .please: "gelieve|aub|a u b|alstublieft|we verzoeken u|wij verzoeken u|wij vragen u|we vragen je",
                .object: "e-mail|email|mail|bericht|adres",
                .subject: "niemand|dat|die|we|wij|ik|zij",
                .condition: "als|indien",
                .reader: "u|jij",
                .auxiliary: "worden|wordt|zullen|kunnen|kan|zal|is|zijn",
                .need: "nodig|hoeft|hoeven|aarzel|aarzel dan|aarzelt",
                .replies: "antwoorden|reacties|reactie|antwoord|antwoorden op|geen antwoorden|geen antwoord",
                .mailbox: "mailbox|postvak|adres|e-mailadres|emailadres|inbox|mailadres|afzenderadres",
                .state: "bereikt|bereiken|accepteert|accepteren|ontvangt|controleert|controleren|bekijkt|leest|"
                    + "lezen|bemand|gelezen|gecontroleerd|bekeken|verwerkt|beantwoord|behandeld|ontvangen|"
                    + "gemonitord|bewaakt|komt|komen",
                .sendOnly: "alleen gebruikt om e-mails te verzenden|alleen gebruikt voor verzending|"
                    + "alleen om te verzenden|noreply|no-reply|alleen voor verzending|niet bewaakt",
                .discarded: "worden verwijderd|wordt verwijderd|automatisch verwijderd|verwijderd worden|gewist|"
                    + "genegeerd",
                .past: "werd|werden",
                .destination: "naar|aan",
            ]),
        DeadEndLanguage(
            "sv", "Swedish", family: "Germanic",
            [
                .exception: "om inte|såvida inte|utom om",
                .send: "skriv|skriva|skicka|skickar",
                .negatedState: "tar inte emot|tas inte emot",
                .negation: "ingen|inte|ej|icke|omöjligt",
                .otherMail: "betalningar|betalning|nätfiske|phishing|misstänkta|bedrägliga|skräppost|"
                    + "spam|lösenord|pinkod|kortnummer|bankuppgifter",
                .reply: "svara|besvara|svara på|besvaras",
                .possible: "möjligt|mojligt|omöjligt",
                .filler: "att|på|detta|det|här|denna|den|direkt|vänligen|att|mejl|mejlet|mail|mailet|e-post|"
                    + "e-postmeddelande|meddelande|meddelandet|brev|brevet",
                .please: "vänligen|var vänlig och|var god",
                .object: "mejl|mejlet|mail|mailet|e-post|meddelande|meddelandet|adress",
                .subject: "ingen|som|vi|jag|man",
                .condition: "om",
                .reader: "du|ni",
                .auxiliary: "kommer att|kan|ska|är|blir",
                .need: "behöver|behövs|tveka",
                .replies: "ditt svar|svar|svaren|svar på",
                .mailbox: "inkorgen|inkorg|brevlåda|brevlådan|adress|adressen|e-postadress|e-postadressen|inkorg|"
                    + "mejladress|"
                    + "avsändaradress|avsändaradressen",
                .state: "nå|övervakar|kontrollerar|ta emot|läsas|läses|lästs|läser|når|når fram|läses|övervakas|"
                    + "besvaras|hanteras|kontrolleras|tas emot|bevakas|läst|läses inte",
                .sendOnly: "används bara för utskick|bara för utskick|endast för utskick|noreply|no-reply|"
                    + "endast för utskick|obevakad",
                .discarded: "raderas|tas bort|slängs|ignoreras|ignorerade",
                .destination: "till",
            ]),
        DeadEndLanguage(
            "da", "Danish", family: "Germanic",
            [
                .exception: "medmindre|med mindre|undtagen hvis",
                .send: "skriv|skrive|send|sende",
                .negation: "ingen|ikke|ej|umuligt",
                .otherMail: "betalinger|betaling|phishing|mistænkelige|svigagtige|spam|"
                    + "adgangskode|kodeord|pinkode|kortnummer|bankoplysninger",
                .reply: "svar|besvar|svare|besvare|svar på|besvares",
                .possible: "muligt|mulige|umuligt",
                .filler: "at|på|denne|dette|den|det|venligst|direkte|e-mail|email|mail|mailen|e-mailen|besked|beskeden",
                .please: "venligst|vær venlig",
                .object: "e-mail|email|mail|mailen|e-mailen|besked|beskeden|adresse",
                .subject: "ingen|der|som|vi|jeg|man",
                .condition: "hvis",
                .reader: "du",
                .auxiliary: "vil|blive|bliver|kan|skal|er",
                .need: "behøver|nødvendigt|tøv",
                .replies: "svar|besvarelser|svarene",
                .mailbox:
                    "indbakke|indbakken|postkasse|postkassen|indbakke|adresse|adressen|e-mailadresse|"
                    + "e-mailadressen|mailadresse|"
                    + "mailadressen|"
                    + "afsenderadresse|afsenderadressen",
                .state: "overvåger|kontrollerer|tjekker|modtage|modtager|læst|læses|læser|læses|læst|overvåges|"
                    + "overvåget|besvares|behandles|"
                    + "modtages|tjekkes|læses ikke",
                .sendOnly: "kun til udsendelse|kun til afsendelse|noreply|no-reply|kun til afsendelse|ikke overvåget",
                .discarded: "slettes|slettet|kasseres|ignoreres|ignoreret",
                .destination: "til",
            ]),
        DeadEndLanguage(
            "nb", "Norwegian", family: "Germanic",
            [
                .exception: "med mindre|unntatt hvis",
                .send: "skriv|skrive|send|sende",
                .negatedState: "tar ikke imot|tar ikke i mot|mottar ikke",
                .negation: "ingen|ikke|ikkje|umulig",
                .otherMail: "betalinger|betaling|phishing|mistenkelige|svindel|spam|passord|pinkode|kortnummer|"
                    + "bankopplysninger",
                .reply: "svar|besvar|svare|besvare|svar på|besvares",
                .possible: "mulig|umulig",
                .filler:
                    "å|på|denne|dette|den|det|vennligst|direkte|e-post|e-posten|epost|eposten|melding|meldingen|mail",
                .please: "vennligst|vær så snill",
                .object: "e-post|e-posten|epost|eposten|melding|meldingen|mail|adresse",
                .subject: "ingen|som|vi|jeg|man",
                .condition: "hvis",
                .reader: "du|dere",
                .auxiliary: "vil|bli|blir|kan|skal|er",
                .need: "trenger|nødvendig|nøl",
                .replies: "svaret|svaret ditt|svar|svarene",
                .mailbox:
                    "innboksen|innboks|postkasse|postkassen|innboks|adresse|adressen|e-postadresse|e-postadressen|"
                    + "epostadresse|"
                    + "epostadressen|"
                    + "avsenderadresse|avsenderadressen",
                .state: "besvart|overvåker|kontrollerer|sjekker|motta|mottar|lest|leses|leser|leses|lest|"
                    + "overvåkes|overvåket|besvares|behandles|mottas|sjekkes",
                .sendOnly: "bare til utsending|kun til utsending|kun for utsending|noreply|no-reply|"
                    + "kun for utsending|ikke overvåket",
                .discarded: "slettes|slettet|forkastes|ignoreres|ignorert",
                .destination: "til",
            ]),
        DeadEndLanguage(
            "fr", "French", family: "Romance",
            [
                .exception: "sauf si|à moins que|à moins qu|après|avant|jusqu à",
                .send: "écrire|écrivez|écris|écrivez nous|envoyez|envoyer|envoie|envoyez nous",
                .negation: "personne ne|personne n|ne|n|pas|non|aucun|aucune|jamais|impossible|impossibles",
                .otherMail:
                    "paiements|paiement|virements|sondage|questionnaire|chaque|toutes les|tous les|"
                    + "individuellement|inconnus|inconnu|phishing|"
                    + "hameçonnage|suspects|"
                    + "suspect|suspicieux|frauduleux|spam|mot de passe|code pin|"
                    + "numéro de carte|coordonnées bancaires|identifiants|répondre à tous",
                .reply: "répondez|répondre|réponds|repondre|répondez directement",
                .possible: "possible|possibles|est pas possible|pas possible|impossible|impossibles",
                .filler: "de|y|à|a|ce|cet|cette|directement|svp|s il vous plait|s il vous plaît|merci de|veuillez|"
                    + "courriel|message|mail|e-mail|email|ici|ceci|au|le|la|les",
                .please: "veuillez|merci de|prière de|svp|s il vous plait|nous vous remercions de|nous vous prions de|"
                    + "nous vous invitons à|pouvez vous",
                .object: "courriel|message|mail|e-mail|email|adresse|notification",
                .subject: "personne ne|personne n|nous|je|on|qui|il|ils|elle|vous",
                .condition: "si",
                .reader: "vous|tu",
                .auxiliary: "sont|est|seront|sera|peut|peuvent|pourrons|pourra|pouvons",
                .need: "besoin|nécessaire|hésitez|hésiter|oubliez|inutile",
                .replies: "toute réponse|réponse|réponses|réponse|les réponses|vos réponses|votre réponse",
                .mailbox: "adresse|boîte aux lettres|boîte mail|boîte de réception|adresse e-mail|adresse électronique|"
                    + "messagerie|adresse email|adresse mail",
                .state: "recevront|recevra|arrivera|arriveront|arrive|arrivent|consulte|consultent|surveille|"
                    + "lisons|lirons|lit|lisent|parviendra|parviendront|parvient|parviennent|lues|lue|lus|lu|"
                    + "traitées|traitée|traités|traité|consultée|consultées|consulté|surveillée|surveillé|"
                    + "relevée|relevé|prises en compte|prise en compte|reçues|acceptées|acceptée|suivie|accepte|"
                    + "acceptent|reçoit|gérée|lire|traiter|consulter|recevoir|accepter",
                .sendOnly: "uniquement à l envoi|uniquement pour l envoi|réservée à l envoi|noreply|no-reply|"
                    + "ne-pas-repondre|envoi uniquement|envoi seulement|non surveillée|"
                    + "non surveillee|non consultée",
                .discarded: "supprimées|supprimés|supprimée|supprimé|effacées|effacés|détruites|"
                    + "restera sans suite|resteront sans suite|sans suite|ignorées|ignorés|ignorée|ignoré",
                .past: "a été|ont été",
                .destination: "à|a",
            ]),
        DeadEndLanguage(
            "es", "Spanish", family: "Romance",
            [
                .exception: "a menos que|salvo que|excepto si|salvo si|después de|después del|antes de|antes del|hasta",
                .send: "escriba|escribas|escriban|escribir|envíe|envíes|envíen|enviar|mande|mandes",
                .negation: "abstente de|absténgase de|evita|evite|no|nunca|imposible|nadie|no puedes|no se puede",
                .otherMail:
                    "pagos|pago|transferencias|encuesta|cada|todas las|todos los|individualmente|desconocidos|"
                    + "phishing|sospechosos|sospechoso|"
                    + "sospechosas|fraudulentos|fraudulentas|spam|contraseña|"
                    + "clave|pin|número de tarjeta|datos bancarios|responder a todos",
                .reply: "responda|respondas|responder|conteste|contestes|contestar|respondan|contesten|responde|"
                    + "respondes|contestas",
                .possible: "posible|posibles|es posible|imposible",
                .filler: "a|este|esta|al|directamente|por|favor|lo|le|se|mensaje|correo|e-mail|email|"
                    + "correo electrónico|notificación|aquí",
                .please: "por favor|le rogamos|se ruega|favor de|le pedimos que|te pedimos que|le solicitamos|"
                    + "te rogamos",
                .object: "mensaje|correo|e-mail|email|correo electrónico|notificación|dirección",
                .subject: "nadie|nosotros|yo|usted|ellos|quien",
                .condition: "si",
                .reader: "usted|ustedes",
                .auxiliary: "se|es|son|será|serán|está|están|puede|pueden|podemos|podrá|podrán",
                .need: "necesario|necesita|necesitas|dude|dudes|olvide|olvides|hace falta",
                .replies: "respuestas|respuesta|las respuestas|sus respuestas|mensajes enviados a|correos enviados a",
                .mailbox: "buzón|buzón|dirección|dirección de correo|cuenta|casilla|dirección de correo electrónico",
                .state: "llegará|llegarán|llega|llegan|revisa|revisan|controla|leemos|leerá|leerán|verá|recibirá|"
                    + "atendidos|atendidas|atendido|atendida|gestionados|contestados|contestadas|respondidos|"
                    + "respondidas|leen|lee|leídas|leída|leídos|monitorea|monitorean|monitoreado|monitoreada|"
                    + "monitorizado|monitorizada|supervisado|supervisada|revisa|revisan|revisado|revisada|"
                    + "procesan|procesadas|atendidas|atendido|atiende|recibiremos|leeremos|veremos|recibirá|"
                    + "leerá|recibe|reciben|acepta|aceptan|admite|admiten|contestadas|respondidas|leer|recibir|"
                    + "atender|revisar|supervisa|vigilado|vigilada",
                .sendOnly: "solo se utiliza para enviar|solo para envío|solo para enviar|únicamente para envío|"
                    + "noreply|no-reply|solo envío|sólo envío|solo para envío|únicamente para envío|no-responder",
                .discarded: "se eliminan|eliminadas|eliminada|eliminados|se borran|borradas|borrados|ignoradas|"
                    + "ignorados|ignorada|ignorado|descartadas|descartados",
                .past: "fue|fueron|ha sido|han sido",
                .destination: "a",
            ]),
        DeadEndLanguage(
            "pt", "Portuguese", family: "Romance",
            [
                .exception: "a menos que|salvo se|exceto se|a não ser que|depois de|antes de|até",
                .send: "escreva|escrever|escrevam|escrevas|envie|envies|enviar|mande",
                .negation: "não|nao|nunca|impossível|ninguém|você não pode|voce nao pode|não é possível",
                .otherMail:
                    "pagamentos|pagamento|transferências|pesquisa|questionário|cada|todas as|todos os|"
                    + "individualmente|desconhecidos|phishing|suspeitos|"
                    + "suspeitas|suspeito|"
                    + "fraudulentos|spam|senha|palavra-passe|pin|"
                    + "número do cartão|dados bancários|responder a todos",
                .reply: "responda|responder|respondam|respondas|responde|retorne|responda diretamente",
                .possible: "possível|possivel|possíveis|possiveis|é possível|impossível",
                .filler: "a|este|esta|ao|à|o|diretamente|por|favor|e-mail|email|mensagem|aqui|lo|se",
                .please: "por favor|favor|pedimos que|solicitamos que|gentileza|pedimos a gentileza de",
                .object: "e-mail|email|mensagem|endereço|notificação",
                .subject: "ninguém|nós|eu|você|voce|quem",
                .condition: "se|caso",
                .reader: "você|voce|vocês|voces|tu",
                .auxiliary: "são|é|será|serão|pode|podem|podemos|está|estão|vai|vão",
                .need: "necessário|precisa|precisará|hesite|esqueça",
                .replies: "respostas|resposta|as respostas|suas respostas",
                .mailbox: "caixa de entrada|caixa|caixa de entrada|caixa postal|caixa de correio|endereço|"
                    + "endereço de e-mail|conta",
                .state: "chegará|chegarão|chega|chegam|verifica|verificam|monitora|lemos|ler|lerá|lerão|lidas|"
                    + "lida|lidos|lido|monitorada|monitorado|monitoradas|monitorizada|monitorizado|verificadas|"
                    + "verificada|processadas|recebidas|aceita|aceitas|aceitam|recebe|recebem|atendidas|"
                    + "respondidas|lê|leem|ler|receber|monitorar|verificar|checada|checadas",
                .sendOnly: "noreply|no-reply|nao-responda|apenas para envio|somente para envio|somente envio",
                .discarded: "excluídas|excluída|excluídos|apagadas|apagada|eliminadas|eliminada|ignoradas|"
                    + "ignorados|ignorada|ignorado|descartadas",
                .past: "foi|foram",
                .destination: "para|a",
            ]),
        DeadEndLanguage(
            "it", "Italian", family: "Romance",
            [
                .exception: "a meno che|salvo che|tranne se|eccetto se|dopo|prima di|fino a",
                .send: "scrivere|scrivete|scrivi|scriva|inviare|inviate|invii|invia|mandare",
                .negation: "non|mai|impossibile|nessuno|non puoi|non si può",
                .otherMail:
                    "pagamenti|pagamento|bonifici|sondaggio|questionario|ogni|tutte le|tutti i|singolarmente|"
                    + "sconosciuti|phishing|sospette|"
                    + "sospetti|sospetta|"
                    + "fraudolente|spam|password|pin|numero della carta|"
                    + "dati bancari|credenziali|rispondi a tutti|rispondere a tutti",
                .reply: "rispondere|rispondete|risponda|rispondi",
                .possible: "possibile|possibili|è possibile|impossibile",
                .filler: "a|al|alla|allo|questo|questa|direttamente|e-mail|email|messaggio|mail|si|prega|di|per|favore|"
                    + "qui|comunicazione",
                .please: "si prega di|per favore|vi preghiamo di|ti preghiamo di|preghiamo di|si raccomanda di|"
                    + "la preghiamo di|la invitiamo a|ti invitiamo a|vi invitiamo a|si invita a",
                .object: "e-mail|email|messaggio|mail|comunicazione|indirizzo",
                .subject: "nessuno|noi|io|chi|preferisco|preferiamo|preferirei|preferiremmo|scelgo|scegliamo",
                .condition: "se",
                .reader: "tu|voi",
                .auxiliary: "sono|è|verranno|saranno|viene|vengono|può|possono|potranno|potrà",
                .need: "necessario|bisogno|esitare|esiti|dimenticare",
                .replies: "risposte|risposta|le risposte|eventuali risposte",
                .mailbox: "casella di posta|casella|indirizzo|casella di posta|indirizzo email|indirizzo e-mail|"
                    + "mailbox|casella email",
                .state: "riceveranno|riceverà|arriverà|arriveranno|arriva|arrivano|controlla|controllano|"
                    + "leggiamo|leggerà|leggeranno|legge|leggono|accetta|accettano|riceve|ricevono|lette|letta|"
                    + "letti|letto|monitorata|monitorato|presidiata|presidiato|controllata|controllato|elaborate|"
                    + "gestite|gestita|ricevute|accettate|abilitata|abilitato|prese in carico|leggere|ricevere|"
                    + "gestire|considerate",
                .sendOnly: "noreply|no-reply|non-rispondere|solo invio|solo per l invio|non presidiata",
                .discarded: "eliminate|eliminata|cancellate|cancellata|cestinate|ignorate|ignorati|ignorata|"
                    + "ignorato",
                .past: "è stata|è stato|sono state|sono stati",
                .destination: "a",
            ]),
        DeadEndLanguage(
            "ro", "Romanian", family: "Romance",
            [
                .send: "scrieți|scrie|scrieti|trimiteți|trimite|trimiteti",
                .negation: "nimeni|nu puteți|nu poți|nu se poate|nu|imposibil",
                .otherMail: "plăți|plata|plăţi|phishing|suspecte|frauduloase|spam|parola|"
                    + "parolă|parolei|pin|numărul cardului|date bancare",
                .reply: "răspundeți|răspunde|răspundeti|răspunzi|raspundeti",
                .possible: "posibil|posibile|este posibil|imposibil",
                .filler:
                    "să|sa|la|acest|această|e-mail|email|mesaj|mesajul|vă|rugăm|direct|să|acestui|emailul|e-mailul",
                .please: "vă rugăm|va rugam|rugăm|te rugăm|vă rog|te rog",
                .object: "e-mail|email|mesaj|mesajul|emailul|e-mailul|adresă|adresa",
                .subject: "nimeni|care|noi|eu",
                .condition: "dacă|daca",
                .reader: "tu|dumneavoastră",
                .auxiliary: "sunt|este|vor|fi|va|poate|pot",
                .need: "necesar|nevoie|ezitați|ezitati",
                .replies: "răspunsul|răspunsurile|răspunsuri|raspunsurile",
                .mailbox: "căsuță|căsuța|căsuță de e-mail|căsuța|căsuță|adresa|adresă|adresa de e-mail|"
                    + "căsuța de e-mail",
                .state: "verifică|verifica|monitorizează|primi|citit|citite|citită|citește|citesc|citim|citite|"
                    + "citită|citit|monitorizată|"
                    + "monitorizat|verificate|verificată|"
                    + "procesate|primite|accepta|"
                    + "acceptă|monitorizate",
                .sendOnly: "noreply|no-reply|doar pentru trimitere|nemonitorizată|nemonitorizata",
                .discarded: "șterse|sterse|șters|sters|ignorate|ignorat",
                .destination: "la|către",
            ]),
    ]
}
