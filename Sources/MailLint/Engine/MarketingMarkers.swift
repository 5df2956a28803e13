/// Phrases that campaigns carry and person-to-person mail does not ("view this email in
/// your browser"): a body signal of bulk mail for `MessageClassifier`.
enum MarketingMarkers {
    static let phrases: [String] = [
        "view this email in your browser", "view in browser", "view it in your browser", "view online",
        "view as a web page", "view as webpage", "view this email online", "having trouble viewing this email",
        "you are receiving this email because you subscribed", "you are receiving this email because you signed up",
        "you received this email because you subscribed", "you received this email because you signed up",
        "you are subscribed to", "to stop receiving these emails",
        "im browser ansehen", "im browser anzeigen", "online ansehen", "version en ligne", "voir la version en ligne",
        "ver en el navegador", "ver versión web", "ver no navegador", "visualizza nel browser",
        "bekijk in je browser", "bekijk deze e-mail in je browser", "zobacz w przeglądarce", "visa i webbläsaren",
        "ブラウザで表示", "在浏览器中查看", "vis i browser", "se i browser", "vis i nettleser", "vis i nettleseren",
        "näytä selaimessa", "avaa selaimessa", "zobrazit v prohlížeči", "zobraziť v prehliadači",
        "megtekintés böngészőben", "vezi în browser", "vizualizează în browser", "tarayıcıda görüntüle",
        "προβολή στο πρόγραμμα περιήγησης", "открыть в браузере", "посмотреть в браузере", "відкрити в браузері",
        "переглянути в браузері", "브라우저에서 보기", "عرض في المتصفح", "לצפייה בדפדפן", "lihat di browser",
        "xem trên trình duyệt", "ดูในเบราว์เซอร์", "在瀏覽器中查看",
        "sie erhalten diese e-mail, weil", "vous recevez cet e-mail car", "recibes este correo porque",
    ]

    static let matcher = PhraseMatcher<String>(phrases.map { ($0, $0) })

    /// The first marker of the readable texts of `context`, in document order, or nil.
    static func first(in context: LintContext) -> String? {
        var found: String?
        context.forEachFoldedWindow { window in
            found = matcher.matches(in: window.folded.scalars).first?.payload
            return found == nil
        }
        return found
    }
}
