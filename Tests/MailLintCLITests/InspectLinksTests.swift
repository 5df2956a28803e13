import Foundation
import Testing

/// `mail-lint inspect --links` on messages (plain, quoted-printable and base64 HTML parts)
/// and on templates.
struct InspectLinksTests {
    static let html =
        "<html><body style=\"background:#ffffff\">\n<p>Hello</p>\n<p style=\"font-size:9px\"><a href=\"https://example.org/u\" style=\"color:#fdfdfd\">unsubscribe</a></p>\n</body></html>\n"

    static func message(_ encoding: String, _ body: String) -> String {
        "From: a@example.org\r\nSubject: s\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: \(encoding)\r\n\r\n\(body)"
    }

    static func links(_ text: String) throws -> [[String: Any]] {
        let result = try BinaryRunner.run(["inspect", "--links", "--format", "json", "-"], input: Data(text.utf8))
        #expect(result.status == 0)
        return try result.standardOutput.split(separator: "\n").map {
            try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }

    @Test func linkFactsAndKeys() throws {
        let links = try Self.links(Self.message("7bit", Self.html))
        #expect(links.count == 1)
        let link = try #require(links.first)
        for key in [
            "file", "message_index", "part", "href", "text", "image_only", "alt", "visible", "reasons", "font_size_px",
            "color", "background", "contrast", "html_line",
        ] {
            #expect(link.keys.contains(key), "missing \(key)")
        }
        #expect(link["visible"] as? String == "hidden")
        #expect(link["font_size_px"] as? Double == 9)
        #expect(link["color"] as? String == "#fdfdfd")
        #expect(link["background"] as? String == "#ffffff")
        #expect(link["html_line"] as? Int == 3)
        #expect(link["line"] as? Int == 9)  // 6 header lines + the blank line, then HTML line 3
        #expect((link["reasons"] as? [String])?.first?.hasPrefix("text colour #fdfdfd on background #ffffff") == true)
    }

    @Test func quotedPrintableAndBase64PartsMapBackToTheirLines() throws {
        // Quoted-printable with a soft break before the link: HTML line 3 is raw lines 3–4 of
        // the body, file lines 9–10; the line reported is where HTML line 3 starts.
        let qp = Self.html.replacingOccurrences(
            of: "<p style=\"font-size:9px\">", with: "<p style=3D\"font-size:9px\">=\n"
        )
        .replacingOccurrences(of: "href=\"", with: "href=3D\"").replacingOccurrences(
            of: "style=\"color", with: "style=3D\"color"
        )
        .replacingOccurrences(of: "body style=\"", with: "body style=3D\"").replacingOccurrences(of: "\n", with: "\r\n")
        let qpLink = try #require(try Self.links(Self.message("quoted-printable", qp)).first)
        #expect(qpLink["html_line"] as? Int == 3)
        #expect(qpLink["line"] as? Int == 9)
        #expect(qpLink["visible"] as? String == "hidden")
        // Base64 in 20-character lines (15 decoded bytes each): HTML line 3 starts at decoded
        // byte 53, on raw line 53 / 15 = 3 (0-based) of the body, which starts on file line 7.
        let encoded = Data(Self.html.utf8).base64EncodedString()
        let lines = stride(from: 0, to: encoded.count, by: 20).map { start -> String in
            let from = encoded.index(encoded.startIndex, offsetBy: start)
            return String(encoded[from..<(encoded.index(from, offsetBy: min(20, encoded.count - start)))])
        }.joined(separator: "\r\n")
        let b64Link = try #require(try Self.links(Self.message("base64", lines + "\r\n")).first)
        #expect(b64Link["html_line"] as? Int == 3)
        let decodedOffset = Self.html.utf8.split(separator: 0x0A, maxSplits: 2, omittingEmptySubsequences: false)[0...1]
            .reduce(0) { $0 + $1.count + 1 }
        #expect(decodedOffset == 53)
        #expect(b64Link["line"] as? Int == 7 + decodedOffset / 15)
    }

    @Test func templatesAreReadDirectly() throws {
        let result = try BinaryRunner.run(
            ["inspect", "--links", "Samples/templates/receipt.html"], in: RepositoryPaths.root)
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("Samples/templates/receipt.html: 2 links"))
        #expect(result.standardOutput.contains("visible      mailto:help@shop.example"))
    }
}
