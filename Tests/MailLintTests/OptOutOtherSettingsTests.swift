import Testing

@testable import MailLint

/// An opt-out word that is part of the preferences or settings of something else than mail
/// ("Cookie preferences") is not an opt-out; the same word about mail still is.
struct OptOutOtherSettingsTests {
    @Test(arguments: [
        "Cookie preferences", "Set your language preferences", "Display preferences", "Travel preferences",
        "Préférences de cookies", "Preferencias de cookies", "Preferenze cookie", "Cookie-Präferenzen",
    ])
    func otherPreferencesAreNoOptOut(_ text: String) {
        #expect(OptOutVocabulary.phrase(in: text) == nil, "\(text)")
    }

    @Test(arguments: [
        ("Email preferences", OptOutOffer.preferences), ("Update your preferences", .preferences),
        ("Cookie preferences | Email preferences", .preferences), ("Préférences", .preferences),
        ("Modifier mes abonnements", .preferences), ("Avanmäl", .unsubscribe),
        ("Rezygnacja z newslettera", .unsubscribe),
        ("メールマガジンの解除", .unsubscribe),
    ])
    func mailPreferencesAndOptOutsStillAre(_ text: String, _ offer: OptOutOffer) {
        #expect(OptOutVocabulary.phrase(in: text)?.offer == offer, "\(text)")
    }
}
