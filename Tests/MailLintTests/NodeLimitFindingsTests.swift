import Testing

@testable import MailLint

/// A part past its node limit (`HTMLTree.nodeLimit`) is analysed up to it: `html-too-large`
/// says from which line nothing was checked, and the rules that report something missing from
/// the body report nothing, for it could stand past the cut.
struct NodeLimitFindingsTests {
    @Test func whatStandsPastTheCutIsNotReportedMissing() throws {
        // 200,000 links in 7 MB, a line each: with its text and the line break after it a link
        // counts as five nodes, so the tree stops at about 119,000 of them (the limit is
        // 596,000), before the footer with the opt-out link and the postal address.
        let links = String(repeating: "<a href=\"https://e.com/p\">item</a>\n", count: 200_000)
        let message =
            "From: Shop <news@example.com>\nTo: a@example.org\nSubject: News\nPrecedence: bulk\n"
            + "List-Unsubscribe: <https://e.com/u>\nContent-Type: text/html; charset=utf-8\n\n"
            + "<html><body>\n\(links)<p><a href=\"https://e.com/unsubscribe\">Unsubscribe</a></p>"
            + "<p>Shop Ltd, 1 High Street, London SW1A 1AA</p></body></html>\n"
        let diagnostics = Linter().lint(Array(message.utf8), file: "m.eml")
        let rules = Set(diagnostics.map(\.ruleID))
        #expect(!rules.contains("unsubscribe-link-missing") && !rules.contains("postal-address-missing"))
        // The cut is one finding of its own, at the part, naming the line; Gmail's clipping
        // another (the size), which no longer repeats it.
        let tooLarge = try #require(diagnostics.first { $0.ruleID == "html-too-large" })
        #expect(tooLarge.location.start.line == 1)
        let cut = try #require(tooLarge.evidence.first { $0.label == "found" })
        let line = try #require(Int(cut.value.dropFirst("not analysed from line ".count).prefix { $0.isNumber }))
        #expect((100_000...140_000).contains(line), "\(cut.value)")
        #expect(cut.value.contains("nodes kept, the most for 7"))
        let clipped = try #require(diagnostics.first { $0.ruleID == "message-clipped-by-gmail" })
        #expect(!clipped.evidence.contains { $0.value.contains("not analysed") })
    }

    @Test func aPartWithinItsLimitIsNotReported() {
        let links = String(repeating: "<a href=\"https://e.com/p\">item</a>\n", count: 20_000)
        let message = "From: a@example.org\nContent-Type: text/html\n\n<html><body>\n\(links)</body></html>\n"
        #expect(!Linter().lint(Array(message.utf8), file: "m.eml").contains { $0.ruleID == "html-too-large" })
    }
}
