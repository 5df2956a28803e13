import Testing

@testable import MailLint

/// A reply or forward shows earlier mail from its separator on; what stands there is not the
/// sender's own, and a look-alike separator is not one.
struct EarlierMailTests {
    @Test(arguments: [
        "---------- Forwarded message ---------", "-----Original Message-----", "----- Original Message -----",
        "-------- Weitergeleitete Nachricht --------", "-------- Message transféré --------",
        "-----Mensaje original-----", "Begin forwarded message:", "Anfang der weitergeleiteten Nachricht:",
        "—— 转发的邮件 ——",
    ])
    func separators(line: String) {
        #expect(EarlierMail.isSeparator(line))
    }

    @Test(arguments: [
        "--- original prices apply ---", "----------", "- Forwarded message", "Begin here:",
        "Original message: see below", "--- Weekly picks ---", "",
    ])
    func notSeparators(line: String) {
        #expect(!EarlierMail.isSeparator(line))
    }

    private func deadEnds(_ body: String, html: Bool = false) -> Int {
        let message =
            "From: anna@company.example\nSubject: Fwd: order\nContent-Type: text/\(html ? "html" : "plain"); charset=utf-8\n\n"
            + body + "\n"
        return Linter().lint(Array(message.utf8), file: "m.eml").filter {
            $0.ruleID == "dead-end-phrase" || $0.ruleID == "unanswerable-message"
        }.count
    }

    @Test func aForwardedNoticeIsNotTheSendersDeadEnd() {
        #expect(
            deadEnds(
                "Bob, see below.\n\n---------- Forwarded message ---------\nFrom: noreply@shop.example\n\n"
                    + "Your order shipped. Please do not reply to this email.") == 0)
        #expect(
            deadEnds(
                "<div>FYI</div><div class=\"gmail_quote\"><p>Please do not reply to this email.</p></div>", html: true)
                == 0)
        #expect(
            deadEnds(
                "<div>FYI</div><div id=\"divRplyFwdMsg\"><b>From:</b> Shop</div><div><p>This mailbox is not monitored.</p></div>",
                html: true) == 0)
    }

    /// Outlook quotes under a header block, without a separator, in plain text and HTML.
    @Test func anOutlookHeaderBlockOpensEarlierMail() {
        #expect(
            deadEnds(
                "Hi Bob, please check.\n\nFrom: Shop <noreply@shop.example>\nSent: Saturday, December 5, 2026\n"
                    + "To: Anna\nSubject: Your order\n\nPlease do not reply to this email.") == 0)
        #expect(
            deadEnds(
                "Hallo Bob,\n\nVon: Shop\nGesendet: Samstag\nAn: Anna\nBetreff: Bestellung\n\n"
                    + "Bitte antworten Sie nicht auf diese E-Mail.") == 0)
        #expect(
            deadEnds(
                "<p>Hi Bob</p><div><p><b>From:</b> Shop<br><b>Sent:</b> Saturday<br><b>To:</b> Anna<br>"
                    + "<b>Subject:</b> Your order</p></div><p>This mailbox is not monitored.</p>", html: true) == 0)
        // A "From" line alone is no header block.
        #expect(deadEnds("From: our team to you, happy holidays!\nPlease do not reply to this email.") == 2)
    }

    @Test func theSendersOwnTextBeforeTheSeparatorStillCounts() {
        #expect(deadEnds("Please do not reply to this email.\n\n-----Original Message-----\nFrom: x") == 2)
        #expect(deadEnds("Please do not reply to this email.\n\nFrom: x\nSent: y\nSubject: z") == 2)
        #expect(deadEnds("Original offer!\n--- original prices apply ---\nPlease do not reply to this email.") == 2)
    }
}
