/// Builds the example messages of the unsubscribe rules: a bulk newsletter whose header is
/// right, around the header lines or HTML an example is about.
enum NewsletterExample {
    /// From, To and Subject of the examples' newsletter.
    static let sender = """
        From: Harbour Books <news@harbourbooks.example>
        To: reader@example.com
        Subject: New arrivals this week

        """

    /// One-click unsubscribe headers done right.
    static let oneClick = """
        List-Unsubscribe: <https://harbourbooks.example/u/8f3a9c2e>, <mailto:leave@harbourbooks.example?subject=8f3a9c2e>
        List-Unsubscribe-Post: List-Unsubscribe=One-Click

        """

    /// The newsletter with `headers` after From/To/Subject and a short plain-text body.
    static func headers(_ headers: String) -> String {
        sender + headers + "\nOur picks of the week.\n"
    }

    /// The newsletter as one HTML part: `body` inside `<body>`, `css` in a `<style>`, after
    /// `headers` (the right one-click headers unless given).
    static func html(_ body: String, css: String = "", headers: String = oneClick) -> String {
        sender + headers + "Content-Type: text/html; charset=utf-8\n\n"
            + "<html><head><style>\(css)</style></head><body>\n<p>Our picks of the week.</p>\n\(body)\n</body></html>\n"
    }

    /// Which part of `alternative` an example marks with `↓` (at its header).
    enum MarkedPart {
        case none, plain, html
    }

    /// The newsletter as multipart/alternative: `plain`, then `html`'s body; `marking` puts
    /// the `↓` marker at the start of one part's header.
    static func alternative(plain: String, html: String, headers: String = oneClick, marking: MarkedPart = .none)
        -> String
    {
        sender + headers + "MIME-Version: 1.0\nContent-Type: multipart/alternative; boundary=\"b1\"\n\n"
            + "--b1\n\(marking == .plain ? "↓" : "")Content-Type: text/plain; charset=utf-8\n\nOur picks of the week.\n\(plain)\n"
            + "--b1\n\(marking == .html ? "↓" : "")Content-Type: text/html; charset=utf-8\n\n<html><body>\n<p>Our picks of the week.</p>\n\(html)\n</body></html>\n"
            + "--b1--\n"
    }

    /// A visible unsubscribe link.
    static let unsubscribeLink = "<p><a href=\"https://harbourbooks.example/u/8f3a9c2e\">Unsubscribe</a></p>"
}

extension String {
    /// The string with the first occurrence of `target` replaced (to turn a built example
    /// into its quoted-printable form, say).
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
