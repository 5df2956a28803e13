/// Link texts that do not say where a link goes, in the languages the rules read, folded
/// (see `FoldedText`): the "here" and "click here" of `LinkSentence`, and "more", "read
/// more", "details" as links say them. Adding a language is adding words.
enum VagueLinkTexts {
    static let moreTexts = [
        "more", "read more", "learn more", "more info", "more information", "details", "continue reading",
        "find out more", "see more", "view more", "go", "mehr", "weiterlesen", "mehr erfahren", "mehr lesen",
        "mehr infos", "plus", "en savoir plus", "lire la suite", "lire plus", "voir plus", "détails", "más",
        "leer más", "ver más", "saber más", "más información", "detalles", "mais", "leia mais", "saiba mais",
        "ver mais", "detalhes", "altro", "leggi di più", "scopri di più", "continua a leggere", "dettagli", "di più",
        "meer", "lees meer", "meer lezen", "meer informatie", "mer", "läs mer", "mer info", "mere", "læs mere",
        "les mer", "lisää", "lue lisää", "więcej", "czytaj więcej", "dowiedz się więcej", "szczegóły", "více",
        "číst dále", "více informací", "podrobnosti", "viac", "čítať ďalej", "viac informácií", "tovább",
        "bővebben", "részletek", "olvass tovább", "mai mult", "citește mai mult", "detalii", "află mai multe",
        "devamı", "devamını oku", "daha fazla", "detaylar", "περισσότερα", "διαβάστε περισσότερα", "подробнее",
        "читать далее", "ещё", "далее", "детальніше", "читати далі", "більше", "자세히", "더보기", "자세히 보기",
        "詳しくはこちら", "もっと見る", "詳細", "続きを読む", "更多", "阅读更多", "了解更多", "详情", "閱讀更多", "詳情",
        "المزيد", "اقرأ المزيد", "עוד", "קרא עוד", "לפרטים", "selengkapnya", "baca selengkapnya", "lebih lanjut",
        "xem thêm", "đọc thêm", "chi tiết", "เพิ่มเติม", "อ่านเพิ่มเติม",
    ]

    /// Every vague text, folded.
    static let folded: Set<[Unicode.Scalar]> = LinkSentence.genericTexts.union(moreTexts.map(FoldedText.key))

    /// Whether `text` says nothing of where its link goes.
    static func isVague(_ text: String) -> Bool { folded.contains(FoldedText.key(text)) }
}
