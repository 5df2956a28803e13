/// The languages of `DeadEndLexicon` written with spaces that are neither Germanic nor
/// Romance nor Slavic: Greek, Uralic, Turkic, Austronesian, Austroasiatic and Semitic.
extension DeadEndLexicon {
    static let otherSpacedLanguages: [DeadEndLanguage] = [
        DeadEndLanguage(
            "el", "Greek", family: "Greek",
            [
                .send: "στείλτε|επικοινωνείτε|επικοινωνήσετε|γράφετε|γράψετε|γράφεις|στέλνετε|στείλετε|στέλνεις|"
                    + "στέλνουμε",
                .negation: "και όχι|κανείς|δεν μπορείτε|δεν μπορείς|δεν μπορεί|μην|δεν|μη|αδύνατο|αδύνατον",
                .otherMail: "τιμολόγια|τιμολόγιο|βιογραφικά|αρχεία|έγγραφα|mb|gb|συνημμένα|συνημμένο|sms|κλήσεις|"
                    + "πληρωμές|πληρωμή|χρήματα|phishing|ύποπτα|ύποπτων|απάτη|spam|κωδικό πρόσβασης|"
                    + "κωδικός πρόσβασης|pin|αριθμό κάρτας|τραπεζικά στοιχεία",
                .reply: "απαντηθεί|να απαντηθεί|απαντήσουμε|απαντάμε|απάντηση|απαντάτε|απαντήσετε|απαντήσεις|"
                    + "απαντάς|απαντήστε|απαντήσει",
                .possible: "δυνατή|δυνατό|είναι δυνατή|είναι δυνατό|αδύνατο|αδύνατον",
                .filler: "ένα|μια|πατάτε|πατήσετε|πατήστε|μαζί μας|μαζί|μας|να|η|την|σε|αυτό|το|email|μήνυμα|"
                    + "ηλεκτρονικό|ταχυδρομείο|παρακαλούμε|παρακαλώ|απευθείας|στο|αυτή|τη|την|e-mail",
                .please: "παρακαλούμε|παρακαλώ",
                .object: "email|μήνυμα|ηλεκτρονικό|e-mail|διεύθυνση",
                .subject: "ελέγχουμε|λάβουμε|λαμβάνουμε|διαβάζουμε|παρακολουθούμε|επεξεργαζόμαστε|μπορούμε|"
                    + "κανείς|που|εμείς|εγώ",
                .condition: "αν|εάν",
                .reader: "εσείς|εσύ",
                .auxiliary: "θα πρέπει|πρέπει|έχει ρυθμιστεί για|ρυθμιστεί για|έχει ρυθμιστεί|μπορούμε|μπορεί|"
                    + "μπορούν|θα|είναι|να",
                .need: "χρειάζεται|απαραίτητο|διστάσετε",
                .replies: "λειτουργία απάντησης|η λειτουργία απάντησης|τα email προς αυτή τη διεύθυνση|"
                    + "email προς αυτή τη διεύθυνση|μηνύματα προς αυτή τη διεύθυνση|"
                    + "κάθε μήνυμα που αποστέλλεται σε|κάθε email που αποστέλλεται σε|"
                    + "μηνύματα που αποστέλλονται σε|μηνύματα που στέλνονται σε|μηνύματα που στέλνετε σε|"
                    + "email που στέλνετε σε|email που αποστέλλονται σε|απάντησης|απάντησή|απάντηση|"
                    + "η απάντησή σας|απαντήσεις|οι απαντήσεις",
                .mailbox: "διεύθυνσης|αυτής της διεύθυνσης|γραμματοκιβώτιο|διεύθυνση|διεύθυνση email|θυρίδα",
                .state: "παρακολουθούμενο|παρακολουθούμενη|ελεγχόμενο|παρακολουθούμε|επεξεργαζόμαστε|δεχτεί|"
                    + "ελέγχουμε|παραδοθούν|παραδοθεί|εξετάζονται|εξετάζεται|προωθούνται|προωθείται|λήψη|"
                    + "διαβάσει|φτάνουν|φτάνει|φτάσουν|φτάσει|λάβουμε|λαμβάνουμε|απαντηθούν|απαντηθεί|δέχεται|"
                    + "δέχονται|ελέγχει|παρακολουθεί|λάβει|λαμβάνει|διαβαστεί|διαβαστούν|διαβάζει|διαβάζονται|"
                    + "διαβάζουμε|διαβάζονται|παρακολουθείται|ελέγχεται|ελέγχονται|διαβάζεται|επεξεργάζονται|"
                    + "απαντώνται|παρακολουθούνται",
                .sendOnly: "μήνυμα μίας κατεύθυνσης|μήνυμα μονής κατεύθυνσης|επικοινωνία μίας κατεύθυνσης|"
                    + "χωρίς προσωπικό|noreply|no-reply|μόνο για αποστολή",
                .discarded: "θα μείνει αδιάβαστη|θα μείνουν αδιάβαστες|θα αγνοηθεί|αγνοηθεί|θα αγνοηθούν|"
                    + "θα χαθεί|θα χαθούν|χάνονται|χάνεται|απενεργοποιημένες|απενεργοποιημένη|απενεργοποιημένα|"
                    + "επιστραφούν|επιστρέφονται|απορρίπτονται|διαγράφονται|διαγράφεται|αγνοούνται|αγνοείται",
                .destination: "μέσω|σε|στη|στην|στο",
                .only: "μόνο|αποκλειστικά",
                .outgoing: "αυτόματα μηνύματα|εξερχόμενα|εξερχόμενα μηνύματα|ειδοποιήσεις|αποστολή|ειδοποιήσεων",
                .yours: "σας|σου",
                .use: "χρησιμοποιείτε|χρησιμοποιήσετε|πατάτε|πατήσετε",
                .control: "κουμπί|λειτουργία",
                .instead: "αντί να|αντί",
                .conjunction: "και",
                .purpose: "για να|για",
                .negatedState: "κλειστό|κλειστή|δεν χρησιμοποιείται πλέον|χρησιμοποιείται πλέον|"
                    + "θα μείνει αναπάντητη|θα μείνουν αναπάντητα|αναπάντητη|αναπάντητο|αναπάντητα|αναπάντητες",
                .readerGets: "λάβετε|λάβεις",
                .pointless: "δεν έχει κανένα αποτέλεσμα|κανένα αποτέλεσμα|δεν έχει αποτέλεσμα|μάταιο|άσκοπο|"
                    + "δεν έχει νόημα|άχρηστο",
                .intended: "προορίζεται|προορίζονται",
                .expect: "περιμένετε|περιμένεις|περιμένουν",
                .offered: "διαθέσιμη|διαθέσιμες",
                .exception: "",
                .occasion: "σαββατοκύριακα|σαββατοκύριακο|αργίες|τη νύχτα",
                .otherAddress: "ip|παράδοσης|χρέωσης|τιμολόγησης|κατοικίας",
                .outsider: "από τρίτους|από τρίτα μέρη|από τρίτα πρόσωπα",
            ]),
        DeadEndLanguage(
            "fi", "Finnish", family: "Uralic",
            [
                .send: "ota|ottakaa|ota yhteyttä|ottakaa yhteyttä|kirjoita|kirjoittakaa|kirjoittaa|lähetä|"
                    + "lähettää",
                .negation: "et|ettet|ettette|ettei|eivät|kukaan ei|et voi|ette voi|ei|eikä|eivätkä|eihän|älä|"
                    + "älkää|ethän|ettehän|emme|mahdotonta",
                .otherMail: "laskuja|laskut|laskun|työhakemuksia|hakemuksia|tiedostoja|tiedostot|asiakirjoja|mt|"
                    + "mb|gt|gb|liitteitä|liitteet|liite|liitteen|tekstiviesteihin|tekstiviestit|puheluihin|"
                    + "puhelut|sms|maksuja|maksut|maksu|tietojenkalastelu|epäilyttäviin|epäilyttäviä|huijaus|"
                    + "roskaposti|salasana|salasanaa|salasanasi|korttinumero|pankkitiedot",
                .reply: "vastaaminen|vastaamisella|vastaamalla|vastaat|vastaatte|vastaisit|vastaamisen|vastaa|"
                    + "vastatko|vastata|vastaamaan|vastaathan|vastaisi",
                .possible: "mahdollista|ole mahdollista|mahdotonta",
                .filler: "meihin|meihin yhteyttä|yhteyttä|siihen|niihin|sitä|voi|tule|pidä|tähän|viestiin|"
                    + "sähköpostiin|suoraan|ystävällisesti|tätä|tämä|sähköpostiviestiin",
                .please: "ystävällisesti|olkaa hyvä ja|ole hyvä ja|pyydämme",
                .object: "viestiin|sähköpostiin|sähköpostiviestiin|osoitteeseen|viesti",
                .subject: "jota|jonka|emme|kukaan|joka|jotka|me|minä",
                .condition: "jos",
                .need: "tarvitse|tarvitsee|tarpeen|epäröi",
                .replies: "vastaustoiminto|vastauksille|vastausta|osoitteeseen lähetettyjä sähköposteja|"
                    + "osoitteeseen lähetettyjä viestejä|lähetettyjä sähköposteja|lähetettyjä viestejä|vastaus|"
                    + "vastaus tähän|osoitteeseen lähetetyt viestit|osoitteeseen lähetetyt sähköpostit|"
                    + "lähetetyt viestit|lähetetyt sähköpostit|vastaa-painiketta|vastaa-painike|"
                    + "vastauspainiketta|vastaustasi|vastauksesi|vastaaminen|vastauksia|vastaukset|vastauksiin|"
                    + "vastaukset tähän",
                .mailbox: "osoitteesta|no-reply-osoit*|noreply-osoit*|no-reply-sähköpost*|noreply-sähköpost*|"
                    + "osoitteen kautta|sähköpostiosoitteeseen|postilaatikkoa|postilaatikko|postilaatikko|"
                    + "postilaatikkoa|osoite|osoitteeseen|sähköpostiosoite|sähköpostiosoitetta|osoitetta|"
                    + "lähettäjäosoite|lähettäjäosoitetta|lähettäjän osoite",
                .state: "valvottu|seurattu|tarkkailtu|ottaa vastaan|hoida|hoitaa|käydä läpi|toimiteta|"
                    + "toimiteta perille|välitetä|välitetään|vastaanottamaan|tarkista|tarkistaa|tarkistetaan|saa|"
                    + "tavoita|tavoittavat|tavoittaa|näe|nähdä|näemme|seuraa|valvo|vastaanottaa|vastaanota|lue|"
                    + "lueta|mahdollista|lueta|valvota|käsitellä|seurata|tarkisteta|vastaanoteta|oteta vastaan|"
                    + "lue|valvo|käsittele",
                .sendOnly: "yksisuuntainen viesti|yksisuuntainen sähköposti|yksisuuntaista viestintää|"
                    + "valvomattomaan|no-reply-osoit*|noreply-osoit*|no-reply-sähköpost*|noreply-sähköpost*|"
                    + "noreply|no-reply|vain lähettämiseen|valvomaton|valvomattomasta",
                .discarded: "jää lukematta|jäävät lukematta|poistettu käytöstä|poistetaan käytöstä|estetty|"
                    + "palautuvat|palautuu|toimittamattomina|katoavat|katoaa|palautetaan|poistetaan|hylätään|"
                    + "jätetään huomiotta",
                .destination: "osoitteen kautta|osoitteeseen|sähköpostiosoitteeseen|tähän osoitteeseen",
                .only: "vain|ainoastaan|pelkästään",
                .outgoing: "automaattisia viestejä|lähtevää postia|lähtevää|lähtevää postia varten|lähettämistä|"
                    + "lähettämistä varten|ilmoituksiin|ilmoitusten|lähettämiseen|ilmoituksia|"
                    + "viestien lähettämiseen",
                .yours: "osoitteesi|sähköpostiosoitteesi",
                .use: "paina|painakaa|paina|käytä|käyttäkää|käyttää|napsauta",
                .control: "vastaa-painiketta|vastaa-painike|painiketta|painike|toimintoa|vastauspainiketta",
                .instead: "sijaan|asemesta|sen sijaan että|sen sijaan",
                .negatedReply: "olemaan vastaamatta",
                .conjunction: "ja",
                .purpose: "yhteydenottoihin|varten",
                .negatedState: "suljettu|eivät mene minnekään|ei mene minnekään|ei ole enää käytössä|"
                    + "ei enää käytössä|jää vaille vastausta|jäävät vaille vastausta|vaille vastausta|"
                    + "jää vastaamatta",
                .auxiliary: "pitäisi|tulisi|tule|ole määritetty|määritetty|ole",
                .readerGets: "saa",
                .reader: "sinun|teidän|et|ette",
                .pointless: "ei toimi|ei ole vaikutusta|ei ole mitään vaikutusta|ei vaikuta mitenkään|turha|"
                    + "turhaa|hyödytöntä|ei kannata",
                .intended: "tarkoitettu",
                .expect: "odota|odottaa",
                .offered: "tueta|käytettävissä",
                .exception: "",
                .occasion: "viikonloppuisin|viikonloppuna|pyhäpäivinä|öisin",
                .outsider: "kolmansien osapuolten|ulkopuolisten",
            ]),
        DeadEndLanguage(
            "hu", "Hungarian", family: "Uralic", objectBeforeVerb: true,
            [
                .send: "keressen|keressenek|írjon|írj|írjanak|írni|küldjön|küldj|küldjenek|küldeni",
                .negation: "nincs|nincsenek|senki sem|senki nem|nem tudunk|senki|nem tudsz|nem tud|nem tudnak|"
                    + "nem lehet|nem tudja|ne|nem|lehetetlen",
                .otherMail: "számlákat|számlát|önéletrajzokat|pályázatokat|fájlokat|fájlt|dokumentumokat|mb|gb|"
                    + "mellékleteket|mellékletet|melléklet|sms-ekre|sms-eket|hívásokra|hívások|fizetést|fizetés|"
                    + "fizetéseket|pénzt|adathalász|gyanús|csaló|spam|jelszó|jelszavát|jelszavad|kártyaszám|"
                    + "banki adatok",
                .reply: "válaszolnia|válaszolniuk|válaszol|válaszolsz|válaszolás|válaszolna|válaszolnál|"
                    + "válaszoljon|válaszoljanak|válaszolj|válaszoljatok|válaszolni|feleljen|válaszoljon erre",
                .possible: "lehetséges|lehetetlen",
                .filler: "egy|ezt|ezt a|ez a|ezen|ezen a|kattintson a|kattintson|erre|az|e-mailre|emailre|"
                    + "üzenetre|levélre|kérjük|kérem|közvetlenül|a|rá|lehet|tudunk|tud",
                .please: "kérjük|kérem|kérünk",
                .object: "üzenet|e-mailre|emailre|üzenetre|levélre|címre",
                .subject: "nem tudunk|senki|amely|amelyik|ami|mi|én",
                .condition: "ha",
                .auxiliary: "kellene|kell|kéne|beállítva|nincs beállítva|fogja|fogják|fogjuk|tudjuk|lesz|van",
                .need: "szükséges|szükség|habozzon|kell",
                .replies: "válasz funkció|a válasz funkció|válasznak|válaszként küldött e-maileket|"
                    + "e-mailre küldött válaszokat|válasza|válaszként küldött kérdésekre|"
                    + "válaszként küldött kérdéseket|válaszként küldött üzenetekre|címre küldött üzeneteket|"
                    + "címre küldött üzenetek|címre küldött e-mailek|címre küldött e-maileket|"
                    + "címre küldött leveleket|címre küldött levelek|válasz|választ|válaszodat|válaszod|"
                    + "a válaszodat|válaszokat|válaszok|válaszát|válaszüzeneteket|válaszüzenetek|válaszaikat",
                .mailbox: "ezen a címen|címen|e-mail-cím|e-mail-címre|e-mail-címet|címről|címről küldtük|"
                    + "postafiók|postafiókot|cím|címre|e-mail cím|címet|e-mail címet|fiók",
                .state: "felügyelt|látja|dolgozzák fel|ellenőrzünk|kezel|kezeli|kézbesítjük|nézzük át|kapja meg|"
                    + "kapják meg|továbbítjuk|továbbítják|továbbítódnak|fogadására|ellenőrzi|olvassuk el|"
                    + "kapjuk meg|kapjuk|ellenőrzik|feldolgozni|feldolgozzuk|jutnak el|jut el|elolvasni|"
                    + "elolvassuk|elolvassa|látjuk|látni|fogad|fogadunk|olvassa|olvassák|olvas|olvassuk|"
                    + "figyeljük|kezeljük|dolgozzuk fel|olvasott|figyelt|ellenőrzött|fogadni|fogadja|fogad|"
                    + "olvassa|figyeli|ellenőrizzük",
                .sendOnly: "egyirányú üzenet|egyirányú e-mail|egyirányú kommunikáció|felügyelet nélküli|noreply|"
                    + "no-reply|ne-valaszoljon|csak küldésre|csak kimenő",
                .discarded: "olvasatlan marad|olvasatlanok maradnak|ki vannak kapcsolva|ki van kapcsolva|"
                    + "kikapcsolva|le vannak tiltva|letiltva|elutasítjuk|elutasítják|elvetjük|elvetésre kerülnek|"
                    + "elvesznek|elveszik|elvész|visszaküldésre kerülnek|visszapattannak|visszaküldjük|töröljük|"
                    + "törlődnek|törlésre kerülnek|figyelmen kívül hagyjuk",
                .destination: "ezen a címen|címen|címre|e-mail-címre|erre a címre",
                .negatedState: "le van zárva|már nincs használatban|megválaszolatlan marad|"
                    + "megválaszolatlanok maradnak|megválaszolatlan|válasz nélkül marad|nem válaszolunk|"
                    + "nem tudunk válaszolni",
                .only: "csak|kizárólag|csupán",
                .outgoing: "automatikus üzenetek|értesítések|küldésére|kiküldésére|értesítésekre|"
                    + "értesítések küldésére",
                .yours: "ön|az ön|a te",
                .use: "használja|használd|használják|kattintson",
                .control: "gombra|gombot|gomb|funkciót",
                .instead: "helyett|ahelyett hogy|ahelyett",
                .conjunction: "és",
                .purpose: "kapcsolatfelvételhez|a kapcsolatfelvételhez|hogy|céljából",
                .readerGets: "kap|kapsz",
                .pointless: "nem fog működni|nem működik|nincs hatása|nincs semmi hatása|nincs semmilyen hatása|"
                    + "felesleges|hiábavaló|értelmetlen|nincs értelme|hiába",
                .expect: "várjon|várjanak|várj|várni",
                .offered: "támogatottak|támogatott|érhető el",
                .exception: "",
                .occasion: "hétvégén|hétvégeken|ünnepnapokon|éjszaka",
                .otherAddress: "ip|szállítási|számlázási|postai",
                .outsider: "harmadik fél által|harmadik felek által|illetéktelenek által",
            ]),
        DeadEndLanguage(
            "tr", "Turkish", family: "Turkic", objectBeforeVerb: true,
            [
                .send: "iletişime geçmeyin|iletişime geçmeyiniz|yazmayın|yazmayınız|göndermeyin|göndermeyiniz",
                .negation: "beklemeyin|beklemeyiniz|iletişime geçmeyin|iletişime geçmeyiniz|kullanmayın|"
                    + "kullanmayınız|yazmayın|yazmayınız|göndermeyin|göndermeyiniz|değildir|değil|"
                    + "mümkün değildir|mümkün değil",
                .reply: "yanıtlamanın|cevaplamanın|yanıtla|yanıt vermek|cevap vermek|yanıtlamak|cevaplamak",
                .possible: "mümkün değildir|mümkün değil",
                .otherMail: "fatura|faturalar|faturaları|iş başvuruları|özgeçmiş|dosya|dosyaları|belge|belgeleri|"
                    + "mb|gb|ekleri|ek dosyaları|ek dosya|smslere|aramalara|aramalar|ödeme|ödemeleri|ödemeler|"
                    + "anket|ankete|anketi|kimlik avı|şüpheli|dolandırıcılık|spam|şifre|şifrenizi|şifreniz|"
                    + "parola|parolanızı|kart numarası|kart numaranızı|banka bilgileri",
                .negatedReply: "yanıtlamamalısınız|yanıtlamamalısın|cevaplamamalısınız|yanıt vermemelisiniz|"
                    + "cevap vermemelisiniz|cevap verme|yanıt verme|yanıtla düğmesine basmayın|"
                    + "yanıtla butonuna basmayın|yanıt vermemenizi|cevap vermemenizi|cevaplamamanızı|"
                    + "yanıt göndermeyin|yanıt göndermeyiniz|cevap göndermeyin|cevap göndermeyiniz|"
                    + "yanıt veremezsiniz|yanıt veremezsin|cevap veremezsiniz|yanıtlayamazsınız|yanıtlayamazsın|"
                    + "yanıtlanamaz|cevaplanamaz|yanıt verilemez|cevap verilemez|yanıtlamayın|yanıtlamayınız|"
                    + "cevaplamayın|cevaplamayınız|yanıt vermeyin|yanıt vermeyiniz|cevap vermeyin|"
                    + "cevap vermeyiniz|geri dönüş yapmayınız|geri dönüş yapmayın|yanıtlamayiniz|cevaplamayiniz|"
                    + "yanıtlamamanızı",
                .filler: "bu|e-postayı|e-postaya|epostaya|mesajı|mesaja|lütfen|doğrudan",
                .please: "lütfen|rica ederiz",
                .object: "ileti|iletidir|mesajdır|e-posta|e-postayı|e-postaya|epostaya|mesaj|mesajı|mesaja|adres",
                .subject: "kimse|biz|ben",
                .condition: "eğer",
                .need: "gerek|gerekmez|gerekmemektedir|çekinmeyin",
                .replies: "yanıtlama özelliği|yanıt olarak gönderilen e-postalar|yanıt|cevap|"
                    + "adrese gönderilen her mesaj|adrese gönderilen her e-posta|yanıt olarak gönderilen sorular|"
                    + "yanıt olarak gönderilen mesajlar|her yanıt|her cevap|adrese gönderilen mesajlar|"
                    + "adrese gönderilen e-postalar|adrese gönderilen iletiler|adrese gönderilen mailler|"
                    + "yanıtları|cevapları|yanıtlarınızı|cevaplarınızı|yanıtınız|yanıtınızı|cevabınız|yanıtlar|"
                    + "cevaplar|yanıtlarınız|cevaplarınız|yanıtlarınız okunmaz",
                .mailbox: "adresinden|bu e-posta|posta kutusunu|kutusunu|gelen kutusu|adres üzerinden|adreste|"
                    + "adresten|posta kutusu|adres|adresi|adresine|adrese|e-posta adresi|posta kutusu|bu adres|"
                    + "e-posta adresine|adresidir",
                .state: "izlenen|izlenmektedir|kontrol edilen|okunan",
                .negatedState: "kabul etmeyen|kontrol etmiyoruz|kontrol etmeyiz|izlemiyoruz|izlemeyiz|"
                    + "takip etmiyoruz|takip etmeyiz|kapatılmıştır|görülmez|kabul edilmiyor|kabul edemez|"
                    + "kontrol etmediğimiz|alamayacağını|işleme alınmayacaktır|cevap alamazsınız|"
                    + "yanıt alamazsınız|hiçbir yere gitmez|ilgilenmediği|incelenmez|incelenmeyecektir|"
                    + "teslim edilmeyecektir|teslim edilmez|cevap alamaz|almayacak|almayacaktır|"
                    + "artık kullanılmıyor|cevapsız kalacaktır|yanıtsız kalacaktır|cevapsız|yanıtsız|iletilmez|"
                    + "ayarlanmamıştır|kontrol etmiyor|almaz|almıyor|okumuyoruz|okumayız|almayacağız|"
                    + "alamayacağız|almıyoruz|takip edilmemektedir|takip edilmez|takip edilmiyor|izlenmiyor|"
                    + "işleme alınamaz|işlenmez|işlenemez|göremeyiz|göremiyoruz|görmeyeceğiz|görmeyiz|alamıyoruz|"
                    + "alamayız|kabul edemiyoruz|yanıt veremiyoruz|cevap veremiyoruz|yanıt veremeyiz|"
                    + "cevap veremeyiz|ulaşmayacaktır|ulaşmayacak|ulaşmaz|iletilmeyecektir|kontrol edilmiyor|"
                    + "kontrol edilmemektedir|okunmayacak|okunmayacaktır|okumaz|okumuyor|okumayacak|okunmaz|"
                    + "okunmamaktadır|okunmayacaktır|izlenmemektedir|izlenmez|izlenmeyen|kontrol edilmemektedir|"
                    + "kontrol edilmez|yanıtlanmaz|yanıtlanmayacaktır|cevaplanmaz|cevaplanmayacaktır|"
                    + "yanıt alamaz|işleme alınmaz|değerlendirilmez|değerlendirilmeyecektir|kabul etmez|"
                    + "kabul etmemektedir|kabul etmiyor|kabul edilmez|kabul edilmemektedir",
                .sendOnly: "tek yönlü bir iletidir|tek yönlü ileti|tek yönlü bir mesajdır|tek yönlü mesaj|"
                    + "tek yönlü e-posta|takip edilmeyen|izlenmeyen|yanıt alamayan|yanıt almayan|"
                    + "yanıt kabul etmeyen|noreply|no-reply|yalnızca gönderim|sadece gönderim|gönderim amaçlı|"
                    + "yanıt alınmayan",
                .discarded: "reddedilecektir|reddedilecek|geri çevrilecektir|geri çevrilir|okunmadan kalacaktır|"
                    + "okunmadan kalır|devre dışı bırakılmıştır|devre dışıdır|kapatılmıştır|geri dönecektir|"
                    + "geri dönecek|iade edilecektir|yok sayılacaktır|kaybolacaktır|kaybolur|kaybolacak|"
                    + "geri döner|geri gönderilir|reddedilir|iade edilir|silinir|silinecektir|silinmektedir|"
                    + "dikkate alınmaz|yok sayılır",
                .destination: "adres üzerinden|adreste|adresten|adrese|adresine|e-posta adresine",
                .only: "yalnızca|sadece|yalnız",
                .outgoing: "otomatik mesajlar|giden postalar|giden|göndermek için|e-posta göndermek için|"
                    + "gönderim için|göndermek|bildirimler|bildirim|gönderim|gönderimi|bilgilendirme",
                .yours: "adresiniz|e-posta adresiniz|adresinizi",
                .use: "kullanmayın|kullanmayınız|kullanmak",
                .control: "düğmesini|düğmesi|butonunu|butonu|tuşunu",
                .instead: "yerine",
                .conjunction: "ve",
                .purpose: "için",
                .pointless: "hiçbir etkisi yoktur|etkisi yoktur|hiçbir etkisi olmaz|etkisi olmaz|boşuna|anlamsız|"
                    + "faydasız|işe yaramaz",
                .expect: "beklemeyin|beklemeyiniz|beklemeyin lütfen",
                .notOffered: "desteklenmemektedir|desteklenmiyor|kullanılamaz",
                .exception: "",
                .occasion: "hafta sonları|hafta sonu|tatil günlerinde|geceleri",
                .otherAddress: "ip|teslimat|fatura|kargo|ev",
                .outsider: "üçüncü taraflarca|üçüncü şahıslarca|üçüncü kişilerce|yetkisiz kişilerce",
            ]),
        DeadEndLanguage(
            "id", "Indonesian", family: "Austronesian",
            [
                .send: "kirimkan|menghubungi|hubungi|menulis|tulis|mengirim|kirim|mengirimkan",
                .negation: "anda sebaiknya tidak|sebaiknya tidak|sebaiknya jangan|anda seharusnya tidak|bukan|"
                    + "anda tidak dapat|tidak dapat|tidak bisa|anda tidak bisa|tidak ada yang|jangan|tidak|tak",
                .otherMail: "faktur|tagihan|lamaran kerja|lamaran|berkas|dokumen|mb|gb|lampiran|sms|"
                    + "panggilan telepon|pembayaran|phishing|mencurigakan|penipuan|spam|kata sandi|password|pin|"
                    + "nomor kartu",
                .reply: "menanggapi|membalas|balas|menjawab|dibalas|membalasnya|merespons",
                .possible: "mungkin",
                .filler: "yang|menekan tombol|menekan|klik tombol|dapat|bisa|email|ini|pesan|surel|langsung|"
                    + "mohon|harap|ke|untuk|e-mail|surat",
                .please: "mohon|harap|dimohon|kami mohon",
                .object: "email|pesan|surel|e-mail|surat|alamat",
                .subject: "tidak ada yang|kami|saya|anda",
                .condition: "jika|apabila|bila",
                .reader: "anda|kamu",
                .auxiliary: "sebaiknya|seharusnya|diatur untuk|diatur|akan|dapat|bisa|perlu",
                .need: "perlu|usah|ragu",
                .replies: "email yang dikirim sebagai balasan|email ke alamat ini|pesan ke alamat ini|"
                    + "pesan yang dikirim ke|email yang dikirim ke|pesan yang dikirimkan ke|"
                    + "email yang dikirimkan ke|surel yang dikirim ke|balasan anda|balasan|balasan ke|tanggapan",
                .mailbox: "kotak surat|kotak|alamat|alamat email|kotak masuk|alamat ini|alamat surel",
                .state: "dilihat|periksa|ditangani|dijaga|ditinjau|terkirim|dikirimkan|diteruskan|sampai|melihat|"
                    + "melihatnya|lihat|dijawab|dibalas|memeriksa|memantau|menerima|diterima|membaca|dibaca|"
                    + "dibaca|dipantau|diperiksa|diproses|ditanggapi|diterima|menerima|dimonitor",
                .sendOnly: "pesan satu arah|email satu arah|komunikasi satu arah|hanya digunakan untuk mengirim|"
                    + "hanya untuk mengirim|noreply|no-reply|hanya untuk pengiriman|tidak dipantau",
                .discarded: "dinonaktifkan|dimatikan|dibuang|akan dibuang|akan hilang|hilang|dikembalikan|"
                    + "ditolak|dihapus|diabaikan",
                .past: "telah|sudah",
                .destination: "atas|melalui|di|lewat|ke",
                .only: "hanya|khusus",
                .outgoing: "pesan otomatis|pesan keluar|keluar|notifikasi|pemberitahuan|pengiriman|mengirim",
                .yours: "anda|kamu",
                .use: "gunakan|menggunakan|klik|tekan",
                .control: "tombol|fitur",
                .instead: "alih-alih|daripada",
                .conjunction: "dan",
                .purpose: "untuk|agar",
                .negatedState: "sudah ditutup|ditutup|tidak akan ke mana-mana|tidak digunakan lagi|"
                    + "sudah tidak digunakan",
                .readerGets: "mendapat|mendapatkan|menerima",
                .pointless: "tidak akan berpengaruh apa pun|tidak akan berpengaruh|tidak berpengaruh|percuma|"
                    + "tidak ada gunanya|tak ada gunanya|sia-sia",
                .expect: "mengharapkan|menunggu|berharap",
                .offered: "didukung|tersedia",
                .exception: "",
                .occasion: "akhir pekan|hari libur|malam hari",
                .otherAddress: "ip|penagihan|rumah|tagihan",
                .outsider: "oleh pihak ketiga",
            ]),
        DeadEndLanguage(
            "vi", "Vietnamese", family: "Austroasiatic",
            [
                .send: "liên hệ|liên lạc|viết|viết thư|gửi thư|gửi",
                .negation: "bạn không nên|quý khách không nên|bạn đừng|không nên|đừng nên|không phải|không có ai|"
                    + "sẽ không có ai|bạn không thể|quý khách không thể|không ai|không|đừng|chớ",
                .otherMail: "hóa đơn|hồ sơ xin việc|tệp|tài liệu|mb|gb|tệp đính kèm|thanh toán|lừa đảo|đáng ngờ|"
                    + "thư rác|spam|mật khẩu|mã pin|số thẻ",
                .reply: "việc trả lời|viết thư lại|viết thư trả lời|trả lời|phản hồi|hồi âm",
                .filler: "là|thể|có thể|email|này|thư|thư này|email này|trực tiếp|vào|lại|vui lòng|xin|cho|"
                    + "tin nhắn",
                .please: "vui lòng|xin|xin vui lòng|quý khách vui lòng",
                .object: "email|thư|tin nhắn|địa chỉ",
                .subject: "chúng ta|không ai|chúng tôi|tôi|bạn",
                .condition: "nếu",
                .reader: "bạn",
                .auxiliary: "được thiết lập để|thiết lập để|sẽ|được|thể|có thể",
                .need: "cần|ngần ngại",
                .replies: "tính năng trả lời|câu trả lời|thư gửi đến|email gửi đến|thư được gửi đến|"
                    + "email được gửi đến|tin nhắn gửi đến|thư gửi tới|email gửi tới|trả lời của bạn|thư trả lời|"
                    + "các phản hồi|phản hồi|các thư trả lời",
                .mailbox: "hộp thư|địa chỉ|địa chỉ email|hộp thư này|địa chỉ này",
                .state: "được giám sát|phụ trách|chuyển đi|xem xét|chuyển tiếp|được giải đáp|giải đáp|đến được|"
                    + "tới được|được trả lời|được phản hồi|kiểm tra|đọc|nhận|được đọc|đọc|theo dõi|kiểm tra|"
                    + "xử lý|tiếp nhận|nhận|giám sát",
                .sendOnly: "tin nhắn một chiều|email một chiều|thư một chiều|noreply|no-reply|chỉ dùng để gửi|"
                    + "chỉ gửi đi",
                .discarded: "đã bị tắt|bị tắt|bị vô hiệu hóa|bị vô hiệu hoá|bị loại bỏ|tự động bị loại bỏ|"
                    + "bị thất lạc|thất lạc|bị trả lại|bị từ chối|bị xóa|bị bỏ qua|bị xoá",
                .past: "đã",
                .destination: "qua|tại|đến|tới",
                .only: "chỉ|duy nhất",
                .outgoing: "tin nhắn tự động|thông báo|gửi thông báo|gửi thư",
                .yours: "của bạn",
                .use: "sử dụng|nhấn|bấm",
                .control: "nút|chức năng",
                .instead: "thay vì",
                .conjunction: "và",
                .purpose: "để",
                .negatedState: "đã đóng|đã bị đóng|không đi đến đâu|sẽ không đi đến đâu|không còn được sử dụng|"
                    + "không còn sử dụng|sẽ không được hồi đáp|không được hồi đáp",
                .readerGets: "nhận được",
                .pointless: "không có tác dụng gì|là vô ích|vô ích|không có tác dụng|chẳng có tác dụng",
                .intended: "dành cho",
                .expect: "mong đợi|chờ đợi|trông đợi",
                .exception: "",
                .occasion: "cuối tuần|ngày lễ|ban đêm",
                .otherAddress: "ip|giao hàng|nhận hàng|thanh toán|thường trú",
                .outsider: "bởi bên thứ ba",
            ]),
        DeadEndLanguage(
            "ar", "Arabic", family: "Semitic",
            [
                .send: "أرسل|أرسلوا|التواصل|الاتصال|تتواصل|تتواصلوا|الكتابة|تكتب|تكتبوا|ترسل|ترسلوا|إرسال|ترسلي",
                .negation: "وليس|ليس|لم تعد|ولا|غير|لا أحد|لا|عدم|لن",
                .otherMail: "الفواتير|فواتير|فاتورة|طلبات التوظيف|السير الذاتية|الملفات|ملفات|المستندات|مستندات|"
                    + "المرفقات|مرفقات|جميع|كل|التصيد|الاحتيالية|المشبوهة|مشبوهة|كلمة المرور|كلمة السر|"
                    + "رقم البطاقة",
                .reply: "رددت|رددتم|ترد|تردوا|الرد|بالرد|تجيب|الإجابة|الرد على",
                .possible: "ممكن|ممكنة|يمكن|بالإمكان",
                .filler: "أي|من|لهذا|لهذه|يمكن|يمكنك|على|هذه|هذا|الرسالة|البريد|الإلكتروني|رسالة|تقم|مباشرة|يرجى|"
                    + "الرجاء",
                .please: "يرجى|الرجاء|نرجو|نرجو منك",
                .object: "الرسالة|البريد|رسالة|العنوان",
                .subject: "نراقب|نفحص|نتفقد|نتحقق|نقرأ|نتلقى|نستلم|نستقبل|نطلع على|نطّلع على|نتابع|نعالج|يمكننا|"
                    + "نستطيع|لا أحد|نحن",
                .condition: "إذا|اذا|إن|لو",
                .auxiliary: "ينبغي|يجب|ليس|ستُرتد|سترتد|ستعاد|سيضيع|ستضيع|ستحذف|يمكننا|نستطيع|تتم|يتم|سيتم|يمكن|"
                    + "سوف",
                .need: "داعي|حاجة|تتردد",
                .replies: "للردود|إجابة|رد|أي رسالة مرسلة إلى|أي رسالة مرسلة|الرد|الرسائل المرسلة إلى|"
                    + "الرسائل المرسلة|ردودا|ردا|الردود|ردود|الردود على|ردك|ردودكم",
                .mailbox: "صندوق بريد|صندوق البريد هذا|صندوق|عنوان|صندوق البريد|هذا العنوان|العنوان|"
                    + "البريد الإلكتروني|هذا البريد الإلكتروني",
                .state: "مراقبًا|مراقبا|نطلع على|نطّلع على|نتابع|نعالج|فحص|تفقد|نراقب|نفحص|نتفقد|يرى|مقبولة|"
                    + "يعالج|قبول|نتحقق|يديره|يدير|مراجعة|تسليم|يتلقى|يستلم|توجيه|إعادة توجيه|يتفقد|يقبل|نقرأ|"
                    + "يقرأ|نتلقى|نستلم|نستقبل|التحقق|تصل|يصل|تصلنا|يصلنا|الرد على|الرد|يراقب|يتابع|يتحقق|"
                    + "استقبال|تلقي|قراءة|مراقب|مراقبة|قراءة|تقرأ|مراقبته|معالجة|استلام|يستقبل|تستقبل|متابعة",
                .sendOnly: "رسالة أحادية الاتجاه|بريد أحادي الاتجاه|noreply|no-reply|للإرسال فقط|غير مراقب",
                .discarded: "دون قراءة|معطلة|معطل|تم تعطيل|رفض|ستُرتد|سترتد|ترتد|ستعاد|سيضيع|ستضيع|يضيع|تضيع|حذف|"
                    + "تجاهل|تحذف|ستحذف",
                .destination: "عبر|على|من خلال|إلى|الى",
                .only: "فقط|حصرا|حصريا",
                .outgoing: "الرسائل الآلية|للرسائل الصادرة|الصادرة|للإشعارات|الإشعارات|للإرسال|إرسال الإشعارات|"
                    + "التنبيهات",
                .yours: "بريدك|عنوانك|بريدكم|عنوانكم",
                .use: "استخدام|تستخدم|تستخدموا|الضغط",
                .control: "زر|خاصية",
                .instead: "بدلاً من|بدلا من|عوضاً عن",
                .conjunction: "ولا",
                .purpose: "للتواصل|للاتصال|لمراسلتنا|من أجل",
                .negatedState: "مغلق|مغلقة|لا تذهب إلى أي مكان|لم يعد مستخدمًا|لم يعد مستخدما|لم يعد مستخدم|"
                    + "لم يعد يستخدم|بلا إجابة|بلا رد|دون رد|دون إجابة|غير مهيأ لاستقبال",
                .readerGets: "تحصل|تتلقى",
                .pointless: "ليس له أي أثر|ليس له أثر|لا أثر له|ليس له أي تأثير|ليس له تأثير|لا فائدة من|"
                    + "لا فائدة|عديم الفائدة|دون جدوى|لا جدوى من|لا جدوى",
                .intended: "مخصص|مخصصة",
                .expect: "انتظار|تنتظر|تنتظروا|توقع|تتوقع",
                .offered: "مدعومة|متاحة",
                .passive: "يتم|تتم|سيتم|ستتم",
                .exception: "",
                .occasion: "عطلة نهاية الأسبوع|العطلات|ليلا",
                .otherAddress: "ip|التوصيل|الشحن|الفواتير|الفوترة|السكن",
                .outsider: "من قبل أطراف ثالثة|من قبل طرف ثالث|من قبل الغير",
            ]),
        DeadEndLanguage(
            "he", "Hebrew", family: "Semitic",
            [
                .send: "ליצור קשר|ליצור איתנו קשר|תפנו|לכתוב|תכתבו|תכתוב|לשלוח|תשלחו|תשלח",
                .negation: "אינן|אינם|ולא|שלא|איננו|אף אחד|שאינה|שאינו|אינה|אינו|אל|לא|אין|נא לא",
                .otherMail: "חשבוניות|חשבונית|קורות חיים|קבצים|מסמכים|קבצים מצורפים|קובץ מצורף|פישינג|חשודים|"
                    + "חשודות|הונאה|ספאם|סיסמה|הסיסמה|סיסמא|מספר כרטיס",
                .reply: "תגיב|תגיבי|תעני|תשיבי|תחזיר תשובה|תחזירו תשובה|תחזירי תשובה|להחזיר תשובה|נענה|נשיב|השב|"
                    + "תשיבו|תשיב|להשיב|תענו|תענה|לענות|להגיב|תגיבו",
                .possible: "ניתן|אפשר",
                .filler: "הזה|הזו|הזאת|ללחוץ על|ללחוץ|את|על|הודעה|זו|זה|למייל|לדואל|לדוא ל|ישירות|נא|אנא|להודעה|"
                    + "לכתובת",
                .please: "נא|אנא|אנו מבקשים",
                .object: "הודעה|להודעה|מייל|למייל|לדואל|כתובת|לכתובת",
                .subject: "נענה|נשיב|איננו|אף אחד|אנחנו|אני|אנו",
                .condition: "אם",
                .auxiliary: "אינה|אינו|איננה|איננו|מוגדרת|מוגדר|יכולה|יהיה|ניתן|יכול|יכולים",
                .need: "צורך|צריך|תהססו",
                .replies: "אפשרות התשובה|לתשובה|לתשובות|הודעות לכתובת זו|כל הודעה שתישלח|כל הודעה שנשלחת|כתשובה|"
                    + "בתשובות|בתגובות|התשובה|תשובה|הודעות שיישלחו|הודעות שנשלחות|תשובתך|תשובות|תגובות|מענה|"
                    + "התשובות",
                .mailbox: "שכתובת|שולח זה|בכתובת|לכתובת|תיבת הדואר הזו|מכתובת|תיבת|תיבה|כתובת|תיבת דואר|כתובת זו|"
                    + "תיבת הדואר",
                .state: "ייקראו|ייבדקו|יטופלו|יתקבלו|מנוטר|נבדק|יראה|מתקבלות|יטפל|מקבל|מטפל|מטפלים|יימסרו|יימסר|"
                    + "יקבל|נבדקים|מועברות|מועברים|מועבר|לקבלת|תגיע|קוראים|יקרא|נקבל|לטפל|לעבד|יגיעו|יגיע|מגיעות|"
                    + "מגיעים|ייענו|ייענה|נענות|בודק|בודקים|לקבל|תיקרא|ייקרא|נקרא|נקראות|נבדקת|מנוטרת|מנוטרות|"
                    + "מטופלות|נקראים|נקראת|נבדקות|מקבלת",
                .sendOnly: "הודעה חד-כיוונית|הודעה חד כיוונית|מייל חד-כיווני|noreply|no-reply|לשליחה בלבד|"
                    + "אינה מנוטרת",
                .discarded: "מושבתות|מושבתים|מושבת|הושבתו|נדחות|נדחים|תאבד|יאבדו|אובדות|תלך לאיבוד|יוחזרו|"
                    + "מוחזרות|יידחו|נמחקות|נמחקים|יימחקו|נמחקת|נמחק",
                .destination: "דרך|בכתובת|לכתובת",
                .only: "בלבד|רק",
                .outgoing: "הודעות אוטומטיות|לדואר יוצא|יוצא|להתראות|התראות|לשליחה|לשליחת הודעות|הודעות יוצאות",
                .yours: "שלך|שלכם|כתובתך",
                .use: "להשתמש|תשתמשו|תלחצו|ללחוץ",
                .control: "בכפתור|כפתור|בלחצן|לחצן",
                .instead: "במקום",
                .negatedState: "סגורה|סגור|אינה בשימוש עוד|אינו בשימוש עוד|לא בשימוש עוד|כבר לא בשימוש|ללא מענה|"
                    + "ללא תשובה|לא תטופל|לא יטופלו",
                .conjunction: "ולא",
                .purpose: "כדי|לשם",
                .readerGets: "תקבלו|תקבל",
                .pointless: "לא תעבוד|לא יעבוד|אין שום השפעה|אין השפעה|לא ישפיע|אין טעם|חסר טעם|אין תועלת",
                .intended: "מיועדת|מיועד",
                .expect: "לצפות|לחכות|תצפו|תחכו",
                .offered: "נתמכות|זמינה",
                .exception: "",
                .occasion: "סופי שבוע|סוף השבוע|חגים|בלילה",
                .otherAddress: "ip|לחיוב|החיוב|מגורים|למסירה",
                .outsider: "על ידי צד שלישי|על ידי צדדים שלישיים",
            ]),
    ]
}
