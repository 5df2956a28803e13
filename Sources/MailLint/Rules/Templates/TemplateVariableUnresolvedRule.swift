/// `template-variable-unresolved`: a placeholder of a template engine or a mail sender
/// ("Hi {{first_name}},", "*|FNAME|*", "%%FirstName%%") left in the Subject, the From
/// field or the text a reader sees: the message went out without being rendered.
public struct TemplateVariableUnresolvedRule: Rule {
    /// What the rule is: id, docs, references, options and examples.
    public static let description = RuleDescription(
        id: "template-variable-unresolved",
        summary: "a template placeholder such as {{first_name}} went out unrendered",
        rationale: """
            "Hi {{first_name}}," is the commonest embarrassing bug of sent mail: the template \
            was sent without its data, or with a variable the data lacks, and every reader sees \
            that the message was never meant for them. The rule looks in the Subject, the From \
            field and the visible text of every part for the placeholder syntaxes of the common \
            engines and senders — `{{ }}`, `{{{ }}}`, `{% %}` (Handlebars, Mustache, Liquid, \
            Jinja), `*|…|*` (Mailchimp), `%%…%%` (Salesforce Marketing Cloud), \
            `%name_with_mark%` (Mailgun), `${…}`, `<%= %>` (ERB, EJS), `[[…]]` and \
            `[NAME_WITH_UNDERSCORE]` — each with a name inside, so that prices, percentages and \
            footnotes stay silent. Text inside `<pre>`, `<code>` and `<blockquote>`, style \
            sheets and scripts is not read: a code sample may show template syntax on purpose. \
            Templates themselves (an .html file linted as a template) are expected to hold \
            placeholders and are not checked.
            """,
        defaultSeverity: .warning, category: .templates,
        references: [
            RuleReference("Mailchimp merge tags", "https://mailchimp.com/help/all-the-merge-tags-cheat-sheet/"),
            RuleReference("Handlebars expressions", "https://handlebarsjs.com/guide/expressions.html"),
            RuleReference("Liquid tags", "https://shopify.github.io/liquid/basics/introduction/"),
        ],
        examples: RuleExamples(
            triggering: RuleExample("From: a@x.example\n↓Subject: Hi {{first_name}}, your order shipped\n\nThanks.\n"),
            RuleExample("From: a@x.example\nSubject: News\n\nHi ↓*|FNAME|*,\nthe sale starts today.\n"),
            RuleExample(
                "From: a@x.example\nSubject: News\nContent-Type: text/html\n\n<p>Dear ↓{{ customer.name }}, welcome.</p>\n"
            ),
            RuleExample("From: a@x.example\nSubject: News\n\nDear ↓%%FirstName%%,\nyour points are waiting.\n"),
            RuleExample("From: a@x.example\nSubject: News\n\nHello ↓%recipient.first_name%!\n"),
            RuleExample("From: a@x.example\nSubject: Welcome\n\nYour login is ↓${username}.\n"),
            RuleExample(
                "From: a@x.example\nSubject: News\nContent-Type: text/html\n\n<p>Order ↓{% order_number %} is ready.</p>\n"
            ),
            passing: RuleExample("From: a@x.example\nSubject: 50% off, and 20% more%\n\nSave 30%, today only.\n"),
            RuleExample(
                "From: a@x.example\nSubject: Docs\nContent-Type: text/html\n\n<p>Write <code>{{first_name}}</code> in your template.</p>\n"
            ),
            RuleExample("From: a@x.example\nSubject: Paper\n\nAs shown in [1] and [Appendix A], {x | x > 0} holds.\n"),
            RuleExample(
                "From: a@x.example\nSubject: News\nContent-Type: text/html\n\n<style>p{color:#333}</style><p>Hi Ana, welcome.</p>\n"
            ),
            RuleExample("From: a@x.example\nSubject: Prices\n\nIt costs $5 {approx.} or [TBD] *| not a tag.\n"),
            RuleExample("From: a@x.example\nSubject: Re: code\n\n> Use {{name}} here.\nThanks, done.\n")))

    /// Creates the rule.
    public init() {}

    /// One finding per placeholder written alike, at its first place, with how often it
    /// occurs.
    public func check(_ context: LintContext, options: RuleOptions) -> [Finding] {
        var firstOf: [String: (finding: Finding, count: Int)] = [:]
        var order: [String] = []
        func note(_ tag: String, syntax: String, place: String, _ make: () -> Finding) {
            if firstOf[tag] != nil {
                firstOf[tag]?.count += 1
                return
            }
            var finding = make()
            finding.evidence = [Evidence("placeholder", tag), Evidence("syntax", syntax), Evidence("in", place)]
            firstOf[tag] = (finding, 1)
            order.append(tag)
        }
        for name in ["Subject", "From"] {
            for field in context.header.all(name) {
                let text = Array(EncodedWordDecoder.decode(field.rawValue).text.utf8)
                for tag in MergeTagScanner.tags(in: text) {
                    let written = String(decoding: text[tag.range], as: UTF8.self)
                    note(written, syntax: tag.syntax, place: "the \(name) field") {
                        Finding(.header(field), "the \(name) field holds the placeholder “\(written)”")
                    }
                }
            }
        }
        for body in context.bodyTexts {
            let place = body.isHTML ? "the visible text of the HTML part" : "the text part"
            for (index, run) in body.text.runs.enumerated() where !body.quotedRuns.contains(index) {
                let tags = MergeTagScanner.tags(in: run.text)
                guard !tags.isEmpty else { continue }
                let text = Array(run.text.utf8)
                for tag in tags {
                    let bytes = Array(text[tag.range])
                    let written = String(decoding: bytes, as: UTF8.self)
                    note(written, syntax: tag.syntax, place: "\(place) \(body.part.path)") {
                        let located = TextLocator.locate(
                            [bytes], near: body.lines.rawOffset(for: run.line), part: body.part, in: context.message)
                        var finding = Finding(
                            .bytes(located, part: body.part.path, header: nil),
                            "the text shows the placeholder “\(written)”: the template was not filled in",
                            fix: "render the template with data for every variable before sending, or remove it")
                        if body.isHTML, !body.part.effectiveTransferEncoding.isIdentity { finding.htmlLine = run.line }
                        return finding
                    }
                }
            }
        }
        return order.compactMap { tag in
            guard let entry = firstOf[tag] else { return nil }
            var finding = entry.finding
            let count = entry.count
            if count > 1 { finding.evidence.append(Evidence("occurrences", "\(count)")) }
            if finding.fix == nil { finding.fix = "fill the field from the template's data before sending" }
            return finding
        }
    }
}
