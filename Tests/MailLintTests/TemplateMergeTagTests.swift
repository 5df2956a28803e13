import Testing

@testable import MailLint
@testable import MailParser

/// In a template, the senders' merge tags stand for the opt-out links they become; template
/// syntax in attributes and tables does not derail the HTML analysis.
struct TemplateMergeTagTests {
    static func optOutLinks(_ template: String) -> [OptOutLink] {
        TemplateMessage.context(
            for: Array(template.utf8), file: "t.html", configuration: Configuration(), limits: .default
        ).optOutLinks
    }

    static func page(_ body: String) -> String {
        "<html lang=\"en\"><head><title>News</title></head><body>\n<p>Our news.</p>\n\(body)\n</body></html>\n"
    }

    @Test func everyTagIsRecognisedAsWrittenAndInCapitals() {
        for tag in OptOutMergeTags.tags {
            #expect(OptOutMergeTags.tag(tag.text)?.text == tag.text, "\(tag.text)")
            #expect(OptOutMergeTags.tag(tag.text.uppercased())?.text == tag.text, "\(tag.text)")
        }
        #expect(OptOutMergeTags.tag("{{ first_name }}") == nil)
    }

    @Test(arguments: [
        ("*|UNSUB|*", "Mailchimp"), ("<%asm_group_unsubscribe_raw_url%>", "SendGrid"),
        ("{{{unsubscribe}}}", "SendGrid"),
        ("{{{ pm:unsubscribe }}}", "Postmark"), ("%unsubscribe_url%", "Mailgun"), ("{{ unsubscribe_link }}", "HubSpot"),
        ("{{ unsubscribe }}", "Brevo"), ("{% unsubscribe_url %}", "Customer.io"), ("{{unsubscribe_url}}", "generic"),
    ])
    func aSendersTagInAnHrefIsTheOptOutLink(_ tag: String, _ sender: String) {
        let links = Self.optOutLinks(Self.page("<p><a href=\"\(tag)\">Bye</a></p>"))
        #expect(links.count == 1)
        #expect(links.first?.recognisedBy == "merge tag “\(tag)” (\(sender))")
    }

    @Test func klaviyosTagWritesTheLinkItself() {
        for tag in ["{% unsubscribe %}", "{% unsubscribe 'Leave this list' %}", "{% manage_preferences %}"] {
            let links = Self.optOutLinks(Self.page("<p>No longer interested? \(tag)</p>"))
            #expect(links.first?.recognisedBy == "merge tag “\(tag)” (Klaviyo)", "\(tag)")
            #expect(links.first?.offer == (tag.contains("preferences") ? .preferences : .unsubscribe))
        }
    }

    /// Only a template's tags stand for links: in a sent message the tag went out unrendered
    /// (`template-variable-unresolved` reports it); and a tag no sender uses is no link.
    @Test func aTagIsALinkOnlyInATemplate() {
        let message = Array(
            (NewsletterExample.sender + "Content-Type: text/html\n\n<p><a href=\"*|UNSUB|*\">Bye</a></p>\n").utf8)
        let context = LintContext(message: MessageParser.parse(message), file: "m.eml")
        #expect(context.optOutLinks.allSatisfy { !$0.recognisedBy.hasPrefix("merge tag") })
        #expect(Self.optOutLinks(Self.page("<p>{{ first_name }}, {{ unsub }}</p>")).isEmpty)
    }

    /// Handlebars blocks between table rows, Liquid and Jinja in attributes, ERB tags: the
    /// opt-out link after them is found, visible, and measured in its own colours.
    @Test(arguments: [
        "<table>{{#each books}}<tr><td>{{title}}</td></tr>{{/each}}</table>",
        "<table><tr><td style=\"color:#333333;{% if dark %}background:#000000{% endif %}\">{{ title }}</td></tr></table>",
        "<p class=\"{{ 'footer' if legal else '' }}\">{% for b in books %}{{ b.title }}{% endfor %}</p>",
        "<p><%= link_to 'Our shop', shop_url %> <% if member? %>Members save 10%<% end %></p>",
        "<a href=\"{{ shop_url }}\" style=\"{{ link_style }}\">Shop</a>",
    ])
    func templateSyntaxDoesNotDerailTheAnalysis(_ syntax: String) throws {
        let links = Self.optOutLinks(
            Self.page(
                syntax + "\n<p><a href=\"https://x.example/unsubscribe\" style=\"color:#555555\">Unsubscribe</a></p>"))
        let link = try #require(links.first { $0.href == "https://x.example/unsubscribe" })
        #expect(link.isVisible)
        #expect(link.link?.color?.hex == "#555555")
    }
}
