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
    static let spacedLanguages: [DeadEndLanguage] = [
        DeadEndLanguage(
            "en", "English", family: "Germanic",
            [
                .negation: "not|dont|do not|cannot|cant|wont|unable to|doesnt|isnt|arent|you cannot|you cant|"
                    + "you can not|you are unable to|you are not able to|you will not be able to",
                .otherMail: "phishing|suspicious|spam|unsolicited|fraudulent|scam|unknown senders",
                .reply: "reply|respond|answer|write back|reply back",
                .filler: "to|this|that|the|a|an|directly|back|it|on|via|at|here|me|us|any|do",
                .please: "please|kindly|pls",
                .object: "email|e-mail|mail|message|notification|address|mailbox",
                .subject: "we|i|they|he|she|you|who|which|people|customers",
                .condition: "if",
                .auxiliary: "do|does|did|will|would|can|could|should|shall|may|must|is|are|be|been|will be",
                .need: "need|needed|necessary|required|hesitate|forget",
                .replies: "replies|responses|answers|reply emails|reply messages|replies sent|any reply|any response",
                .mailbox: "mailbox|inbox|address|email address|e-mail address|email account|this email|"
                    + "automated account|sending account|this account",
                .state: "read|monitored|checked|processed|reviewed|answered|seen|received|accept|receive|"
                    + "attended|responded to|replied to|staffed|actioned|looked at",
                .sendOnly: "unmonitored|unattended|send-only|send only|notification-only|outgoing only|"
                    + "outbound only|noreply|no-reply|do-not-reply|donotreply",
                .negatedState: "ignored|disregarded|unread|go unread|goes unread",
            ]),
        DeadEndLanguage(
            "de", "German", family: "Germanic",
            [
                .negation: "nicht|kein|keine|keinen|nie",
                .otherMail: "phishing|verdächtige|verdächtigen|spam|betrügerische|betrügerischen",
                .reply: "antworten|antworte|antwortet|beantworten|beantworte|reagieren|zurückschreiben|antwort senden|"
                    + "geantwortet werden|beantwortet werden",
                .filler: "auf|diese|dieser|diesen|dieses|die|der|das|den|dem|darauf|hierauf|direkt|sie|bitte|an|per|"
                    + "uns|du|ihr|mail|e-mail|nachricht|email|benachrichtigung|ebenfalls|hier",
                .please: "bitte|wir bitten sie|wir bitten|bitten wir sie",
                .object: "e-mail|email|mail|nachricht|benachrichtigung|adresse",
                .subject: "wir|ich|er|es|man|kunden|sollten",
                .condition: "wenn|falls",
                .auxiliary: "werden|wird|können|kann|konnen|muss|müssen|ist|sind",
                .need: "nötig|notwendig|erforderlich|zögern|brauchen|müssen",
                .replies: "antworten|antwort|rückantworten|rückmeldungen|ihre antwort",
                .mailbox: "postfach|adresse|e-mail-adresse|mailadresse|absenderadresse|mailbox|emailadresse",
                .state: "gelesen|überwacht|bearbeitet|beantwortet|empfangen|geprüft|abgerufen|angenommen|"
                    + "entgegengenommen|verarbeitet|kontrolliert|zugestellt|berücksichtigt|eingesehen|"
                    + "lesen|bearbeiten|beantworten|empfangen|entgegennehmen|verarbeiten",
                .sendOnly: "nur zum versand|nur für den versand|nur zum versenden|unüberwacht|nicht überwachte|"
                    + "noreply|no-reply|nicht-antworten",
                .negatedState: "ignoriert|verworfen",
            ]),
        DeadEndLanguage(
            "nl", "Dutch", family: "Germanic",
            [
                .negation: "niet|geen|nooit",
                .otherMail: "phishing|verdachte|spam|frauduleuze",
                .reply: "antwoorden|beantwoorden|beantwoord|reageren|reageer|antwoord|terugschrijven",
                .filler: "op|deze|dit|het|de|direct|rechtstreeks|u|je|hierop|daarop|te|aub|a u b|alstublieft|graag|"
                    + "gelieve|mail|e-mail|email|bericht",
                .please: "gelieve|aub|a u b|alstublieft|we verzoeken u|wij verzoeken u|wij vragen u|we vragen je",
                .object: "e-mail|email|mail|bericht|adres",
                .subject: "we|wij|ik|zij",
                .condition: "als|indien",
                .auxiliary: "worden|wordt|zullen|kunnen|kan|zal|is|zijn",
                .need: "nodig|hoeft|hoeven|aarzel",
                .replies: "antwoorden|reacties|reactie|antwoord|antwoorden op",
                .mailbox: "mailbox|postvak|adres|e-mailadres|emailadres|inbox|mailadres",
                .state: "gelezen|gecontroleerd|bekeken|verwerkt|beantwoord|behandeld|ontvangen|gemonitord|bewaakt|"
                    + "komt|komen",
                .sendOnly: "noreply|no-reply|alleen voor verzending|niet bewaakt",
                .negatedState: "genegeerd",
            ]),
        DeadEndLanguage(
            "sv", "Swedish", family: "Germanic",
            [
                .negation: "inte|ej|icke",
                .reply: "svara|besvara|svara på|besvaras",
                .filler: "på|detta|det|här|denna|den|direkt|vänligen|att|mejl|mejlet|mail|mailet|e-post|"
                    + "e-postmeddelande|meddelande|meddelandet|brev|brevet",
                .please: "vänligen|var vänlig och|var god",
                .object: "mejl|mejlet|mail|mailet|e-post|meddelande|meddelandet|adress",
                .subject: "vi|jag|man",
                .condition: "om",
                .auxiliary: "kommer att|kan|ska|är|blir",
                .need: "behöver|behövs|tveka",
                .replies: "svar|svaren|svar på",
                .mailbox: "brevlåda|brevlådan|adress|adressen|e-postadress|e-postadressen|inkorg|mejladress",
                .state: "läses|övervakas|besvaras|hanteras|kontrolleras|tas emot|bevakas|läst|läses inte",
                .sendOnly: "noreply|no-reply|endast för utskick|obevakad",
                .negatedState: "ignoreras|ignorerade",
            ]),
        DeadEndLanguage(
            "da", "Danish", family: "Germanic",
            [
                .negation: "ikke|ej",
                .reply: "svar|besvar|svare|besvare|svar på|besvares",
                .filler: "på|denne|dette|den|det|venligst|direkte|e-mail|email|mail|mailen|e-mailen|besked|beskeden",
                .please: "venligst|vær venlig",
                .object: "e-mail|email|mail|mailen|e-mailen|besked|beskeden|adresse",
                .subject: "vi|jeg|man",
                .condition: "hvis",
                .auxiliary: "vil|blive|bliver|kan|skal|er",
                .need: "behøver|nødvendigt|tøv",
                .replies: "svar|besvarelser|svarene",
                .mailbox: "postkasse|postkassen|indbakke|adresse|adressen|e-mailadresse|mailadresse",
                .state: "læses|læst|overvåges|overvåget|besvares|behandles|modtages|tjekkes|læses ikke",
                .sendOnly: "noreply|no-reply|kun til afsendelse|ikke overvåget",
                .negatedState: "ignoreres|ignoreret",
            ]),
        DeadEndLanguage(
            "nb", "Norwegian", family: "Germanic",
            [
                .negation: "ikke|ikkje",
                .reply: "svar|besvar|svare|besvare|svar på|besvares",
                .filler:
                    "på|denne|dette|den|det|vennligst|direkte|e-post|e-posten|epost|eposten|melding|meldingen|mail",
                .please: "vennligst|vær så snill",
                .object: "e-post|e-posten|epost|eposten|melding|meldingen|mail|adresse",
                .subject: "vi|jeg|man",
                .condition: "hvis",
                .auxiliary: "vil|bli|blir|kan|skal|er",
                .need: "trenger|nødvendig|nøl",
                .replies: "svar|svarene",
                .mailbox: "postkasse|postkassen|innboks|adresse|adressen|e-postadresse|epostadresse",
                .state: "leses|lest|overvåkes|overvåket|besvares|behandles|mottas|sjekkes",
                .sendOnly: "noreply|no-reply|kun for utsending|ikke overvåket",
                .negatedState: "ignoreres|ignorert",
            ]),
        DeadEndLanguage(
            "fr", "French", family: "Romance",
            [
                .negation: "ne|n|pas|non|aucun|aucune|jamais",
                .otherMail: "phishing|hameçonnage|suspects|suspect|suspicieux|frauduleux|spam",
                .reply: "répondez|répondre|réponds|repondre|répondez directement",
                .filler: "y|à|a|ce|cet|cette|directement|svp|s il vous plait|s il vous plaît|merci de|veuillez|"
                    + "courriel|message|mail|e-mail|email|ici|ceci|au|le|la|les",
                .please: "veuillez|merci de|prière de|svp|s il vous plait|nous vous remercions de|nous vous prions de|"
                    + "nous vous invitons à|pouvez vous",
                .object: "courriel|message|mail|e-mail|email|adresse|notification",
                .subject: "nous|je|on|qui|il|ils|elle|vous",
                .condition: "si",
                .auxiliary: "sont|est|seront|sera|peut|peuvent|pourrons|pourra",
                .need: "besoin|nécessaire|hésitez|hésiter|oubliez|inutile",
                .replies: "réponses|réponse|les réponses|vos réponses|votre réponse",
                .mailbox: "adresse|boîte aux lettres|boîte mail|boîte de réception|adresse e-mail|adresse électronique|"
                    + "messagerie|adresse email|adresse mail",
                .state: "lues|lue|lus|lu|traitées|traitée|traités|traité|consultée|consultées|consulté|surveillée|"
                    + "surveillé|relevée|relevé|prises en compte|prise en compte|reçues|acceptées|acceptée|suivie|accepte|acceptent|reçoit|"
                    + "gérée|lire|traiter|consulter|recevoir|accepter",
                .sendOnly: "noreply|no-reply|ne-pas-repondre|envoi uniquement|envoi seulement|non surveillée|"
                    + "non surveillee|non consultée",
                .negatedState: "ignorées|ignorés|ignorée|ignoré",
            ]),
        DeadEndLanguage(
            "es", "Spanish", family: "Romance",
            [
                .negation: "no|nunca",
                .otherMail: "phishing|sospechosos|sospechoso|sospechosas|fraudulentos|fraudulentas|spam",
                .reply: "responda|respondas|responder|conteste|contestes|contestar|respondan|contesten|responde",
                .filler: "a|este|esta|al|directamente|por|favor|lo|le|se|mensaje|correo|e-mail|email|"
                    + "correo electrónico|notificación|aquí",
                .please: "por favor|le rogamos|se ruega|favor de|le pedimos que|te pedimos que|le solicitamos|"
                    + "te rogamos",
                .object: "mensaje|correo|e-mail|email|correo electrónico|notificación|dirección",
                .subject: "nosotros|yo|usted|ellos|quien",
                .condition: "si",
                .auxiliary: "se|es|son|será|serán|está|están|puede|pueden|podemos|podrá|podrán",
                .need: "necesario|necesita|necesitas|dude|dudes|olvide|olvides|hace falta",
                .replies: "respuestas|respuesta|las respuestas|sus respuestas",
                .mailbox: "buzón|dirección|dirección de correo|cuenta|casilla|dirección de correo electrónico",
                .state: "leen|lee|leídas|leída|leídos|monitorea|monitorean|monitoreado|monitoreada|supervisado|"
                    + "supervisada|revisa|revisan|revisado|revisada|procesan|procesadas|atendidas|atendido|atiende|"
                    + "recibe|reciben|acepta|aceptan|admite|admiten|contestadas|respondidas|leer|recibir|atender|revisar|"
                    + "supervisa|vigilado|vigilada",
                .sendOnly: "noreply|no-reply|solo envío|sólo envío|solo para envío|únicamente para envío|no-responder",
                .negatedState: "ignoradas|ignorados|ignorada|ignorado|descartadas|descartados",
            ]),
        DeadEndLanguage(
            "pt", "Portuguese", family: "Romance",
            [
                .negation: "não|nao|nunca",
                .otherMail: "phishing|suspeitos|suspeitas|suspeito|fraudulentos|spam",
                .reply: "responda|responder|respondam|respondas|responde|retorne|responda diretamente",
                .filler: "a|este|esta|ao|à|o|diretamente|por|favor|e-mail|email|mensagem|aqui|lo|se",
                .please: "por favor|favor|pedimos que|solicitamos que|gentileza|pedimos a gentileza de",
                .object: "e-mail|email|mensagem|endereço|notificação",
                .subject: "nós|eu|você|voce|quem",
                .condition: "se|caso",
                .auxiliary: "são|é|será|serão|pode|podem|podemos|está|estão",
                .need: "necessário|precisa|precisará|hesite|esqueça",
                .replies: "respostas|resposta|as respostas|suas respostas",
                .mailbox: "caixa|caixa de entrada|caixa postal|caixa de correio|endereço|endereço de e-mail|conta",
                .state: "lidas|lida|lidos|lido|monitorada|monitorado|monitoradas|verificadas|verificada|"
                    + "processadas|recebidas|aceita|aceitas|aceitam|recebe|recebem|atendidas|respondidas|lê|leem|ler|receber|"
                    + "monitorar|verificar|checada|checadas",
                .sendOnly: "noreply|no-reply|nao-responda|apenas para envio|somente para envio|somente envio",
                .negatedState: "ignoradas|ignorados|ignorada|ignorado|descartadas",
            ]),
        DeadEndLanguage(
            "it", "Italian", family: "Romance",
            [
                .negation: "non|mai",
                .otherMail: "phishing|sospette|sospetti|sospetta|fraudolente|spam",
                .reply: "rispondere|rispondete|risponda|rispondi",
                .filler: "a|al|alla|allo|questo|questa|direttamente|e-mail|email|messaggio|mail|si|prega|di|per|favore|"
                    + "qui|comunicazione",
                .please: "si prega di|per favore|vi preghiamo di|ti preghiamo di|preghiamo di|si raccomanda di|"
                    + "la preghiamo di|la invitiamo a|ti invitiamo a|vi invitiamo a|si invita a",
                .object: "e-mail|email|messaggio|mail|comunicazione|indirizzo",
                .subject: "noi|io|chi|preferisco|preferiamo|preferirei|preferiremmo|scelgo|scegliamo",
                .condition: "se",
                .auxiliary: "sono|è|verranno|saranno|viene|vengono|può|possono|potranno|potrà",
                .need: "necessario|bisogno|esitare|esiti|dimenticare",
                .replies: "risposte|risposta|le risposte|eventuali risposte",
                .mailbox: "casella|indirizzo|casella di posta|indirizzo email|indirizzo e-mail|mailbox|casella email",
                .state: "lette|letta|letti|letto|monitorata|monitorato|presidiata|presidiato|controllata|controllato|"
                    + "elaborate|gestite|gestita|ricevute|accettate|abilitata|abilitato|prese in carico|"
                    + "leggere|ricevere|gestire|considerate",
                .sendOnly: "noreply|no-reply|non-rispondere|solo invio|solo per l invio|non presidiata",
                .negatedState: "ignorate|ignorati|ignorata|ignorato",
            ]),
        DeadEndLanguage(
            "ro", "Romanian", family: "Romance",
            [
                .negation: "nu",
                .reply: "răspundeți|răspunde|răspundeti|răspunzi|raspundeti",
                .filler: "la|acest|această|e-mail|email|mesaj|mesajul|vă|rugăm|direct|să|acestui|emailul|e-mailul",
                .please: "vă rugăm|va rugam|rugăm|te rugăm|vă rog|te rog",
                .object: "e-mail|email|mesaj|mesajul|emailul|e-mailul|adresă|adresa",
                .subject: "noi|eu",
                .condition: "dacă|daca",
                .auxiliary: "sunt|este|vor|fi|va|poate|pot",
                .need: "necesar|nevoie|ezitați|ezitati",
                .replies: "răspunsurile|răspunsuri|raspunsurile",
                .mailbox: "căsuța|căsuță|adresa|adresă|adresa de e-mail|căsuța de e-mail",
                .state: "citite|citită|citit|monitorizată|monitorizat|verificate|verificată|procesate|primite|accepta|"
                    + "acceptă|monitorizate",
                .sendOnly: "noreply|no-reply|doar pentru trimitere|nemonitorizată|nemonitorizata",
                .negatedState: "ignorate|ignorat",
            ]),
        DeadEndLanguage(
            "pl", "Polish", family: "Slavic",
            [
                .negation: "nie",
                .reply: "odpowiadaj|odpowiadać|odpowiadajcie|odpisuj|odpisywać|odpowiadac",
                .filler: "na|tę|ten|tą|tego|wiadomość|e-mail|email|maila|bezpośrednio|prosimy|proszę|ją|go",
                .please: "prosimy|proszę|uprzejmie prosimy|prosimy o",
                .object: "wiadomość|wiadomości|e-mail|email|maila|adres",
                .subject: "my|ja",
                .condition: "jeśli|jeżeli|gdy|jesli",
                .auxiliary: "są|jest|będą|będzie|zostaną|może|mogą",
                .need: "trzeba|potrzeby|wahaj|musisz",
                .replies: "odpowiedzi|odpowiedzi na",
                .mailbox: "skrzynka|adres|adres e-mail|skrzynki|skrzynkę|adres email",
                .state: "czytane|czytana|monitorowana|monitorowany|sprawdzana|sprawdzane|obsługiwana|odczytywane|"
                    + "przetwarzane|odbierane|przyjmuje|monitorowane|rozpatrywane",
                .sendOnly: "noreply|no-reply|nieodpowiadaj|tylko do wysyłki|niemonitorowana|niemonitorowany",
                .negatedState: "ignorowane|ignorowana|ignorowany",
            ]),
        DeadEndLanguage(
            "cs", "Czech", family: "Slavic",
            [
                .negation: "ne|není|nejsou|nebudou|nebude",
                .negatedReply: "neodpovídejte|neodpovídej|neodpovídat|neodpovídejte prosím|neodpovídejte na",
                .filler: "na|tento|tuto|e-mail|zprávu|prosím|přímo|email",
                .please: "prosím|prosíme",
                .object: "e-mail|email|zprávu|zpráva|adresu",
                .subject: "my|já",
                .condition: "pokud|jestli",
                .need: "nutné|potřeba|váhejte",
                .replies: "odpovědi|odpověď|odpovědi na",
                .mailbox: "schránka|adresa|e-mailová adresa|schránku|adresu|schránky",
                .state: "čteny|čtena|čteny|sledována|monitorována|kontrolována|zpracovávány|přečteny|přijímá|"
                    + "vyřizovány",
                .negatedState: "nesledována|nesledovaná|nemonitorovaná|nečtou|nečteme|nečte|nezpracováváme|"
                    + "nesledujeme|nemonitorujeme|ignorovány|ignorována",
                .sendOnly: "noreply|no-reply|neodpovidejte|pouze pro odesílání|pouze k odesílání",
            ]),
        DeadEndLanguage(
            "sk", "Slovak", family: "Slavic",
            [
                .negation: "nie|nebudú|nebude|nie sú|nie je",
                .negatedReply: "neodpovedajte|neodpovedaj|neodpovedať|neodpovedajte na",
                .filler: "na|tento|túto|e-mail|správu|prosím|priamo|email",
                .please: "prosím|prosíme",
                .object: "e-mail|email|správu|správa|adresu",
                .subject: "my|ja",
                .condition: "ak",
                .need: "nutné|potrebné|váhajte",
                .replies: "odpovede|odpoveď|odpovede na",
                .mailbox: "schránka|adresa|e-mailová adresa|schránku|adresu",
                .state: "čítané|sledovaná|monitorovaná|kontrolovaná|spracované|prečítané|prijíma|vybavované",
                .negatedState: "nesledovaná|nemonitorovaná|nečítame|nečíta|nespracovávame|nesledujeme|"
                    + "ignorované|ignorovaná",
                .sendOnly: "noreply|no-reply|neodpovedajte|iba na odosielanie|len na odosielanie",
            ]),
        DeadEndLanguage(
            "ru", "Russian", family: "Slavic",
            [
                .negation: "не|нельзя",
                .reply: "отвечайте|отвечать|отвечай|отвечайте на",
                .filler: "на|это|этот|данное|данный|письмо|сообщение|пожалуйста|просим|непосредственно|него|его",
                .please: "пожалуйста|просим|просьба|убедительная просьба",
                .object: "письмо|сообщение|адрес|уведомление",
                .subject: "мы|я|вы",
                .condition: "если",
                .auxiliary: "будут|будет|может|могут",
                .need: "нужно|требуется|необходимо|надо|стесняйтесь|забудьте",
                .replies: "ответы|ответы на|ответ|ваш ответ|ваши ответы",
                .mailbox: "ящик|адрес|почтовый ящик|этот адрес|адрес электронной почты|адреса",
                .state: "читаются|проверяется|отслеживается|обрабатываются|просматривается|просматриваются|"
                    + "принимает|прочитаны|рассматриваются|прочитан|обрабатывается|читается|"
                    + "получены|доставлены|контролируется",
                .sendOnly: "noreply|no-reply|только для рассылки|только для отправки|не-отвечать",
                .negatedState: "игнорируются|игнорируется|проигнорированы",
            ]),
        DeadEndLanguage(
            "uk", "Ukrainian", family: "Slavic",
            [
                .negation: "не",
                .reply: "відповідайте|відповідати|відповідай",
                .filler: "на|цей|цього|лист|листа|повідомлення|будь|ласка|будь ласка|прямо|нього|його",
                .please: "будь ласка|просимо|прохання",
                .object: "лист|листа|повідомлення|адресу|адреса",
                .subject: "ми|я|ви",
                .condition: "якщо",
                .auxiliary: "будуть|буде|може|можуть",
                .need: "потрібно|потреби|необхідно|треба|соромтеся",
                .replies: "відповіді|відповідь|ваші відповіді",
                .mailbox: "скринька|адреса|поштова скринька|ця адреса|скриньку|адресу",
                .state: "читаються|перевіряється|відстежується|обробляються|переглядається|приймає|прочитані|"
                    + "моніториться|розглядаються|обробляється|читається",
                .sendOnly: "noreply|no-reply|лише для надсилання|тільки для розсилки|тільки для надсилання",
                .negatedState: "ігноруються|ігнорується|проігноровані",
            ]),
        DeadEndLanguage(
            "el", "Greek", family: "Greek",
            [
                .negation: "μην|δεν|μη",
                .reply: "απαντάτε|απαντήσετε|απαντήσεις|απαντάς|απαντήστε|απαντήσει",
                .filler: "σε|αυτό|το|email|μήνυμα|ηλεκτρονικό|ταχυδρομείο|παρακαλούμε|παρακαλώ|απευθείας|στο|"
                    + "αυτή|τη|την|e-mail",
                .please: "παρακαλούμε|παρακαλώ",
                .object: "email|μήνυμα|ηλεκτρονικό|e-mail|διεύθυνση",
                .subject: "εμείς|εγώ",
                .condition: "αν|εάν",
                .auxiliary: "θα|είναι|να",
                .need: "χρειάζεται|απαραίτητο|διστάσετε",
                .replies: "απαντήσεις|οι απαντήσεις",
                .mailbox: "γραμματοκιβώτιο|διεύθυνση|διεύθυνση email|θυρίδα",
                .state: "διαβάζονται|παρακολουθείται|ελέγχεται|ελέγχονται|διαβάζεται|επεξεργάζονται|απαντώνται|"
                    + "παρακολουθούνται",
                .sendOnly: "noreply|no-reply|μόνο για αποστολή",
                .negatedState: "αγνοούνται|αγνοείται",
            ]),
        DeadEndLanguage(
            "fi", "Finnish", family: "Uralic",
            [
                .negation: "ei|eikä|eivätkä|eihän|älä|älkää|ethän|ettehän|emme",
                .reply: "vastaa|vastatko|vastata|vastaamaan|vastaathan|vastaisi",
                .filler: "siihen|niihin|sitä|voi|tule|pidä|tähän|viestiin|sähköpostiin|suoraan|ystävällisesti|"
                    + "tätä|tämä|sähköpostiviestiin",
                .please: "ystävällisesti|olkaa hyvä ja|ole hyvä ja|pyydämme",
                .object: "viestiin|sähköpostiin|sähköpostiviestiin|osoitteeseen|viesti",
                .subject: "me|minä",
                .condition: "jos",
                .need: "tarvitse|tarvitsee|tarpeen|epäröi",
                .replies: "vastauksia|vastaukset|vastauksiin|vastaukset tähän",
                .mailbox: "postilaatikko|postilaatikkoa|osoite|osoitteeseen|sähköpostiosoite|sähköpostiosoitetta|"
                    + "osoitetta",
                .state: "lueta|valvota|käsitellä|seurata|tarkisteta|vastaanoteta|oteta vastaan|lue|valvo|käsittele",
                .sendOnly: "noreply|no-reply|vain lähettämiseen|valvomaton|valvomattomasta",
            ]),
        DeadEndLanguage(
            "hu", "Hungarian", family: "Uralic",
            [
                .negation: "ne|nem",
                .reply: "válaszoljon|válaszoljanak|válaszolj|válaszoljatok|válaszolni|feleljen|válaszoljon erre",
                .filler: "erre|az|e-mailre|emailre|üzenetre|levélre|kérjük|kérem|közvetlenül|a|rá",
                .please: "kérjük|kérem|kérünk",
                .object: "e-mailre|emailre|üzenetre|levélre|címre",
                .subject: "mi|én",
                .condition: "ha",
                .auxiliary: "fogjuk|tudjuk|lesz|van",
                .need: "szükséges|szükség|habozzon|kell",
                .replies: "válaszokat|válaszok|válaszát|válaszüzeneteket|válaszüzenetek|válaszaikat",
                .mailbox: "postafiók|postafiókot|cím|címre|e-mail cím|címet|e-mail címet|fiók",
                .state: "olvassuk|figyeljük|kezeljük|dolgozzuk fel|olvasott|figyelt|ellenőrzött|fogadni|fogadja|"
                    + "fogad|olvassa|figyeli|ellenőrizzük",
                .sendOnly: "noreply|no-reply|ne-valaszoljon|csak küldésre|csak kimenő",
            ]),
        DeadEndLanguage(
            "tr", "Turkish", family: "Turkic",
            [
                .negation: "değildir|değil",
                .negatedReply: "yanıtlamayın|yanıtlamayınız|cevaplamayın|cevaplamayınız|yanıt vermeyin|"
                    + "yanıt vermeyiniz|cevap vermeyin|cevap vermeyiniz|geri dönüş yapmayınız|geri dönüş yapmayın|"
                    + "yanıtlamayiniz|cevaplamayiniz|yanıtlamamanızı",
                .filler: "bu|e-postayı|e-postaya|epostaya|mesajı|mesaja|lütfen|doğrudan",
                .please: "lütfen|rica ederiz",
                .object: "e-posta|e-postayı|e-postaya|epostaya|mesaj|mesajı|mesaja|adres",
                .subject: "biz|ben",
                .condition: "eğer",
                .need: "gerek|gerekmez|gerekmemektedir|çekinmeyin",
                .replies: "yanıtlar|cevaplar|yanıtlarınız|cevaplarınız|yanıtlarınız okunmaz",
                .mailbox: "adres|adresi|adresine|e-posta adresi|posta kutusu|bu adres|e-posta adresine|adresidir",
                .state: "izlenen|izlenmektedir|kontrol edilen|okunan",
                .negatedState: "okunmaz|okunmamaktadır|okunmayacaktır|izlenmemektedir|izlenmez|izlenmeyen|"
                    + "kontrol edilmemektedir|kontrol edilmez|yanıtlanmaz|yanıtlanmayacaktır|cevaplanmaz|"
                    + "cevaplanmayacaktır|yanıt alamaz|işleme alınmaz|değerlendirilmez|değerlendirilmeyecektir",
                .sendOnly: "noreply|no-reply|yalnızca gönderim|sadece gönderim|gönderim amaçlı|yanıt alınmayan",
            ]),
        DeadEndLanguage(
            "id", "Indonesian", family: "Austronesian",
            [
                .negation: "jangan|tidak|tak",
                .reply: "membalas|balas|menjawab|dibalas|membalasnya|merespons",
                .filler: "email|ini|pesan|surel|langsung|mohon|harap|ke|untuk|e-mail|surat",
                .please: "mohon|harap|dimohon|kami mohon",
                .object: "email|pesan|surel|e-mail|surat|alamat",
                .subject: "kami|saya|anda",
                .condition: "jika|apabila|bila",
                .auxiliary: "akan|dapat|bisa|perlu",
                .need: "perlu|usah|ragu",
                .replies: "balasan|balasan ke|tanggapan",
                .mailbox: "kotak|alamat|alamat email|kotak masuk|alamat ini|alamat surel",
                .state: "dibaca|dipantau|diperiksa|diproses|ditanggapi|diterima|menerima|dimonitor",
                .sendOnly: "noreply|no-reply|hanya untuk pengiriman|tidak dipantau",
            ]),
        DeadEndLanguage(
            "vi", "Vietnamese", family: "Austroasiatic",
            [
                .negation: "không|đừng|chớ",
                .reply: "trả lời|phản hồi|hồi âm",
                .filler: "email|này|thư|thư này|email này|trực tiếp|vào|lại|vui lòng|xin|cho|tin nhắn",
                .please: "vui lòng|xin|xin vui lòng|quý khách vui lòng",
                .object: "email|thư|tin nhắn|địa chỉ",
                .subject: "chúng tôi|tôi|bạn",
                .condition: "nếu",
                .auxiliary: "sẽ|được|thể|có thể",
                .need: "cần|ngần ngại",
                .replies: "thư trả lời|các phản hồi|phản hồi|các thư trả lời",
                .mailbox: "hộp thư|địa chỉ|địa chỉ email|hộp thư này|địa chỉ này",
                .state: "được đọc|đọc|theo dõi|kiểm tra|xử lý|tiếp nhận|nhận|giám sát",
                .sendOnly: "noreply|no-reply|chỉ dùng để gửi|chỉ gửi đi",
            ]),
        DeadEndLanguage(
            "ar", "Arabic", family: "Semitic",
            [
                .negation: "لا|عدم|لن",
                .reply: "ترد|تردوا|الرد|بالرد|تجيب|الإجابة|الرد على",
                .filler: "على|هذه|هذا|الرسالة|البريد|الإلكتروني|رسالة|تقم|مباشرة|يرجى|الرجاء",
                .please: "يرجى|الرجاء|نرجو|نرجو منك",
                .object: "الرسالة|البريد|رسالة|العنوان",
                .subject: "نحن",
                .condition: "إذا|اذا|إن|لو",
                .auxiliary: "تتم|يتم|سيتم|يمكن|سوف",
                .need: "داعي|حاجة|تتردد",
                .replies: "الردود|ردود|الردود على|ردك|ردودكم",
                .mailbox: "صندوق|عنوان|صندوق البريد|هذا العنوان|العنوان",
                .state: "مراقب|مراقبة|قراءة|تقرأ|مراقبته|معالجة|استلام|يستقبل|تستقبل|متابعة",
                .sendOnly: "noreply|no-reply|للإرسال فقط|غير مراقب",
            ]),
        DeadEndLanguage(
            "he", "Hebrew", family: "Semitic",
            [
                .negation: "אל|לא|אין|נא לא",
                .reply: "תשיבו|תשיב|להשיב|תענו|תענה|לענות|להגיב|תגיבו",
                .filler: "על|הודעה|זו|זה|למייל|לדואל|לדוא ל|ישירות|נא|אנא|להודעה|לכתובת",
                .please: "נא|אנא|אנו מבקשים",
                .object: "הודעה|להודעה|מייל|למייל|לדואל|כתובת|לכתובת",
                .subject: "אנחנו|אני|אנו",
                .condition: "אם",
                .auxiliary: "יהיה|ניתן|יכול|יכולים",
                .need: "צורך|צריך|תהססו",
                .replies: "תשובות|תגובות|מענה|התשובות",
                .mailbox: "תיבת|תיבה|כתובת|תיבת דואר|כתובת זו|תיבת הדואר",
                .state: "נקראות|נבדקת|מנוטרת|מנוטרות|מטופלות|נקראים|נקראת|נבדקות|מקבלת",
                .sendOnly: "noreply|no-reply|לשליחה בלבד|אינה מנוטרת",
            ]),
    ]
}
