import Testing

@testable import MailLint

/// Placeholders of template engines and mail senders, and the look-alikes that must stay
/// silent (prices, percentages, footnotes, set notation, code).
struct MergeTagScannerTests {
    static func tags(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return MergeTagScanner.tags(in: bytes).map { String(decoding: bytes[$0.range], as: UTF8.self) }
    }

    @Test(arguments: [
        ("Hi {{first_name}},", "{{first_name}}"), ("Hi {{ first_name }},", "{{ first_name }}"),
        ("{{{unsubscribe}}}", "{{{unsubscribe}}}"), ("{{#if vip}}", "{{#if vip}}"),
        ("{{ user.name | default: \"friend\" }}", "{{ user.name | default: \"friend\" }}"),
        ("{% unsubscribe %}", "{% unsubscribe %}"), ("Hi *|FNAME|*!", "*|FNAME|*"), ("*|UNSUB|*", "*|UNSUB|*"),
        ("Dear %%FirstName%%,", "%%FirstName%%"), ("%%=v(@name)=%%", "%%=v(@name)=%%"),
        ("Hello %recipient.first_name%!", "%recipient.first_name%"), ("%unsubscribe_url%", "%unsubscribe_url%"),
        ("Login: ${username}.", "${username}"), ("Hi <%= user.name %>", "<%= user.name %>"),
        ("Hi [[name]]", "[[name]]"), ("Hi [FIRST_NAME],", "[FIRST_NAME]"),
        ("<%asm_group_unsubscribe_raw_url%>", "<%asm_group_unsubscribe_raw_url%>"),
    ])
    func findsPlaceholders(_ text: String, _ expected: String) {
        #expect(Self.tags(text) == [expected], "\(text)")
    }

    @Test(arguments: [
        "Save 50% off, and 20% more%.", "10%OFF% today", "As shown in [1] and [Appendix A].", "{x | x > 0}",
        "It costs $5 {approx.}", "[TBD] *| not a tag", "{{}}", "{{ }}", "{{ 42 }}", "%%  %%", "%% 100 %%",
        "[Pending]", "a{{b", "${}", "<% %>", "Rate: 5%-10%", "snake_case%",
    ])
    func staysSilentOnLookAlikes(_ text: String) {
        #expect(Self.tags(text).isEmpty, "\(text): \(Self.tags(text))")
    }

    @Test func aLongBraceRunIsNotOnePlaceholder() {
        let text = "{{" + String(repeating: "a", count: 200) + "}}"
        #expect(Self.tags(text).isEmpty)
        #expect(Self.tags("{{a}} and {{b}}") == ["{{a}}", "{{b}}"])
    }
}
