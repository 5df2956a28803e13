/// The data the postal-address recognisers read: region codes, postcode areas, street
/// words and post-box phrases, per country. One table per concern; the recognisers are in
/// `PostalAddressFinder`.
enum PostalAddressFormats {
    /// United States: USPS state and territory abbreviations (and the military "states").
    static let usStates: Set<String> = [
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY",
        "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH",
        "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "PR", "GU", "VI",
        "AS", "MP", "AA", "AE", "AP",
    ]

    /// United States: state names, lowercased, as written before a ZIP code.
    static let usStateNames: Set<String> = [
        "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida",
        "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine",
        "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska",
        "nevada", "new hampshire", "new jersey", "new mexico", "new york", "north carolina", "north dakota", "ohio",
        "oklahoma", "oregon", "pennsylvania", "rhode island", "south carolina", "south dakota", "tennessee", "texas",
        "utah", "vermont", "virginia", "washington", "west virginia", "wisconsin", "wyoming", "puerto rico",
    ]

    /// Canada: province and territory abbreviations (Canada Post).
    static let canadianProvinces: Set<String> = [
        "AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT",
    ]

    /// Canada: the letters a postal code may start with (no D, F, I, O, Q, U, W, Z).
    static let canadianFirstLetters = Set("ABCEGHJKLMNPRSTVXY".utf8)
    /// Canada: the letters of the other two positions (no D, F, I, O, Q, U).
    static let canadianLetters = Set("ABCEGHJKLMNPRSTVWXYZ".utf8)

    /// Australia: state and territory abbreviations (Australia Post).
    static let australianStates: Set<String> = ["NSW", "VIC", "QLD", "SA", "WA", "TAS", "NT", "ACT"]

    /// United Kingdom: the postcode areas (the letters the outward code starts with).
    static let ukPostcodeAreas: Set<String> = [
        "AB", "AL", "B", "BA", "BB", "BD", "BF", "BH", "BL", "BN", "BR", "BS", "BT", "BX", "CA", "CB", "CF", "CH",
        "CM", "CO", "CR", "CT", "CV", "CW", "DA", "DD", "DE", "DG", "DH", "DL", "DN", "DT", "DY", "E", "EC", "EH",
        "EN", "EX", "FK", "FY", "G", "GL", "GU", "GY", "HA", "HD", "HG", "HP", "HR", "HS", "HU", "HX", "IG", "IM",
        "IP", "IV", "JE", "KA", "KT", "KW", "KY", "L", "LA", "LD", "LE", "LL", "LN", "LS", "LU", "M", "ME", "MK",
        "ML", "N", "NE", "NG", "NN", "NP", "NR", "NW", "OL", "OX", "PA", "PE", "PH", "PL", "PO", "PR", "RG", "RH",
        "RM", "S", "SA", "SE", "SG", "SK", "SL", "SM", "SN", "SO", "SP", "SR", "SS", "ST", "SW", "SY", "TA", "TD",
        "TF", "TN", "TQ", "TR", "TS", "TW", "UB", "W", "WA", "WC", "WD", "WF", "WN", "WR", "WS", "WV", "YO", "ZE",
    ]

    /// United Kingdom: the letters of the inward code's last two places (no C, I, K, M, O, V).
    static let ukInwardLetters = Set("ABDEFGHJLNPQRSTUWXYZ".utf8)

    /// Germany, Austria, Switzerland, the Netherlands: words a street name ends with
    /// ("Hauptstraße", "Keizersgracht"), lowercased; a house number follows the name.
    static let streetSuffixes = [
        "straße", "strasse", "str", "weg", "platz", "allee", "gasse", "ring", "damm", "ufer", "chaussee", "markt",
        "promenade", "steig", "pfad", "graben", "kai", "straat", "laan", "gracht", "plein", "kade", "singel", "dijk",
        "dreef", "hof",
    ]

    /// France, Belgium, Canada (French), and English-speaking countries: street types
    /// written after the house number ("12 rue de la Paix", "1600 Amphitheatre Parkway"
    /// has its type last, so these are looked for anywhere in the street line).
    static let streetTypes: Set<String> = [
        "rue", "avenue", "av", "boulevard", "bd", "blvd", "place", "allée", "allee", "chemin", "quai", "impasse",
        "route", "cours", "square", "passage", "voie", "street", "st", "road", "rd", "lane", "ln", "drive", "dr",
        "way", "court", "ct", "parkway", "pkwy", "highway", "hwy", "terrace", "close", "crescent", "suite", "floor",
        "plaza", "circle", "broadway",
    ]

    /// Post-box phrases, lowercased, punctuation dropped ("P.O. Box" is "p o box"), each
    /// followed by a number; the ones marked uppercase only count as written in capitals
    /// ("BP 123", not "bp").
    static let postBoxes: [(words: [String], uppercaseOnly: Bool)] = [
        (["po", "box"], false), (["p", "o", "box"], false), (["post", "office", "box"], false),
        (["gpo", "box"], false), (["locked", "bag"], false), (["private", "bag"], false), (["pmb"], false),
        (["postfach"], false), (["postbus"], false), (["antwoordnummer"], false), (["boîte", "postale"], false),
        (["boite", "postale"], false), (["case", "postale"], false), (["bp"], true), (["cp"], true),
        (["c", "p"], true), (["cs"], true),
    ]

    /// Month names (English, German, French, Dutch), lowercased: "July 22, 2002" is a date,
    /// not a street and house number before a postcode.
    static let monthNames: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "januar", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember", "janvier", "février", "mars",
        "avril", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre", "januari", "februari",
        "maart", "mei", "augustus",
    ]
}
