import MailParser
import Testing

@testable import MailLint

/// A campaign's "view in browser" line makes a message bulk, in every language of the
/// dead-end lexicon; person-to-person wording does not.
struct MarketingMarkersTests {
    static func marker(_ body: String) -> String? {
        let message =
            "From: Shop <news@example.com>\nSubject: News\nContent-Type: text/plain; charset=utf-8\n\n\(body)\n"
        return MarketingMarkers.first(in: LintContext(message: MessageParser.parse(Array(message.utf8)), file: "m.eml"))
    }

    @Test(arguments: [
        "View this email in your browser", "Im Browser ansehen", "Näytä selaimessa", "Zobrazit v prohlížeči",
        "Tarayıcıda görüntüle", "Открыть в браузере", "브라우저에서 보기", "Xem trên trình duyệt", "在瀏覽器中查看",
        "Sie erhalten diese E-Mail, weil Sie sich angemeldet haben.",
    ])
    func campaignLines(_ line: String) {
        #expect(Self.marker(line) != nil, "\(line)")
    }

    @Test(arguments: ["Hi Anna, see you tomorrow.", "Ich habe die Datei im Browser geöffnet.", "Открой файл завтра."])
    func personalLines(_ line: String) {
        #expect(Self.marker(line) == nil, "\(line)")
    }
}
