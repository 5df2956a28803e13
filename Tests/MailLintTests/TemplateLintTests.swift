import Testing

@testable import MailLint

/// HTML templates are linted by the rules that read bodies, with positions in the template.
struct TemplateLintTests {
    @Test func bodyRulesRunWithTemplatePositions() throws {
        let template = Array(
            "<html><body>\n<p>Thanks.</p>\n<p>Please do not reply to this email.</p>\n</body></html>\n".utf8)
        let diagnostics = Linter().lint(template: template, file: "welcome.html")
        // No header rules on a template; the accessibility rules read its document (no lang, dir or title).
        #expect(
            diagnostics.map(\.ruleID).sorted() == [
                "dead-end-phrase", "html-dir-missing", "html-lang-missing", "title-missing",
            ])
        let location = try #require(diagnostics.first { $0.ruleID == "dead-end-phrase" }?.location)
        #expect(location.start.line == 3)
        // "<html><body>\n" is 13 bytes, "<p>Thanks.</p>\n" 15, "<p>Please " 10: the negation.
        #expect(location.start.offset == 38)
        #expect(location.start.column == 11)
        #expect(location.part == nil)
    }
}

extension TemplateLintTests {
    @Test func findingsOnThePartPointAtTheTemplatesFirstByte() throws {
        let template = "<style>" + String(repeating: ".x{color:red}\n", count: 19_000) + "</style><p>Hi</p>\n"
        let diagnostic = try #require(
            Linter().lint(template: Array(template.utf8), file: "big.html").first {
                $0.ruleID == "style-sheet-too-large"
            })
        #expect(diagnostic.location.start.line == 1 && diagnostic.location.start.column == 1)
        #expect(diagnostic.location.start.offset == 0)
        #expect(diagnostic.location.header == nil)
    }
}

extension TemplateLintTests {
    /// Minified HTML: every link on one line. Each finding points at its own `<a`, found here
    /// by searching the template, whatever the same-named tags (and `<abbr>`) between them;
    /// the second line starts the count again.
    @Test func findingsOnOneLineOfManyLinksPointAtTheirOwnTags() {
        var line = ""
        for index in 0..<60 {
            if index % 3 == 0 { line += "<a href=\"https://bank.example/\">bank.example</a><abbr>x</abbr> " }
            line += "<a href=\"https://evil\(index).example/\">www.bank\(index).com</a> "
        }
        let template =
            "<html lang=en dir=ltr><head><title>t</title></head><body><p>\(line)</p>\n<p>\(line)</p></body></html>\n"
        let bytes = Array(template.utf8)
        var expected: [Int] = []
        var search = template.startIndex
        while let found = template.range(of: "<a href=\"https://evil", range: search..<template.endIndex) {
            expected.append(template.utf8.distance(from: template.startIndex, to: found.lowerBound))
            search = found.upperBound
        }
        let offsets = Linter().lint(template: bytes, file: "links.html")
            .filter { $0.ruleID == "link-text-domain-mismatch" }.map(\.location.start.offset)
        #expect(expected.count == 120)
        #expect(offsets == expected)
    }
}

extension TemplateLintTests {
    /// Emphasis inside a statement splits it into runs; it is still one statement, one
    /// finding, at its first words. Two statements in two paragraphs stay two.
    @Test(arguments: [
        ("<p>Please do <strong>not</strong> reply to this email.</p>", 1),
        ("<p>Please do <b>NOT</b> reply.</p><p>This mailbox is <i>not</i> monitored.</p>", 2),
        ("<p><span>Bitte</span> <em>nicht</em> <span>antworten</span>.</p>", 1),
        // A word split by an inline element is still the word.
        ("<p>Bitte ant<span>worten</span> Sie nicht auf diese E-Mail.</p>", 1),
    ])
    func aStatementSplitByInlineElementsIsOneFinding(body: String, count: Int) {
        let template = Array("<html><body>\(body)</body></html>\n".utf8)
        let findings = Linter().lint(template: template, file: "t.html").filter { $0.ruleID == "dead-end-phrase" }
        #expect(findings.count == count, "\(findings.map(\.location.start.column))")
    }
}
