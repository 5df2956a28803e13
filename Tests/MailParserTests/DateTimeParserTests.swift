import Testing

@testable import MailParser

/// RFC 5322 §3.3 date-time values, obsolete forms and the arithmetic the rules use.
struct DateTimeParserTests {
    @Test func readsTheGrammarAndComputesTheInstant() throws {
        let value = try DateTimeParser.parse("Tue, 24 Nov 2026 09:00:00 +0130 (local)").get()
        #expect(value.year == 2026 && value.month == 11 && value.day == 24 && value.zoneMinutes == 90)
        #expect(value.weekday == "Tue" && value.actualWeekday == "Tue")
        // 2026-11-24T07:30:00Z: 20,781 days after 1970-01-01 (Python: date(2026,11,24) - date(1970,1,1)).
        #expect(value.secondsSince1970 == 20_781 * 86_400 + 7 * 3_600 + 30 * 60)
        #expect(value.obsolete.isEmpty)
    }

    @Test func obsoleteFormsAreReadAndNamed() throws {
        let value = try DateTimeParser.parse("24 Nov 96 09:00 EST").get()
        #expect(value.year == 1996 && value.zoneMinutes == -300 && value.second == 0)
        #expect(value.obsolete == ["a 2-digit year", "the zone name EST"])
        #expect(try DateTimeParser.parse("1 Jan 2000 00:00:00 Z").get().obsolete == ["the zone name Z"])
    }

    @Test(arguments: [
        ("", "it is not"), ("Tue, 24 Nov 2026 09:00:00", "the time zone is missing"),
        ("Funday, 24 Nov 2026 09:00 +0000", "is not a day of the week"), ("24 Noe 2026 09:00 +0000", "month name"),
        ("29 Feb 2100 09:00 +0000", "Feb 2100 has no day 29"), ("24 Nov 2026 9h00 +0000", "is not a time"),
        ("24 Nov 2026 09:00 +0000 extra", "text after the zone"), ("24 Nov 2026 09:00 +0075", "zone offset"),
        ("24 Nov 99999999999999 09:00 +0000", "is not a year"), ("24 Nov 2026 -9:00 +0000", "is not a time"),
    ])
    func unreadableDatesSayWhy(text: String, reason: String) {
        guard case .failure(let error) = DateTimeParser.parse(text) else {
            Issue.record("\(text) was read")
            return
        }
        #expect(error.reason.contains(reason), "\(text): \(error.reason)")
    }
}
