/// Preferences and settings of other things than mail: a link text that holds an opt-out word
/// only as a part of one of these ("Cookie preferences", "Set your language preferences",
/// "Préférences de cookies") offers no way out, and a bulk message whose only such link is
/// this one has none.
extension OptOutVocabulary {
    /// The phrases, by language; several in one string separated by `|`. Each covers the
    /// opt-out word it holds, which is then not read as one.
    static let otherSettings: [(language: String, phrases: String)] = [
        (
            "en",
            "cookie preferences|cookies preferences|privacy preferences|language preferences|display preferences|"
                + "accessibility preferences|travel preferences|seat preferences|dietary preferences|"
                + "payment preferences|shipping preferences|delivery preferences|size preferences|"
                + "search preferences|theme preferences|ad preferences|advertising preferences|app preferences|"
                + "cookie settings|privacy settings|language settings|display settings"
        ),
        ("de", "cookie präferenzen|cookie einstellungen|datenschutz präferenzen|spracheinstellungen"),
        ("fr", "préférences de cookies|préférences des cookies|préférences de confidentialité|préférences de langue"),
        ("es", "preferencias de cookies|preferencias de privacidad|preferencias de idioma"),
        ("it", "preferenze cookie|preferenze dei cookie|preferenze sulla privacy|preferenze della lingua"),
        ("pt", "preferências de cookies|preferências de privacidade|preferências de idioma"),
        ("nl", "cookievoorkeuren|cookie voorkeuren|privacyvoorkeuren|taalvoorkeuren"),
    ]

    /// `otherSettings`, as one automaton.
    static let otherSettingsMatcher = PhraseMatcher<String>(
        otherSettings.flatMap { entry in entry.phrases.split(separator: "|").map { (String($0), entry.language) } })

    /// Whether `range` of a folded text lies within one of `others`, the phrases of
    /// `otherSettings` found in that text.
    static func isOtherSettings(_ range: Range<Int>, in others: [PhraseMatcher<String>.Match]) -> Bool {
        others.contains { $0.range.lowerBound <= range.lowerBound && range.upperBound <= $0.range.upperBound }
    }
}
