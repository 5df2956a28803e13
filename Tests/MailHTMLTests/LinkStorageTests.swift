import Testing

@testable import MailHTML

/// A link is kept in 96 bytes (a newsletter has hundreds of thousands): its numbers in the
/// width they need, its colours as the bytes `#rrggbb` shows, what few links have behind one
/// reference. What a reader of `Link` gets is what the analysis measured or set.
struct LinkStorageTests {
    @Test func aLinkIsNinetySixBytes() {
        #expect(MemoryLayout<Link>.stride == 96)
    }

    @Test func theMeasurementsReadBackAsMeasured() throws {
        // Half-transparent grey text over a dark cell: the blended colour has fractions.
        let html =
            "<table><tr><td bgcolor=\"#202020\"><a href=\"https://example.com/u\" style=\"color:rgba(200,200,200,0.5);font-size:9.5px\">Unsubscribe</a></td></tr></table>"
        let analysis = HTMLAnalysis(bytes: Array(html.utf8))
        let link = try #require(analysis.links.first)
        let node = try #require(link.measuredNode)
        let measured = analysis.analyzer.evaluate(node, isText: true)
        let color = try #require(measured.color)
        #expect(link.color?.hex == color.hex)
        #expect(link.color?.hex == "#747474")
        #expect(link.background?.hex == "#202020")
        #expect(link.contrast == measured.contrast)
        #expect(link.fontSize == 9.5)
        #expect(link.scheme == "https")
        #expect(link.line == 1 && analysis.tree.tag(link.element) == "a")
    }

    @Test func anImageOnlyLinkHasNoMeasurements() throws {
        let html = "<p><a href=\"mailto:help@example.com\"><img src=\"x.png\" alt=\"Write to us\"></a></p>"
        let link = try #require(HTMLAnalysis(bytes: Array(html.utf8)).links.first)
        #expect(link.imageOnly && link.alt == "Write to us")
        #expect(link.fontSize == nil && link.color == nil && link.background == nil && link.contrast == nil)
        #expect(link.measuredNode == nil)
        #expect(link.scheme == "mailto")
    }

    @Test func settingAMeasurementKeepsIt() {
        var link = Link(href: "u", text: "x", alt: "", label: nil, imageOnly: false, line: 3, element: 7)
        link.color = RGBA(red: 1, green: 2, blue: 3, alpha: 0.4)
        link.fontSize = 12
        link.measuredNode = 8
        #expect(link.color?.hex == "#010203" && link.color.map { abs($0.alpha - 0.4) < 0.003 } == true)
        #expect(link.fontSize == 12 && link.measuredNode == 8 && link.element == 7 && link.line == 3)
        link.color = nil
        #expect(link.color == nil)
        // A transparent colour is a colour: its presence is kept apart from its bytes.
        link.background = RGBA(red: 0, green: 0, blue: 0, alpha: 0)
        #expect(link.background?.hex == "#000000" && link.background?.alpha == 0 && link.color == nil)
    }

    @Test func whatFewLinksHaveReadsBackAsSet() {
        var link = Link(href: "u", text: "", alt: "Logo", label: nil, imageOnly: true, line: 1, element: 2)
        #expect(link.alt == "Logo" && link.label == nil && link.hiddenInOutlook.isEmpty)
        link.label = "Visit our shop"
        let reason = HiddenReason(what: "mso-hide: all", source: "style", line: 1, outlookOnly: true)
        link.hiddenInOutlook = [reason]
        #expect(link.alt == "Logo" && link.label == "Visit our shop" && link.hiddenInOutlook == [reason])
        #expect(link.accessibleText == "Logo Visit our shop")
        link.alt = ""
        link.label = nil
        #expect(link.alt.isEmpty && link.label == nil && link.hiddenInOutlook == [reason])
        link.hiddenInOutlook = []
        #expect(link.hiddenInOutlook.isEmpty && link.accessibleText.isEmpty)
    }

    /// A link's address is read from its `href` in the tree when asked (entities decoded,
    /// the white space around it trimmed), and a link given another keeps that one.
    @Test func theAddressIsReadFromTheTreeUntilAnotherIsGiven() throws {
        let html =
            "<p><a href=\"  https://example.com/p?a=1&amp;b=2 \">Read</a> <a href=\"https://example.com/q\">Q</a></p>"
        let links = HTMLAnalysis(bytes: Array(html.utf8)).links
        #expect(links.map(\.href) == ["https://example.com/p?a=1&b=2", "https://example.com/q"])
        #expect(links.map(\.target.string) == links.map(\.href))
        var link = try #require(links.first)
        link.href = "mailto:help@example.com"
        #expect(link.href == "mailto:help@example.com" && link.scheme == "mailto")
        #expect(links[0].href == "https://example.com/p?a=1&b=2")
    }
}
