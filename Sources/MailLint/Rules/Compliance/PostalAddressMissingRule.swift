/// `postal-address-missing`: bulk mail with no postal address in the text a reader sees.
public struct PostalAddressMissingRule: Rule {
    /// What the rule is: id, docs, references, options and examples.
    public static let description = RuleDescription(
        id: "postal-address-missing",
        summary: "bulk mail shows no postal address (street address with postcode, or a post-office box)",
        rationale: """
            CAN-SPAM requires every commercial message to include "a valid physical postal \
            address of the sender": a street address, a registered post-office box or a \
            registered private mailbox (15 U.S.C. 7704(a)(5)(A)(iii)); Canada's CASL asks for \
            a mailing address too, and EU law an imprint. A reader who cannot find who sent \
            a message cannot reach them. The rule reads the visible text of every text part \
            (hidden HTML text does not count) and recognises the formats of the United \
            States, Canada, the United Kingdom, Germany, Austria, Switzerland, France, the \
            Netherlands and Australia, and post boxes in those languages. Write the address \
            as the post would: with its postcode. For other formats, list the address in \
            `accepted-addresses`.
            """,
        defaultSeverity: .warning, category: .compliance, appliesTo: [.bulk],
        references: [
            RuleReference(
                "15 U.S.C. 7704(a)(5)(A)(iii): a valid physical postal address of the sender",
                "https://www.law.cornell.edu/uscode/text/15/7704"),
            RuleReference(
                "FTC: CAN-SPAM Act compliance guide (tell recipients where you're located)",
                "https://www.ftc.gov/business-guidance/resources/can-spam-act-compliance-guide-business"),
            RuleReference(
                "CRTC: Canada's anti-spam legislation, identification requirements",
                "https://crtc.gc.ca/eng/com500/faq500.htm"),
        ],
        options: [
            RuleOption(
                "accepted-addresses", .stringList, default: .array([]),
                "texts that count as the postal address where they appear (for formats MailLint does not know)")
        ],
        examples: RuleExamples(
            triggering: RuleExample("↓" + NewsletterExample.html("<p>Harbour Books, Bristol</p>")),
            RuleExample(
                "↓"
                    + NewsletterExample.html(
                        "<p style=\"display:none\">Harbour Books, 12 Quay Street, Bristol BS1 4DJ</p>")),
            RuleExample("↓" + NewsletterExample.html("<p>Order 12345 ships from our Springfield store in 2 days.</p>")),
            RuleExample(
                NewsletterExample.alternative(
                    plain: "Harbour Books, Bristol", html: "<p>Harbour Books, Bristol</p>", marking: .html)),
            RuleExample("↓" + NewsletterExample.html("<p>Top 10 picks: 20000 Leagues Under the Sea</p>")),
            passing: RuleExample(
                NewsletterExample.html("<p>Harbour Books · 12 Quay Street · Bristol BS1 4DJ · United Kingdom</p>")),
            RuleExample(NewsletterExample.html("<p>Harbour Books, 1600 Main Street, Springfield, IL 62701</p>")),
            RuleExample(NewsletterExample.html("<p>Harbour Books GmbH<br>Hafenstraße 12<br>20459 Hamburg</p>")),
            RuleExample(NewsletterExample.html("<p>Harbour Books, PO Box 1234, Bristol</p>")),
            RuleExample(
                NewsletterExample.html("<p>Harbour Books, Kade 1, Bristol</p>"),
                options: ["accepted-addresses": .array([.string("Kade 1, Bristol")])]),
            RuleExample("From: Ana <ana@example.org>\nTo: ben@example.net\n\nSee you at noon.\n")))

    /// Creates the rule.
    public init() {}

    /// The findings on one message.
    public func check(_ context: LintContext, options: RuleOptions) -> [Finding] {
        guard let anchorPart = context.htmlParts.first?.part ?? context.textParts.first?.part,
            context.htmlIsAnalysedWhole
        else { return [] }
        let accepted = options.strings("accepted-addresses").map { Array($0.lowercased().utf8) }.filter {
            !$0.isEmpty
        }
        var found = false
        context.forEachFoldedWindow { window in
            let bytes = Array(window.joined.utf8)
            // The search ignores ASCII case in the text itself: no lowercase copy.
            found =
                PostalAddressFinder.first(in: bytes) != nil
                || accepted.contains { ASCIISearch.firstIndex(of: $0, in: bytes, from: 0) != nil }
            return !found
        }
        if found { return [] }
        let parts = context.bodyTexts.map {
            "\($0.isHTML ? "visible text of the HTML" : "text") part \($0.part.path)"
        }
        return [
            Finding(
                .part(anchorPart), "bulk mail shows no postal address of the sender",
                evidence: [
                    Evidence("searched", parts.joined(separator: ", ")),
                    Evidence(
                        "looked for",
                        "street address with postcode (US, CA, UK, DE/AT/CH, FR, NL, AU formats) or a post-office box"),
                ],
                fix: "add the sender's postal address, with its postcode, to the footer of every text and HTML part")
        ]
    }
}
