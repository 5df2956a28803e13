/// The Slavic languages of `DeadEndLexicon`.
extension DeadEndLexicon {
    static let slavicLanguages: [DeadEndLanguage] = [
        DeadEndLanguage(
            "pl", "Polish", family: "Slavic",
            [
                .exception: "chyba że|chyba ze|z wyjątkiem",
                .send: "wyślij|wyślijcie|kierować|kierujcie|kieruj|przesyłać|kontaktować|kontaktuj|kontaktujcie|"
                    + "pisać|pisz|piszcie|wysyłaj|wysyłajcie|wysyłać|wysłać",
                .negation: "nikogo|nikt|nie|niemożliwe|niemożliwa|nie możesz|nie można",
                .otherMail: "faktur|faktury|fakturę|aplikacji|cv|plików|pliki|dokumentów|dokumenty|mb|gb|"
                    + "załączników|załączniki|załącznik|zwrotów|paczek|przesyłek|towarów|zwroty|paczki|przesyłki|"
                    + "towary|czeki|produkty|smsy|esemesy|połączenia|telefony|płatności|płatność|przelewy|"
                    + "phishing|podejrzane|podejrzanych|spam|hasło|hasła|hasłem|pin|numer karty|dane bankowe",
                .reply: "odpowiedzcie|odpowiadając|odpowiesz|odpowiecie|odpowiadasz|odpowiadacie|"
                    + "odpowiedzieć|odpowiedziec|odpisać|odpowiadaj|odpowiadać|odpowiadajcie|odpisuj|odpisywać|"
                    + "odpowiadac",
                .possible: "możliwości|możliwość|możliwe|możliwa|możliwy|jest możliwe|niemożliwe|niemożliwa",
                .filler: "klikać|klikaj|kliknij|nią|niego|na nią|na niego|się|z nami|nami|z|tej|można|mozna|na|"
                    + "tę|ten|tą|tego|wiadomość|e-mail|email|maila|bezpośrednio|prosimy|proszę|ją|go",
                .please: "prosimy|proszę|uprzejmie prosimy|prosimy o",
                .object: "wiadomość|wiadomości|e-mail|email|maila|adres",
                .subject: "sprawdzamy|otrzymamy|zobaczymy|widzimy|przeczytamy|odbieramy|czytamy|monitorujemy|"
                    + "śledzimy|obsługujemy|przetwarzamy|możemy|nikt|który|która|które|my|ja",
                .condition: "jeśli|jeżeli|gdy|jesli",
                .reader: "ty|wy",
                .auxiliary: "należy|powinni|powinien|powinna|powinno|powinieneś|powinnaś|ma|możemy|są|jest|będą|"
                    + "będzie|zostaną|może|mogą",
                .need: "trzeba|potrzeby|wahaj|musisz",
                .replies: "funkcja odpowiedzi|każda wiadomość wysłana na|każdy e-mail wysłany na|"
                    + "wiadomości wysłane na|e-maile wysłane na|maile wysłane na|wiadomości wysyłane na|"
                    + "twoja odpowiedź|odpowiedź|odpowiedz|odpowiedzi|odpowiedzi na",
                .mailbox: "skrzynki pocztowej|skrzynka pocztowa|skrzynkę pocztową|adresem|adresu|skrzynki|"
                    + "skrzynka|skrzynkę|skrzynka|adres|adres e-mail|skrzynki|skrzynkę|adres email",
                .state: "akceptuje|akceptują|akceptowane|akceptowana|akceptować|monitorujemy|śledzimy|"
                    + "obsługujemy|przetwarzamy|widoczne|widoczna|przyjmowane|przyjmować|sprawdzamy|obsługuje|"
                    + "obsługują|dostarczone|dostarczona|dostarczony|odbierze|odbiorą|przekazywane|przekazywana|"
                    + "przekazywany|przekazane|przesyłane dalej|przeczyta|otrzymamy|sprawdzany|przetworzone|"
                    + "przetworzona|przetworzony|zobaczymy|zobaczy|zobaczą|widzimy|przeczytamy|odbierania|"
                    + "odbioru|widzi|widzą|odbieramy|dotrze|dotrą|dociera|docierają|sprawdza|sprawdzają|"
                    + "monitoruje|odbierać|odbiera|przeczytana|przeczytane|przeczytany|czyta|czytają|czytamy|"
                    + "możliwa|możliwe|czytane|czytana|monitorowana|monitorowany|sprawdzana|sprawdzane|"
                    + "obsługiwana|odczytywane|przetwarzane|odbierane|przyjmuje|monitorowane|rozpatrywane",
                .sendOnly: "wiadomość jednokierunkowa|jednokierunkowa wiadomość|komunikacja jednokierunkowa|"
                    + "niemonitorowanej|niemonitorowanego|wyłącznie do wysyłki|tylko do wysyłki|noreply|no-reply|"
                    + "nieodpowiadaj|tylko do wysyłki|niemonitorowana|niemonitorowany",
                .discarded: "pozostanie nieprzeczytana|pozostaną nieprzeczytane|zostanie zignorowana|zignorowana|"
                    + "zignorowane|odrzucane|zostanie utracona|zostaną utracone|utracona|utracone|wyłączone|"
                    + "wyłączona|zablokowane|zwrócone|odrzucone|odesłane|usuwane|usunięte|kasowane|skasowane|"
                    + "ignorowane|ignorowana|ignorowany",
                .past: "została|został|zostały|zostało",
                .destination: "za pośrednictwem|przez|pod|na",
                .negatedState: "zamknięta|zamknięte|nigdzie nie trafiają|nigdzie nie trafia|nie jest już używana|"
                    + "nie jest już używany|pozostanie bez odzewu|pozostaną bez odzewu|bez odzewu|"
                    + "pozostanie bez odpowiedzi|bez odpowiedzi|pozostaną bez odpowiedzi|pozostają bez odpowiedzi",
                .only: "wyłącznie|tylko|jedynie",
                .outgoing: "wiadomości automatyczne|powiadomień|powiadomienia|wysyłania|wysyłki",
                .yours: "twój|twoja|twoje|wasz|wasza|pana|pani",
                .use: "używać|używaj|używajcie|korzystać|klikać",
                .control: "przycisku|przycisk|funkcji|opcji",
                .instead: "zamiast",
                .negatedReply: "nieodpowiadanie|nieodpowiadania",
                .conjunction: "i|oraz",
                .purpose: "do|aby|żeby",
                .readerGets: "otrzymasz|otrzymacie|dostaniesz",
                .pointless: "nie zadziała|nie działa|nie odniesie żadnego skutku|żadnego skutku|"
                    + "nie przyniesie żadnego efektu|żadnego efektu|nie ma żadnego wpływu|nie ma sensu|bezcelowe|"
                    + "bezcelowo|bezużyteczne",
                .intended: "przeznaczony|przeznaczona|przeznaczone",
                .expect: "oczekiwać|oczekuj|oczekujcie|spodziewać się|spodziewaj się",
                .offered: "obsługiwane|dostępna|dostępne",
                .occasion: "weekendy|weekend|weekendów|w weekendy|święta|w nocy",
                .otherAddress: "ip|dostawy|do dostawy|do doręczeń|korespondencyjny|zamieszkania|rozliczeniowy|"
                    + "do faktury",
                .outsider: "przez osoby trzecie|przez osoby nieupoważnione",
            ]),
        DeadEndLanguage(
            "cs", "Czech", family: "Slavic",
            [
                .exception: "ledaže|pokud ovšem|s výjimkou",
                .send: "neposílejte|nekontaktujte|kontaktovat|nepište|nepiš|psát|pište|posílejte|posílat|"
                    + "zasílejte",
                .negation: "neměli|neměl|neměla|nemělo|byste neměli|byste neměla|byste neměl|neočekávejte|"
                    + "nedostanete|neposílejte|nebudeme|nebudu|neklikejte|nemačkejte|nekontaktujte|nepoužívejte|"
                    + "nemůžeme|nepište|nepiš|nikdo|nemůže|nemohou|nemůžete|nemůžeš|nelze|ne|není|nejsou|nebudou|"
                    + "nebude|nemožné",
                .otherMail: "faktury|faktur|fakturu|životopisy|soubory|souborů|dokumenty|mb|gb|přílohy|příloh|"
                    + "přílohu|esemesky|hovory|telefonáty|platby|platbu|peníze|phishing|podezřelé|podezřelých|"
                    + "podvodné|spam|heslo|hesla|heslem|pin|číslo karty|bankovní údaje",
                .negatedReply: "neodpovídali|neposílejte odpovědi|neposílejte odpověď|neposílej odpověď|"
                    + "nezasílejte odpovědi|neodpovídejte|neodpovídej|neodpovídat|neodpovídejte prosím|"
                    + "neodpovídejte na",
                .reply: "odpovíte|odpovíš|odpovídáte|odpovídáš|odpovědět|odpovídat|odpovědět na",
                .possible: "možnost|možné|možná|je možné|nemožné",
                .filler: "ni|na ni|něj|na něj|lze|možné|na|tento|tuto|e-mail|zprávu|prosím|přímo|email",
                .please: "prosím|prosíme",
                .object: "e-mail|email|zprávu|zpráva|adresu",
                .subject: "nemůžeme|nikdo|který|která|které|my|já",
                .condition: "pokud|jestli",
                .reader: "ty|vy",
                .need: "nutné|potřeba|váhejte",
                .replies: "funkce odpovědi|e-maily zaslané jako odpověď|každá zpráva zaslaná na|"
                    + "každý e-mail zaslaný na|zprávy zaslané na|e-maily zaslané na|zprávy odeslané na|"
                    + "e-maily odeslané na|vaše odpověď|odpovědi|odpověď|odpovědi na",
                .mailbox: "odesílatel|tento odesílatel|adrese|adresy|schránka|adresa|e-mailová adresa|schránku|"
                    + "adresu|schránky",
                .state: "sledovaná|sledovaný|sledované|kontrolovaná|monitorovaná|vyřízeny|vyřízena|doručeny|"
                    + "doručena|doručeno|kontrolovány|příjem|zpracovány|zpracována|zpracovat|uvidíme|vidíme|"
                    + "zodpovězeny|zodpovězena|přijímat|přijímá|přečtena|přečteny|přečten|čteny|čtena|čteny|"
                    + "sledována|monitorována|kontrolována|zpracovávány|přečteny|přijímá|vyřizovány",
                .negatedState: "neakceptuje|neakceptují|neakceptujeme|uzavřená|uzavřena|nepřijímáme|nezpracují|"
                    + "nekontrolujeme|nebudeme reagovat|nikam nevedou|nikam nevede|neobsluhuje|neobdrží|neobdrží|"
                    + "se již nepoužívá|již nepoužívá|už nepoužívá|zůstane bez reakce|zůstanou bez reakce|"
                    + "bez reakce|bez odpovědi|nepřeposílají|nepřeposílá|nebudou přeposlány|nedostane|nepřečte|"
                    + "nepřečtou|neobdržíme|nedostaneme|nedostanou|nedorazí|nedojdou|neuvidíme|nevidíme|neuvidí|"
                    + "nepřijímá|nepřijímají|nekontroluje|nesleduje|nečte|nečte|nečtou|nečteme|nesledována|"
                    + "nesledovaná|nemonitorovaná|nečtou|nečteme|nečte|nezpracováváme||nesledujeme|nemonitorujeme",
                .discarded: "zůstane nepřečtená|zůstanou nepřečtené|odmítány|odmítnuta|zahazovány|zahazována|"
                    + "se ztratí|ztratí|vypnuté|vypnuty|zakázané|zakázány|vráceny|odmítnuty|vrácena|mazány|"
                    + "smazány|odstraněny|odstraňovány|vymazány|mazána|smazána|ignorovány|ignorována",
                .sendOnly: "jednosměrná zpráva|jednosměrná komunikace|jednosměrný e-mail|nesledované|nesledovaná|"
                    + "nesledovaný|noreply|no-reply|neodpovidejte|pouze pro odesílání|pouze k odesílání",
                .destination: "prostřednictvím|přes|na",
                .only: "pouze|jen|výhradně",
                .outgoing: "automatické zprávy|odchozí poště|odchozí poštu|odchozí|oznámení|upozornění|zasílání|"
                    + "odesílání|notifikací",
                .yours: "váš|vaše|tvůj|tvoje",
                .use: "nepoužívejte|používat|použijte",
                .control: "tlačítko|funkci|tlačítka",
                .instead: "místo",
                .conjunction: "a",
                .purpose: "k|pro|abyste",
                .auxiliary: "není|je|nastavena pro|nastavena|nastaven pro",
                .readerGets: "nedostanete|dostanete",
                .pointless: "nebude fungovat|nefunguje|nemá žádný účinek|žádný účinek|nemá žádný vliv|"
                    + "nemá žádný efekt|nemá smysl|zbytečné|zbytečně|nemá cenu",
                .intended: "určena|určen|určeno",
                .expect: "neočekávejte|očekávat|očekávejte",
                .offered: "podporovány|podporována|k dispozici",
                .occasion: "víkendu|víkendy|svátky|v noci",
                .otherAddress: "ip|doručovací|fakturační|pro doručení|doručení|bydliště",
                .outsider: "třetími stranami|třetími osobami|nepovolanými osobami",
            ]),
        DeadEndLanguage(
            "sk", "Slovak", family: "Slavic",
            [
                .send: "neposielajte|nekontaktujte|kontaktovať|nepíšte|nepíš|písať|posielajte|posielať",
                .negation: "neočakávajte|nedostanete|neposielajte|nebudeme|nebudem|neklikajte|nestláčajte|"
                    + "nekontaktujte|nepoužívajte|nemôžeme|nepíšte|nepíš|nikto|nemôžete|nemôžeš|nie|nebudú|"
                    + "nebude|nie sú|nie je|nemožné",
                .otherMail: "faktúry|faktúr|faktúru|životopisy|súbory|súborov|dokumenty|mb|gb|prílohy|príloh|"
                    + "prílohu|esemesky|hovory|telefonáty|platby|platbu|peniaze|phishing|podozrivé|podozrivých|"
                    + "podvodné|spam|heslo|hesla|heslom|pin|číslo karty|bankové údaje",
                .negatedReply: "neodpovedali|neposielajte odpovede|neposielajte odpoveď|neodpovedajte|"
                    + "neodpovedaj|neodpovedať|neodpovedajte na",
                .reply: "odpoviete|odpovieš|odpovedať|odpovedať na",
                .possible: "možnosť|možná|možný|možné|je možné|nemožné",
                .filler: "ňu|na ňu|neho|naň|možné|na|tento|túto|e-mail|správu|prosím|priamo|email|sa",
                .please: "prosím|prosíme",
                .object: "e-mail|email|správu|správa|adresu",
                .subject: "nemôžeme|nikto|my|ja",
                .condition: "ak",
                .reader: "ty|vy",
                .need: "nutné|potrebné|váhajte",
                .replies: "funkcia odpovede|e-maily zaslané ako odpoveď|e-maily zaslané na|správy zaslané na|"
                    + "každá správa zaslaná na|každý e-mail zaslaný na|odpovede|odpoveď|odpovede na",
                .mailbox: "odosielateľ|tento odosielateľ|tento e-mail|adrese|adresy|schránka|adresa|"
                    + "e-mailová adresa|schránku|adresu",
                .state: "monitorovaný|vybavené|vybavená|doručené|doručená|doručený|príjem|prečítaná|prečítaný|"
                    + "prečítaní|uvidíme|prijímať|zodpovedané|zodpovedaná|čítané|sledovaná|monitorovaná|"
                    + "kontrolovaná|spracované|prečítané|prijíma|vybavované",
                .negatedState: "neakceptuje|neakceptujú|neakceptujeme|zatvorená|zatvorena|neuvidí|neprijímame|"
                    + "nespracujú|nekontrolujeme|nebudeme reagovať|nikam nevedú|nikam nevedie|neobsluhuje|"
                    + "nemôže prijímať|sa už nepoužíva|už nepoužíva|zostane bez reakcie|zostanú bez reakcie|"
                    + "bez reakcie|bez odpovede|nepreposielajú|nepreposiela|nedostane|nedostanú|nedorazí|"
                    + "neprečíta|neprečítajú|nedostaneme|neobdržíme|neprijíma|neprijímajú|nekontroluje|nesleduje|"
                    + "nečíta|nesledovaná|nemonitorovaná|nečítame|nečíta|nečítajú|nespracovávame|nespracúvajú|"
                    + "nesledujeme|nesledujú|nekontrolujú|nekontroluje",
                .discarded: "mažú|vymažú|zmažú|sa mažú|sa vymažú|sa zmažú|sa odstránia|sa odstraňujú|"
                    + "zostane neprečítaná|zostanú neprečítané|odmietané|zahadzované|zahadzovaná|sa stratí|"
                    + "stratí|vypnuté|zakázané|vrátené|odmietnuté|vrátená|odstraňujú|mazané|vymazané|odstránené|"
                    + "zmazané|ignorované|ignorovaná",
                .sendOnly: "jednosmerná správa|jednosmerná komunikácia|jednosmerný e-mail|nesledovanej|"
                    + "nesledovaná|nesledovaný|noreply|no-reply|neodpovedajte|iba na odosielanie|"
                    + "len na odosielanie",
                .destination: "prostredníctvom|cez|na",
                .only: "iba|len|výhradne",
                .outgoing: "automatické správy|odchádzajúcu poštu|odchádzajúcu|oznámenia|upozornení|oznámení|"
                    + "zasielanie|odosielanie|notifikácií",
                .yours: "váš|vaša|tvoj|tvoja",
                .use: "nepoužívajte|používať|použite",
                .control: "tlačidlo|funkciu|tlačidla",
                .instead: "namiesto",
                .conjunction: "a",
                .purpose: "na|k|pre|aby",
                .auxiliary: "je|nie je|nastavená na|nastavená|nastavený na",
                .readerGets: "nedostanete|dostanete",
                .pointless: "nebude fungovať|nefunguje|nemá žiadny účinok|žiadny účinok|nemá žiadny vplyv|"
                    + "nemá žiadny efekt|nemá zmysel|zbytočné|zbytočne|nemá cenu",
                .intended: "určená|určený|určené",
                .expect: "neočakávajte|očakávať",
                .offered: "podporované|dostupná|k dispozícii",
                .exception: "",
                .occasion: "víkende|víkendy|sviatky|v noci",
                .otherAddress: "ip|doručovacia|fakturačná|doručenia|bydliska",
                .outsider: "tretími stranami|tretími osobami",
            ]),
        DeadEndLanguage(
            "ru", "Russian", family: "Slavic",
            [
                .exception: "если только не|за исключением|кроме случаев|если это не|если в этом нет",
                .send: "связывайтесь|связываться|обращайтесь|пишите|писать|пиши|отправляйте|присылайте|"
                    + "отправлять|посылайте|направляйте",
                .negation: "никто|не|нельзя|невозможно|вы не можете|ты не можешь",
                .otherMail: "счета|счетов|счета-фактуры|счета на оплату|резюме|файлы|файлов|документы|документов|"
                    + "мб|гб|вложения|вложений|вложение|возвратов|посылок|товаров|возвраты|посылки|товары|чеки|"
                    + "смс|sms|звонки|звонков|платежи|оплату|платежей|деньги|фишинг|фишинговые|подозрительные|"
                    + "подозрительных|мошеннические|спам|пароль|пароля|паролем|пин-код|номер карты|"
                    + "банковские данные",
                .reply: "ответом|ответите|ответишь|отвечаете|отвечаешь|ответить|ответить на|отвечайте|отвечать|"
                    + "отвечай|отвечайте на",
                .possible: "возможности|возможность|возможно|невозможно",
                .filler: "эту|эта|этого|этой|нажимайте|нажимать|кнопку|на|это|этот|данное|данный|письмо|"
                    + "сообщение|пожалуйста|просим|непосредственно|него|его",
                .please: "пожалуйста|просим|просьба|убедительная просьба",
                .object: "письмо|сообщение|адрес|уведомление",
                .subject: "можем|никто|который|которая|которое|которые|мы|я|вы",
                .condition: "если",
                .reader: "вы|ты",
                .auxiliary: "следует|настроен на|настроен|настроена на|можем|будут|будет|может|могут",
                .need: "нужно|требуется|необходимо|надо|стесняйтесь|забудьте",
                .replies: "функция ответа|ответов|письма на этот адрес|письма на этот|сообщения на этот адрес|"
                    + "любое сообщение отправленное на|любое письмо отправленное на|сообщения отправленные на|"
                    + "письма отправленные на|сообщения присланные на|ответа|ответ|ответы|ответы на|ответ|"
                    + "ваш ответ|ваши ответы",
                .mailbox: "ящик|адрес|почтовый ящик|этот адрес|адрес электронной почты|адреса",
                .state: "отслеживаемый|отслеживаемым|контролируемый|принимаются|проверяем|обслуживает|доставлено|"
                    + "доставлен|проверяются|пересылаются|пересылается|приём|прием|получение|прочитает|получим|"
                    + "обработаны|обработан|обработано|увидим|увидит|увидят|видим|прочитаем|доходят|доходит|"
                    + "дойдут|дойдёт|дойдет|видит|видят|получать|получит|получат|получает|проверяет|проверяют|"
                    + "читает|принимать|принимает|прочитан|прочитаны|прочитано|читает|читают|читаем|читаются|"
                    + "проверяется|отслеживается|обрабатываются|просматривается|просматриваются|принимает|"
                    + "прочитаны|рассматриваются|прочитан|обрабатывается|читается|получены|доставлены|"
                    + "контролируется",
                .sendOnly: "одностороннее сообщение|одностороннее письмо|односторонняя рассылка|"
                    + "одностороннее уведомление|неотслеживаемый|неотслеживаемого|неотслеживаемую|noreply|"
                    + "no-reply|только для рассылки|только для отправки|не-отвечать",
                .negatedState: "закрыт|закрыта|никуда не попадают|никуда не попадает|больше не используется|"
                    + "без ответа|остаются без ответа|останутся без ответа|невозможен|невозможно",
                .discarded: "останется непрочитанным|останутся непрочитанными|будет проигнорировано|"
                    + "будут проигнорированы|проигнорировано|отбрасываются|отбрасывается|будет потерян|"
                    + "будут потеряны|потерян|потеряны|отключены|отключен|отключено|возвращены|возвращаются|"
                    + "отклоняются|отклонены|удаляются|удаляется|удалены|уничтожаются|игнорируются|игнорируется|"
                    + "проигнорированы",
                .past: "был|была|были|было",
                .destination: "через|на",
                .only: "только|исключительно|лишь",
                .outgoing: "автоматические сообщения|исходящих писем|исходящих|уведомлений|рассылки|отправки|"
                    + "оповещений",
                .yours: "ваш|ваша|твой|твоя",
                .use: "используйте|использовать|нажимайте|пользуйтесь",
                .control: "кнопку|кнопка|функцию",
                .instead: "вместо",
                .conjunction: "и",
                .purpose: "для|чтобы",
                .readerGets: "получите|получишь",
                .pointless: "не сработает|не работает|ни на что не повлияет|не повлияет|не имеет эффекта|"
                    + "не даст результата|бесполезно|нет смысла|не имеет смысла|бессмысленно",
                .intended: "предназначен|предназначена|предназначено",
                .expect: "ждите|ждать|ожидайте|ожидать",
                .offered: "поддерживаются|доступна|доступны",
                .notOffered: "недоступна|недоступны|не поддерживаются",
                .occasion: "выходные|выходным|праздники|ночью",
                .otherAddress: "доставки|для доставки|выставления счетов|проживания|регистрации",
                .outsider: "третьими лицами|посторонними лицами|посторонними",
            ]),
        DeadEndLanguage(
            "uk", "Ukrainian", family: "Slavic",
            [
                .exception: "якщо це не|якщо тільки не|хіба що|за винятком|крім випадків",
                .send: "зв’язуйтеся|зв'язуйтеся|звертайтеся|зв’язуватися|пишіть|писати|пиши|надсилайте|надсилати|"
                    + "відправляйте|надішліть",
                .negation: "неможлива|неможливий|ніхто|не|неможливо|ви не можете|ти не можеш",
                .otherMail: "рахунки|рахунків|резюме|файли|файлів|документи|документів|мб|гб|вкладення|вкладень|"
                    + "смс|sms|дзвінки|дзвінків|платежі|оплату|гроші|фішинг|фішингові|підозрілі|підозрілих|"
                    + "шахрайські|спам|пароль|пароля|паролем|пін-код|номер картки|банківські дані",
                .reply: "відповісте|відповісиш|відповісти|відповісти на|відповідайте|відповідати|відповідай",
                .possible: "можливості|можливість|неможлива|неможливий|можливо|неможливо",
                .filler: "цю|ця|це|цієї|натискайте|натискати|кнопку|можна|на|цей|цього|лист|листа|повідомлення|"
                    + "будь|ласка|будь ласка|прямо|нього|його",
                .please: "будь ласка|просимо|прохання",
                .object: "лист|листа|повідомлення|адресу|адреса",
                .subject: "можемо|ніхто|який|яка|яке|які|ми|я|ви",
                .condition: "якщо",
                .reader: "ви|ти",
                .auxiliary: "слід|варто|налаштована на|налаштована|налаштований на|можемо|будуть|буде|може|можуть",
                .need: "потрібно|потреби|необхідно|треба|соромтеся",
                .replies: "функція відповіді|відповідей|листи на цю адресу|повідомлення на цю адресу|"
                    + "будь-яке повідомлення надіслане на|будь-який лист надісланий на|повідомлення надіслані на|"
                    + "листи надіслані на|повідомлення відправлені на|вашу відповідь|відповіді|відповідь|"
                    + "ваші відповіді",
                .mailbox: "адреси|поштову скриньку|скриньку|скринька|адреса|поштова скринька|ця адреса|скриньку|"
                    + "адресу",
                .state: "відстежувана|відстежуваний|контрольована|моніторингова|надходять|надходить|надійдуть|"
                    + "надійде|приймаються|побачить|перевіряємо|обслуговує|доставлені|доставлено|перевіряються|"
                    + "отримає|отримають|пересилаються|пересилається|отримання|прийом|прочитає|отримаємо|"
                    + "доходять|доходить|дійдуть|дійде|оброблені|оброблено|опрацьовані|опрацьовано|отримувати|"
                    + "перевіряє|перевіряють|приймати|приймає|прочитано|прочитана|читає|читають|читаємо|"
                    + "читаються|перевіряється|відстежується|обробляються|переглядається|приймає|прочитані|"
                    + "моніториться|розглядаються|обробляється|читається",
                .sendOnly: "одностороннє повідомлення|односторонній лист|одностороння розсилка|noreply|no-reply|"
                    + "лише для надсилання|тільки для розсилки|тільки для надсилання",
                .discarded: "залишиться непрочитаною|залишаться непрочитаними|повернуто|буде повернуто|"
                    + "недоставлені|буде проігноровано|проігноровано|відкидаються|відкидається|буде втрачена|"
                    + "будуть втрачені|втрачена|втрачені|вимкнені|вимкнено|відключені|повернуті|повертаються|"
                    + "відхиляються|відхилені|видаляються|видаляється|видалені|знищуються|ігноруються|"
                    + "ігнорується|проігноровані",
                .destination: "через|на",
                .negatedState: "закрита|закритий|нікуди не потрапляють|нікуди не потрапляє|"
                    + "більше не використовується|без відповіді|залишаються без відповіді|"
                    + "залишаться без відповіді",
                .only: "лише|тільки|виключно",
                .outgoing: "автоматичні повідомлення|вихідних листів|вихідних|сповіщень|розсилки|надсилання|"
                    + "відправлення",
                .yours: "ваша|ваш|твоя|твій",
                .use: "використовуйте|використовувати|натискайте|користуйтеся",
                .control: "кнопку|кнопка|функцію",
                .instead: "замість",
                .conjunction: "і|та|й",
                .purpose: "для|щоб",
                .readerGets: "отримаєте|отримаєш",
                .pointless: "не спрацює|не працює|нічого не змінить|не матиме ефекту|не має жодного ефекту|"
                    + "не дасть результату|марно|безглуздо|немає сенсу|не має сенсу|даремно",
                .intended: "призначена|призначений|призначено",
                .expect: "чекайте|чекати|очікуйте|очікувати",
                .offered: "підтримуються|доступна|доступні",
                .notOffered: "недоступна|недоступні",
                .occasion: "вихідні|вихідних|свята|вночі",
                .otherAddress: "доставки|для доставки|проживання|реєстрації",
                .outsider: "третіми особами|сторонніми особами",
            ]),
    ]
}
