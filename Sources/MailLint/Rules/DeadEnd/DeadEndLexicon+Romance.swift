/// The Romance languages of `DeadEndLexicon`.
extension DeadEndLexicon {
    static let romanceLanguages: [DeadEndLanguage] = [
        DeadEndLanguage(
            "fr", "French", family: "Romance",
            [
                .exception: "sauf|excepté|dans un délai de|sous|immédiatement|tout de suite|sauf si|à moins que|"
                    + "à moins qu|après|avant|jusqu à",
                .send: "contacter|contactez|contacte|joindre|écrire|écrivez|"
                    + "écris|écrivez nous|envoyez|envoyer|envoie|envoyez nous",
                .negation: "n y a pas de possibilité|n y a aucune possibilité|n y a pas possibilité|personne ne|"
                    + "personne n|ne|n|pas|non|aucun|aucune|jamais|impossible|impossibles",
                .otherMail: "factures|facture|candidatures|candidature|cv|fichiers|documents|mo|"
                    + "pièces jointes|pièce jointe|retours|colis|marchandises|chèques|produits|appels|"
                    + "appels téléphoniques|sms|réponses automatiques|paiements|paiement|virements|sondage|"
                    + "questionnaire|chaque|toutes les|tous les|individuellement|inconnus|inconnu|phishing|"
                    + "hameçonnage|suspects|suspect|suspicieux|frauduleux|spam|mot de passe|code pin|"
                    + "numéro de carte|coordonnées bancaires|identifiants|répondre à tous",
                .reply: "en répondant|répondant|en repondant|repondant|répondez|répondre|réponds|repondre|"
                    + "répondez directement",
                .possible: "possibilité|possible|possibles|est pas possible|pas possible|impossible|impossibles",
                .filler: "une|un|donc|d|cliquer sur|appuyer sur|nous|d e-mails|de messages|de courriels|de|y|à|a|"
                    + "ce|cet|cette|directement|svp|s il vous plait|s il vous plaît|merci de|veuillez|courriel|"
                    + "message|mail|e-mail|email|ici|ceci|au|le|la|les",
                .please: "merci|veuillez|merci de|prière de|svp|s il vous plait|nous vous remercions de|"
                    + "nous vous prions de|nous vous invitons à|pouvez vous",
                .object: "communication|courriel|message|mail|e-mail|email|adresse|notification",
                .subject: "que|personne ne|personne n|nous|je|on|qui|il|ils|elle|vous",
                .condition: "si",
                .reader: "vous|tu",
                .auxiliary: "sommes|êtes|suis|serons|en mesure de|"
                    + "en mesure d|sont|est|seront|sera|peut|peuvent|pourrons|pourra|pouvons",
                .need: "besoin|nécessaire|hésitez|hésiter|oubliez|inutile",
                .replies: "tout ce qui est envoyé à|tout ce qui sera envoyé à|tout ce qui est envoyé sur|"
                    + "fonction de réponse|la fonction de réponse|de réponse|tout message envoyé à|"
                    + "tout e-mail envoyé à|tout courriel envoyé à|courriels envoyés à|messages envoyés à|"
                    + "e-mails envoyés à|mails envoyés à|toute réponse|réponse|réponses|réponse|les réponses|"
                    + "vos réponses|votre réponse",
                .mailbox: "boîte|adresse|boîte aux lettres|boîte mail|boîte de réception|adresse e-mail|"
                    + "adresse électronique|messagerie|adresse email|adresse mail",
                .state: "vues|vue|vus|consultons|distribuées|distribuée|distribués|distribué|examinées|examinée|"
                    + "examinés|remises|livrées|transmis|transmises|transmise|transféré|transférés|transférées|"
                    + "atteindra|atteindront|atteint|atteignent|lira|liront|recevrons|recevons|"
                    + "habilitée à recevoir|habilité à recevoir|prévue pour recevoir|configurée pour recevoir|"
                    + "voyons|verrons|consultés|voit|voient|reçu|reçue|recevront|recevra|arrivera|arriveront|"
                    + "arrive|arrivent|consulte|consultent|surveille|lisons|lirons|lit|lisent|parviendra|"
                    + "parviendront|parvient|parviennent|lues|lue|lus|lu|traitées|traitée|traités|traité|"
                    + "consultée|consultées|consulté|surveillée|surveillé|relevée|relevé|prises en compte|"
                    + "prise en compte|reçues|acceptées|acceptée|suivie|accepte|acceptent|reçoit|gérée|lire|"
                    + "traiter|consulter|recevoir|accepter",
                .sendOnly: "communication à sens unique|message à sens unique|e-mail à sens unique|"
                    + "réservée aux notifications|uniquement à l envoi|uniquement pour l envoi|"
                    + "réservée à l envoi|noreply|no-reply|ne-pas-repondre|envoi uniquement|envoi seulement|"
                    + "non surveillée|non surveillee|non consultée",
                .discarded: "renvoyée|retournée|rejetée|non distribuable|"
                    + "non distribuables|sera perdue|seront perdues|perdue|perdues|perdu|perdus|désactivées|"
                    + "désactivée|désactivés|désactivé|renvoyées|retournées|rejetées|renvoyés|retournés|"
                    + "supprimées|supprimés|supprimée|supprimé|effacées|effacés|détruites|restera sans suite|"
                    + "resteront sans suite|sans suite|ignorées|ignorés|ignorée|ignoré",
                .past: "a été|ont été",
                .destination: "via|par|à travers|à|a",
                .only: "seuls|seules|uniquement|seulement|exclusivement",
                .outgoing: "envois sortants|sortants|sortant|courrier sortant|notifications|l envoi|envoi|"
                    + "envoyer|messages automatiques|alertes",
                .yours: "votre|ton|ta|vos|tes",
                .use: "utiliser|utilisez|cliquer|cliquez|appuyer",
                .control: "fonction|bouton|touche|option",
                .instead: "au lieu de|plutôt que de",
                .conjunction: "et",
                .purpose: "pour|afin de",
                .negatedState: "fermée|fermé|ne mènent nulle part|ne mène nulle part|n'est plus utilisée|"
                    + "n'est plus utilisé|n'est plus en service|plus utilisée|plus utilisé|plus en service|"
                    + "restera sans réponse|resteront sans réponse|sans réponse",
                .readerGets: "obtiendrez|obtiendras|recevrez",
                .pointless: "n'a aucun effet|aucun effet|est sans effet|sans effet|inutile|ne sert à rien|"
                    + "sert à rien",
                .intended: "destinée|destiné|prévue|prévu|conçue|conçu",
                .expect: "attendre|attendez|attends",
                .offered: "prises en charge|pris en charge|disponible",
                .sent: "envoyées|envoyés|envoyée|envoyé",
                .occasion: "week-end|week-ends|weekend|jours fériés|la nuit",
                .otherAddress: "ip|de livraison|de facturation|de domicile",
                .outsider: "par des tiers|par un tiers|par des personnes non autorisées",
            ]),
        DeadEndLanguage(
            "es", "Spanish", family: "Romance",
            [
                .exception: "excepto|salvo|en un plazo de|dentro de|inmediatamente|de inmediato|a menos que|"
                    + "salvo que|excepto si|salvo si|después de|después del|antes de|antes del|hasta",
                .send: "contacte|contactes|contactar|contacten|"
                    + "escriba|escribas|escriban|escribir|envíe|envíes|envíen|enviar|mande|mandes",
                .negation: "ninguna|ningún|ninguno|abstente de|absténgase de|evita|evite|no|nunca|imposible|"
                    + "nadie|no puedes|no se puede",
                .otherMail: "facturas|factura|candidaturas|solicitudes de empleo|currículums|curriculums|"
                    + "currículos|archivos|documentos|mb|gb|archivos adjuntos|archivo adjunto|adjuntos|"
                    + "devoluciones|paquetes|mercancías|cheques|productos|llamadas|sms|mensajes de texto|"
                    + "respuestas automáticas|pagos|pago|transferencias|encuesta|cada|todas las|todos los|"
                    + "individualmente|desconocidos|phishing|sospechosos|sospechoso|sospechosas|fraudulentos|"
                    + "fraudulentas|spam|contraseña|clave|pin|número de tarjeta|datos bancarios|responder a todos",
                .reply: "respondiendo|contestando|responderl*|contestarl*|respondido|respondida|responda|"
                    + "respondas|responder|conteste|contestes|contestar|respondan|contesten|responde|respondes|"
                    + "contestas",
                .possible: "posibilidad|posible|posibles|es posible|imposible",
                .filler: "una|un|pulses|pulsar|hagas clic en|haga clic en|pulse|de|nos|a|este|esta|al|"
                    + "directamente|por|favor|lo|le|se|mensaje|correo|e-mail|email|correo electrónico|"
                    + "notificación|aquí",
                .please: "gracias|por favor|le rogamos|se ruega|favor de|le pedimos que|te pedimos que|"
                    + "le solicitamos|te rogamos",
                .object: "comunicación|mensaje|correo|e-mail|email|correo electrónico|notificación|dirección",
                .subject: "revisamos|leemos|recibiremos|leeremos|veremos|recibimos|vemos|controlamos|"
                    + "monitoreamos|monitorizamos|supervisamos|atendemos|procesamos|gestionamos|podemos|nadie|"
                    + "nosotros|yo|usted|ellos|quien",
                .condition: "si",
                .reader: "usted|ustedes",
                .auxiliary: "debe|deben|hay|ser|se|es|son|será|serán|está|están|puede|pueden|podemos|podrá|podrán",
                .need: "necesario|necesita|necesitas|dude|dudes|olvide|olvides|hace falta",
                .replies: "todo lo que se envíe a|todo lo que se envía a|todo lo enviado a|función de respuesta|"
                    + "preguntas enviadas como respuesta|correos enviados como respuesta|"
                    + "cualquier mensaje enviado a|cualquier correo enviado a|respuestas|respuesta|"
                    + "las respuestas|sus respuestas|mensajes enviados a|correos enviados a",
                .mailbox: "bandeja de entrada|buzón|buzón|dirección|dirección de correo|cuenta|casilla|"
                    + "dirección de correo electrónico",
                .state: "recibimos|vemos|controlamos|monitoreamos|monitorizamos|supervisamos|atendemos|"
                    + "procesamos|gestionamos|procesada|aceptar|revisamos|entregadas|entregada|entregados|"
                    + "entregado|revisadas|revisados|reenvían|reenvía|reenviados|reenviadas|reenviará|reenviarán|"
                    + "ve|ven|recibido|recibida|procesar|procesa|llegará|llegarán|llega|llegan|revisa|revisan|"
                    + "controla|leemos|leerá|leerán|verá|recibirá|atendidos|atendidas|atendido|atendida|"
                    + "gestionados|contestados|contestadas|respondidos|respondidas|leen|lee|leídas|leída|leídos|"
                    + "monitorea|monitorean|monitoreado|monitoreada|monitorizado|monitorizada|supervisado|"
                    + "supervisada|revisa|revisan|revisado|revisada|procesan|procesadas|atendidas|atendido|"
                    + "atiende|recibiremos|leeremos|veremos|recibirá|leerá|recibe|reciben|acepta|aceptan|admite|"
                    + "admiten|contestadas|respondidas|leer|recibir|atender|revisar|supervisa|vigilado|vigilada",
                .sendOnly: "mensaje unidireccional|comunicación unidireccional|correo unidireccional|"
                    + "sin personal|no atendida|desatendida|exclusiva para notificaciones|"
                    + "solo se utiliza para enviar|solo para envío|solo para enviar|únicamente para envío|"
                    + "noreply|no-reply|solo envío|sólo envío|solo para envío|únicamente para envío|no-responder",
                .discarded: "se pierden|se pierde|se elimina|se borra|se descarta|se eliminará|se eliminarán|"
                    + "se borrará|se borrarán|se descartará|se descartarán|borrada|borrado|quedará sin leer|"
                    + "quedarán sin leer|rechazan|rechazadas automáticamente|se rechazan|devuelta|devuelto|"
                    + "no entregable|no entregables|rebotará|rebotarán|rebota|rebotan|se descartan|se perderá|"
                    + "se perderán|perdida|perdidas|descartada|descartado|eliminado|desactivadas|desactivada|"
                    + "desactivados|desactivado|deshabilitadas|deshabilitada|deshabilitados|deshabilitado|"
                    + "devueltas|devueltos|rechazadas|rechazados|se eliminan|eliminadas|eliminada|eliminados|"
                    + "se borran|borradas|borrados|ignoradas|ignorados|ignorada|ignorado|descartadas|descartados",
                .past: "fue|fueron|ha sido|han sido",
                .destination: "en|a través de|por|mediante|a",
                .only: "solo|sólo|solamente|únicamente|exclusivamente",
                .outgoing: "salida|de salida|correo saliente|saliente|notificaciones|envío|enviar|envíos|"
                    + "mensajes automáticos|alertas",
                .yours: "tu|su|tus|sus",
                .use: "utilice|utilizar|use|usar|uses|utilices|pulse|haga clic",
                .control: "botón|función|opción|tecla",
                .instead: "en lugar de|en vez de",
                .conjunction: "y|e",
                .purpose: "para",
                .negatedState: "cerrado|cerrada|no recibirán contestación|no recibirá contestación|"
                    + "no llegan a ningún sitio|no llegan a ninguna parte|no va a ningún sitio|ya no está en uso|"
                    + "ya no se usa|ya no se utiliza|quedará sin contestar|quedarán sin contestar|sin contestar|"
                    + "sin respuesta",
                .readerGets: "obtendrás|obtendrá|recibirás|recibirá",
                .pointless: "no tiene ningún efecto|ningún efecto|no tiene efecto|no surte efecto|inútil|"
                    + "no sirve de nada|no tiene sentido|no tiene caso",
                .intended: "destinada|destinado|pensada|pensado",
                .expect: "espere|esperes|esperar|esperen",
                .offered: "compatibles|compatible|admitidas|disponible",
                .sent: "enviarse|enviadas|enviados|enviada|enviado|enviar",
                .occasion: "fin de semana|fines de semana|festivos|días festivos|por la noche",
                .otherAddress: "ip|de entrega|de facturación|de domicilio",
                .outsider: "por terceros|por personas no autorizadas",
            ]),
        DeadEndLanguage(
            "pt", "Portuguese", family: "Romance",
            [
                .exception: "exceto|salvo|imediatamente|a menos que|salvo se|exceto se|a não ser que|depois de|"
                    + "antes de|até",
                .send: "contate|contatar|contactar|contacte|escreva|escrever|"
                    + "escrevam|escrevas|envie|envies|enviar|mande",
                .negation: "nenhuma|nenhum|você não deve|voce nao deve|você não deveria|voce nao deveria|"
                    + "vocês não devem|voces nao devem|não|nao|nunca|impossível|ninguém|você não pode|"
                    + "voce nao pode|não é possível",
                .otherMail: "faturas|fatura|notas fiscais|candidaturas|currículos|arquivos|ficheiros|documentos|"
                    + "mb|gb|anexos|anexo|devoluções|pacotes|encomendas|mercadorias|cheques|produtos|ligações|"
                    + "chamadas|sms|mensagens de texto|respostas automáticas|pagamentos|pagamento|transferências|"
                    + "pesquisa|questionário|cada|todas as|todos os|individualmente|desconhecidos|phishing|"
                    + "suspeitos|suspeitas|suspeito|fraudulentos|spam|senha|palavra-passe|pin|número do cartão|"
                    + "dados bancários|responder a todos",
                .reply: "respondendo|respondê*|responda-o|responda-a|respondido|respondida|responda|responder|"
                    + "respondam|respondas|responde|retorne|responda diretamente",
                .possible: "possibilidade|possível|possivel|possíveis|possiveis|é possível|impossível",
                .filler: "um|uma|clique em|clicar em|toque em|de|nos|a|este|esta|ao|à|o|diretamente|por|favor|"
                    + "e-mail|email|mensagem|aqui|lo|se",
                .please: "obrigado|obrigada|por favor|favor|pedimos que|solicitamos que|gentileza|"
                    + "pedimos a gentileza de",
                .object: "comunicação|e-mail|email|mensagem|endereço|notificação",
                .subject: "verificamos|receberemos|recebemos|vemos|veremos|lemos|monitoramos|monitorizamos|"
                    + "acompanhamos|checamos|processamos|leremos|podemos|conseguimos|ninguém|nós|eu|você|voce|"
                    + "quem",
                .condition: "se|caso",
                .reader: "você|voce|vocês|voces|tu",
                .auxiliary: "deve|devem|há|ser|consegue|conseguem|conseguimos|são|é|será|serão|pode|podem|"
                    + "podemos|está|estão|vai|vão",
                .need: "necessário|precisa|precisará|hesite|esqueça",
                .replies: "função de resposta|e-mails enviados como resposta|e-mails enviados para|"
                    + "mensagens enviadas para|qualquer mensagem enviada para|qualquer e-mail enviado para|"
                    + "respostas|resposta|as respostas|suas respostas",
                .mailbox: "caixa de correio eletrônico|caixa de correio electrónico|caixa de correio eletrónico|"
                    + "caixa de e-mail|neste endereço|caixa de entrada|caixa|caixa de entrada|caixa postal|"
                    + "caixa de correio|endereço|endereço de e-mail|conta",
                .state: "monitoramos|monitorizamos|acompanhamos|checamos|processamos|leremos|vistas|vistos|"
                    + "aceitar|verificamos|tratados|tratadas|tratado|receberá|entregues|entregue|analisadas|"
                    + "analisados|revisadas|revisados|encaminhados|encaminhadas|encaminhado|encaminhada|"
                    + "reencaminhados|receberemos|recebemos|processados|processado|processada|verificado|"
                    + "verificados|respondidos|respondido|respondida|atendido|atendidos|atendida|vemos|veremos|"
                    + "vê|veem|processar|processa|processam|chegará|chegarão|chega|chegam|verifica|verificam|"
                    + "monitora|lemos|ler|lerá|lerão|lidas|lida|lidos|lido|monitorada|monitorado|monitoradas|"
                    + "monitorizada|monitorizado|verificadas|verificada|processadas|recebidas|aceita|aceitas|"
                    + "aceitam|recebe|recebem|atendidas|respondidas|lê|leem|ler|receber|monitorar|verificar|"
                    + "checada|checadas",
                .sendOnly: "comunicação unidirecional|mensagem unidirecional|e-mail unidirecional|"
                    + "sem atendimento|não atendido|não atendida|exclusivo para notificações|noreply|no-reply|"
                    + "nao-responda|apenas para envio|somente para envio|somente envio",
                .discarded: "ficará por ler|ficarão por ler|devolvida|devolvido|não entregue|não entregues|"
                    + "será perdida|serão perdidas|perdida|perdidas|desativadas|desativada|desativados|"
                    + "desativado|desabilitadas|desabilitada|desabilitados|desabilitado|devolvidas|devolvidos|"
                    + "rejeitadas|rejeitados|excluídas|excluída|excluídos|apagadas|apagada|eliminadas|eliminada|"
                    + "ignoradas|ignorados|ignorada|ignorado|descartadas",
                .past: "foi|foram",
                .destination: "por|via|através de|neste|em|para|a",
                .only: "apenas|somente|exclusivamente|só",
                .outgoing: "saída|de saída|notificações|envio|enviar|mensagens automáticas|alertas",
                .yours: "seu|sua|teu|tua",
                .use: "use|usar|utilize|utilizar|clique|clicar",
                .control: "botão|função|opção|tecla",
                .instead: "em vez de|ao invés de",
                .conjunction: "e",
                .purpose: "para",
                .negatedState: "fechada|fechado|não receberão retorno|não receberá retorno|"
                    + "não vão a lugar nenhum|não vai a lugar nenhum|não está mais em uso|não é mais usada|"
                    + "não é mais usado|não é mais utilizada|não é mais utilizado|ficará sem retorno|"
                    + "ficarão sem retorno|sem retorno|sem resposta",
                .readerGets: "receberá|receberás",
                .pointless: "não tem nenhum efeito|nenhum efeito|não tem efeito|inútil|não adianta|"
                    + "não serve de nada|não faz sentido",
                .intended: "destina|destinado|destinada",
                .expect: "espere|esperar|esperem",
                .offered: "suportadas|suportado|suportada|disponível",
                .sent: "enviadas|enviados|enviada|enviado",
                .occasion: "fim de semana|fins de semana|feriados|à noite",
                .otherAddress: "ip|de entrega|de cobrança|de faturação|de faturamento|residencial",
                .outsider: "por terceiros|por pessoas não autorizadas",
            ]),
        DeadEndLanguage(
            "it", "Italian", family: "Romance",
            [
                .exception: "tranne|eccetto|salvo|immediatamente|subito|a meno che|salvo che|tranne se|"
                    + "eccetto se|dopo|prima di|fino a",
                .send: "contattarci|contattare|contattateci|contattaci|scrivere|scrivete|"
                    + "scrivi|scriva|inviare|inviate|invii|invia|mandare",
                .negation: "nessuna|nessun|non|mai|impossibile|nessuno|non puoi|non si può",
                .otherMail: "fatture|fattura|candidature|curriculum|documenti|mb|gb|allegati|allegato|resi|"
                    + "pacchi|merci|assegni|prodotti|chiamate|telefonate|sms|risposte automatiche|pagamenti|"
                    + "pagamento|bonifici|sondaggio|questionario|ogni|tutte le|tutti i|singolarmente|sconosciuti|"
                    + "phishing|sospette|sospetti|sospetta|fraudolente|spam|password|pin|numero della carta|"
                    + "dati bancari|credenziali|rispondi a tutti|rispondere a tutti",
                .reply: "replicare a|replichi a|replicate a|rispondendo|rispondere|rispondete|risponda|rispondi",
                .possible: "possibilità|possibile|possibili|è possibile|impossibile",
                .filler: "un|una|uno|premere|cliccare su|clicchi su|premi|la|a|al|alla|allo|questo|questa|"
                    + "direttamente|e-mail|email|messaggio|mail|si|prega|di|per|favore|qui|comunicazione",
                .please: "grazie|si prega di|per favore|vi preghiamo di|ti preghiamo di|preghiamo di|"
                    + "si raccomanda di|la preghiamo di|la invitiamo a|ti invitiamo a|vi invitiamo a|si invita a",
                .object: "e-mail|email|messaggio|mail|comunicazione|indirizzo",
                .subject: "controlliamo|riceveremo|riceviamo|vediamo|vedremo|leggiamo|monitoriamo|gestiamo|"
                    + "elaboriamo|verifichiamo|leggeremo|controlleremo|possiamo|nessuno|noi|io|chi|preferisco|"
                    + "preferiamo|preferirei|preferiremmo|scelgo|scegliamo",
                .condition: "se",
                .reader: "tu|voi",
                .auxiliary: "dovresti|dovreste|devi|deve|devono|dovete|essere|c è|possiamo|sono|è|verranno|"
                    + "saranno|viene|vengono|può|possono|potranno|potrà",
                .need: "necessario|bisogno|esitare|esiti|dimenticare",
                .replies: "funzione di risposta|una risposta|alcuna risposta|email inviate a|messaggi inviati a|"
                    + "qualsiasi messaggio inviato a|qualsiasi email inviata a|risposte|risposta|le risposte|"
                    + "eventuali risposte",
                .mailbox: "casella di posta elettronica|casella di posta|casella|indirizzo|casella di posta|"
                    + "indirizzo email|indirizzo e-mail|mailbox|casella email",
                .state: "monitoriamo|gestiamo|elaboriamo|verifichiamo|leggeremo|controlleremo|viste|visti|"
                    + "elaborata|accettare|controlliamo|riceverà|consegnate|consegnata|consegnati|recapitate|"
                    + "esaminate|esaminata|esaminati|inoltrate|inoltrati|inoltrata|inoltrato|raggiungerà|"
                    + "raggiungeranno|raggiunge|raggiungono|riceveremo|riceviamo|vediamo|vedremo|"
                    + "prese in considerazione|presa in considerazione|presi in considerazione|"
                    + "preso in considerazione|vede|vedono|elaborare|elabora|elaborano|riceveranno|arriverà|"
                    + "arriveranno|arriva|arrivano|controlla|controllano|leggiamo|leggerà|leggeranno|legge|"
                    + "leggono|accetta|accettano|riceve|ricevono|lette|letta|letti|letto|monitorata|monitorato|"
                    + "presidiata|presidiato|controllata|controllato|elaborate|gestite|gestita|ricevute|"
                    + "accettate|abilitata|abilitato|prese in carico|leggere|ricevere|gestire|considerate",
                .sendOnly: "comunicazione unidirezionale|messaggio unidirezionale|email unidirezionale|"
                    + "non presidiato|riservato alle notifiche|riservata alle notifiche|noreply|no-reply|"
                    + "non-rispondere|solo invio|solo per l invio|non presidiata",
                .discarded: "respinta|respinto|restituita|rimandata|rifiutata|non recapitabile|non recapitabili|"
                    + "vengono scartate|scartate|scartati|andrà persa|andranno perse|persa|perse|disattivate|"
                    + "disattivata|disattivati|disattivato|disabilitate|disabilitata|disabilitati|disabilitato|"
                    + "restituite|respinte|rifiutate|rimandate|eliminate|eliminata|cancellate|cancellata|"
                    + "cestinate|ignorate|ignorati|ignorata|ignorato",
                .past: "è stata|è stato|sono state|sono stati",
                .destination: "alle|ai|agli|alla|tramite|attraverso|via|a",
                .only: "solo|solamente|esclusivamente|unicamente",
                .outgoing: "in uscita|uscita|notifiche|invio|inviare|messaggi automatici|avvisi",
                .yours: "tuo|tua|vostro|vostra|suo|sua",
                .use: "utilizzare|utilizza|utilizzi|usare|usa|usi|cliccare|premere",
                .control: "funzione|pulsante|tasto|opzione",
                .instead: "invece di|anziché",
                .conjunction: "e|ed",
                .purpose: "per|allo scopo di",
                .negatedState: "chiusa|chiuso|non è più in uso|non è più utilizzata|non è più utilizzato|"
                    + "non più in uso|resterà senza riscontro|resterà senza risposta|senza riscontro|"
                    + "senza risposta",
                .readerGets: "riceverai|riceverà",
                .pointless: "non ha alcun effetto|alcun effetto|non ha effetto|inutile|non serve a nulla|"
                    + "non ha senso",
                .intended: "destinato|destinata|pensato|pensata",
                .expect: "aspettarti|aspettatevi|aspettarsi|attendere|attendetevi",
                .offered: "supportate|supportato|disponibile",
                .sent: "inviate|inviati|inviata|inviato",
                .occasion: "fine settimana|weekend|festivi|giorni festivi|di notte",
                .otherAddress: "ip|di spedizione|di consegna|di fatturazione|di residenza",
                .outsider: "da terzi|da persone non autorizzate",
            ]),
        DeadEndLanguage(
            "ro", "Romanian", family: "Romance",
            [
                .send: "contactați|contactati|contacta|scrieți|scrie|scrieti|trimiteți|trimite|trimiteti",
                .negation: "nimeni|nu puteți|nu poți|nu se poate|nu|imposibil",
                .otherMail: "facturi|factura|factură|candidaturi|cv-uri|fișiere|documente|mb|gb|atașamente|"
                    + "atașamentele|atașament|sms-uri|sms-urile|apeluri|apelurile|plăți|plata|plăţi|phishing|"
                    + "suspecte|frauduloase|spam|parola|parolă|parolei|pin|numărul cardului|date bancare",
                .reply: "răspundeți|răspunde|răspundeti|răspunzi|raspundeti",
                .possible: "posibilitatea|posibilitate|posibil|posibile|este posibil|imposibil",
                .filler: "o|un|apăsați|apăsați pe|apasă|ne|să|sa|la|acest|această|e-mail|email|mesaj|mesajul|vă|"
                    + "rugăm|direct|să|acestui|emailul|e-mailul",
                .please: "vă rugăm|va rugam|rugăm|te rugăm|vă rog|te rog",
                .object: "e-mail|email|mesaj|mesajul|emailul|e-mailul|adresă|adresa",
                .subject: "verificăm|primim|citim|monitorizăm|urmărim|procesăm|putem|nimeni|care|noi|eu",
                .condition: "dacă|daca",
                .reader: "tu|dumneavoastră",
                .auxiliary: "ar trebui|ar|veți|vei|configurată pentru a|configurat pentru a|configurată|"
                    + "configurat|vom|putem|sunt|este|vor|fi|va|poate|pot",
                .need: "necesar|nevoie|ezitați|ezitati",
                .replies: "răspunsul dumneavoastră|funcția de răspuns|un răspuns|răspunsurilor|"
                    + "orice mesaj trimis la|orice e-mail trimis la|răspuns|orice răspuns|mesajele trimise la|"
                    + "mesajele trimise pe|e-mailurile trimise la|e-mailurile trimise pe|răspunsul|răspunsurile|"
                    + "răspunsuri|raspunsurile",
                .mailbox: "căsuță poștală|căsuța poștală|căsuță|căsuța|căsuță de e-mail|căsuța|căsuță|adresa|"
                    + "adresă|adresa de e-mail|căsuța de e-mail",
                .state: "monitorizăm|urmărim|procesăm|văzute|acceptate|verificăm|livrate|livrat|livrată|"
                    + "examinate|examinat|redirecționate|redirecționat|redirecționată|transmise|primește|primesc|"
                    + "primim|citi|ajung|ajunge|verifică|verifica|monitorizează|primi|citit|citite|citită|"
                    + "citește|citesc|citim|citite|citită|citit|monitorizată|monitorizat|verificate|verificată|"
                    + "procesate|primite|accepta|acceptă|monitorizate",
                .sendOnly: "mesaj unidirecțional|comunicare unidirecțională|e-mail unidirecțional|"
                    + "nesupravegheată|nesupravegheat|noreply|no-reply|doar pentru trimitere|nemonitorizată|"
                    + "nemonitorizata",
                .discarded: "va rămâne necitit|vor rămâne necitite|eliminate|sunt eliminate|se va pierde|"
                    + "se vor pierde|pierdut|pierdute|dezactivate|dezactivat|returnate|respinse|returnat|șterse|"
                    + "sterse|șters|sters|ignorate|ignorat",
                .destination: "prin|la|către",
                .only: "doar|numai|exclusiv",
                .outgoing: "mesaje automate|mesaje trimise|trimise|notificări|notificările|trimiterea|expedierea|"
                    + "trimitere",
                .yours: "dvs|dumneavoastră|ta|tău",
                .use: "folosiți|folositi|utilizați|folosi|apăsați",
                .control: "butonul|funcția|buton",
                .instead: "în loc să|în loc de",
                .conjunction: "și",
                .purpose: "pentru|pentru a",
                .negatedState: "închisă|închis|nu mai este folosită|nu mai este folosit|nu mai este utilizată|"
                    + "nu mai este utilizat|va rămâne fără răspuns|vor rămâne fără răspuns|fără răspuns",
                .readerGets: "primi",
                .pointless: "nu va funcționa|nu funcționează|nu are niciun efect|niciun efect|nu are efect|"
                    + "inutil|nu are rost|nu are sens|nu are niciun rost",
                .intended: "destinată|destinat|concepută|conceput",
                .expect: "așteptați|aștepta|aștepți",
                .offered: "disponibilă|disponibil",
                .sent: "trimise|trimis|trimisă|trimiși",
                .exception: "",
                .occasion: "weekend|weekendul|sărbători|noaptea",
                .otherAddress: "ip|de livrare|de facturare|de domiciliu",
                .outsider: "de către terți|de terți|de persoane neautorizate",
            ]),
    ]
}
