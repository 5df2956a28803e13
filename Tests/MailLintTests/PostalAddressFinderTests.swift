import Testing

@testable import MailLint

/// The postal-address recognisers on addresses as companies print them in footers, and on
/// the numbers footers carry that are not addresses.
struct PostalAddressFinderTests {
    static func find(_ text: String) -> PostalAddressFinder.Match? { PostalAddressFinder.first(in: Array(text.utf8)) }

    @Test(arguments: [
        ("1600 Amphitheatre Parkway, Mountain View, CA 94043", "US state and ZIP code", "View, CA 94043"),
        ("350 Fifth Avenue New York, NY 10118-0110 USA", "US state and ZIP code", "York, NY 10118-0110"),
        (
            "Harbour Books, 1 Main St, Springfield, Illinois 62701", "US state and ZIP code",
            "Springfield, Illinois 62701"
        ),
        ("123 Ocean Dr, Miami, New York 10001", "US state and ZIP code", "Miami, New York 10001"),
        ("24 Sussex Drive, Ottawa, ON K1M 1M4, Canada", "Canadian postal code", "K1M 1M4"),
        ("Montréal (Québec) H3B4W8", "Canadian postal code", "H3B4W8"),
        ("10 Downing Street, London SW1A 2AA", "UK postcode", "SW1A 2AA"),
        ("Harbour Books Ltd · 12 Quay St · Bristol BS1 4DJ", "UK postcode", "BS1 4DJ"),
        ("Manchester M1 1AE", "UK postcode", "M1 1AE"),
        ("Hafenstraße 12, 20459 Hamburg", "street, postcode and town", "Hafenstraße 12, 20459 Hamburg"),
        ("Unter den Linden 77 10117 Berlin", "street, postcode and town", "Linden 77 10117 Berlin"),
        ("Friedrichstr. 5-7, D-10117 Berlin", "street, postcode and town", "Friedrichstr. 5-7, D-10117 Berlin"),
        ("Bahnhofstrasse 1, 8001 Zürich", "street, postcode and town", "Bahnhofstrasse 1, 8001 Zürich"),
        (
            "55 rue du Faubourg Saint-Honoré, 75008 Paris", "street, postcode and town",
            "55 rue du Faubourg Saint-Honoré, 75008 Paris"
        ),
        ("12 avenue des Champs, 75008 PARIS", "street, postcode and town", "12 avenue des Champs, 75008 PARIS"),
        ("92058 Paris La Défense Cedex", "postcode, town and CEDEX", "92058 Paris La Défense Cedex"),
        ("Prinsengracht 263-267, 1016 GV Amsterdam", "Dutch postcode", "1016 GV Amsterdam"),
        ("Postbus 1234, 1000AB Amsterdam", "post-office box", "Postbus 1234"),
        ("Level 5, 1 Martin Place, Sydney NSW 2000", "Australian state and postcode", "Sydney NSW 2000"),
        ("Harbour Books, PO Box 1234, Bristol", "post-office box", "PO Box 1234"),
        ("P.O. Box 77", "post-office box", "P.O. Box 77"),
        ("GPO Box 9, Melbourne", "post-office box", "GPO Box 9"),
        ("Locked Bag 3000", "post-office box", "Locked Bag 3000"),
        ("Postfach 10 01 23", "post-office box", "Postfach 10"),
        ("BP 42, 06000 Nice", "post-office box", "BP 42"),
        // Footers as the corpus's newsletters print them.
        (
            "Trainings GmbH. Katharinenring 30. 21409 Embsen.", "street, postcode and town",
            "Katharinenring 30. 21409 Embsen"
        ),
        (
            "KGaA, Castroper Straße, 145, 44791, Bochum, Germany", "street, postcode and town",
            "Straße, 145, 44791, Bochum"
        ),
        (
            "Inxmail GmbH · Wentzingerstr. 17 · 79106 Freiburg", "street, postcode and town",
            "Wentzingerstr. 17 · 79106 Freiburg"
        ),
        (
            "Dechant-Sprünken-Straße 53-57 Emmerich am Rhein, NRW 46446", "street, postcode and town",
            "Dechant-Sprünken-Straße 53-57 Emmerich am Rhein, NRW 46446"
        ),
        (
            "Example Corp 123 Business St, City, State 12345", "street, postcode and town",
            "123 Business St, City, State 12345"
        ),
        (
            "Schreibsuchti GmbH Albert-Hahn-Straße\u{A0}20 Duisburg 47269 Germany", "street, postcode and town",
            "Albert-Hahn-Straße\u{A0}20 Duisburg 47269 Germany"
        ),
    ])
    func addressesAreFound(_ text: String, _ format: String, _ matched: String) throws {
        let match = try #require(Self.find(text), "\(text)")
        #expect(match.format == format, "\(text)")
        #expect(match.text == matched, "\(text)")
    }

    @Test(arguments: [
        "Save 20% on 12345 items until 24.11.2026", "Call us on 0800 123 4567", "Order #12345, total 99.00 EUR",
        "In 2026 we sold 10000 Books", "Top 10 picks: 20000 Leagues Under the Sea", "Use code SAVE20 at checkout",
        "Offer valid in 30 days", "VALID IN 12345 STORES", "Harbour Books, Bristol", "bp 42 is lowercase",
        "Tracking: 1Z999AA10123456784", "Reference A1 2BC", "Flight BA1 2XYZ", "Open 9 to 17, 7 days a week",
        "po box", "Spring 2026 Collection, 10000 items", "We are offering 20 books, 12345 readers loved them",
        "Zwischen 10 und 20 Uhr, 12345 Gäste",
        // Dates and issue numbers the corpus's newsletters carry.
        "March 31, 2014 Midnight", "July 22, 2002 Last", "am 4. Juli 2002 Liebe Leserin", "Newsletter 01-2022 Gesine",
    ])
    func numbersThatAreNotAddressesAreNot(_ text: String) {
        #expect(Self.find(text) == nil, "\(text): \(Self.find(text).map { "\($0)" } ?? "")")
    }
}
