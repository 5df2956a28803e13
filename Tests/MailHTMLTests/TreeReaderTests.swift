import Foundation
import MailParser
import Testing

@testable import MailHTML

/// `HTMLParser` builds its tree from libxml2's parser events (`TreeReader`); libxml2's own
/// builder, copied (`LibXML2DocumentCopy`), is the oracle it must equal node for node: on
/// the shapes of HTML where the builder has rules of its own, and on every HTML document
/// of the corpus.
struct TreeReaderTests {
    /// HTML where libxml2's builder decides something: implied elements, text joined or
    /// split, white space, top-level content outside the root, attributes without values,
    /// character data, DOCTYPEs, broken markup.
    static let shapes: [String] = [
        "<html><body><p>unclosed <b>tags<table><tr><td>cell",
        "text before any element<p>then a paragraph</p>",
        "<p>a</p></html> after the end <b>bold after the end</b><!-- c --> tail",
        "<html><body><p>a</p></body></html><html><body><p>second document</p></body></html>",
        "<!DOCTYPE html><html><body>x</body></html><div>sibling of the root</div>",
        "<!-- first --><html><body>x</body></html><div>after a leading comment</div>",
        "<?xml version=\"1.0\"?><html><body>x</body></html><p>after a processing instruction</p>",
        "<html><body>x</body></html><!DOCTYPE html><div>after a late DOCTYPE</div>",
        "<html><body>a</body></html><!-- after the root --><p>then a paragraph</p>",
        "<!DOCTYPE html><html><body>x</body></html><div><!--c--><?pi?>t<b>u</b>v</div><p>w</p>",
        "<html><body>x</body></html><div>one</div><div>two <i>deep <b>er</b></i></div>text",
        "<html><body>x<!DOCTYPE html>y</body></html>",
        "<body>one<!-- between -->two<?pi data?>three<b>four</b>five</body>",
        "<table>\n  <tr>\n    <td nowrap checked hidden selected=\"\" width=10>a</td>\n  </tr>\n</table>",
        "<td NOWRAP Class=\" a  b\tc \" ID=x id=y class=d>dup</td>",
        "<head><style>p{color:red}</style><style>/* two */</style></head><body><script>var a = '<b>';</script>x</body>",
        "<style>a{}</style><style>b{}</style>text between<script>1</script><script>2</script>",
        "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\"><html><body>\n<p>strict</p>\n \n<p>b</p></body></html>",
        "<html>\n<head>\n<title>t</title>\n</head>\n<body>\n\n<b>x</b> <i>y</i>\n</body>\n</html>\n",
        "<p>caf&eacute; &amp; &unknown; &#x1F600; &#0; &lt;tag&gt;</p><a href='?a=1&amp;b=2&c'>l</a>",
        "<td width=\"1\" height=\"1\" title='single' data-x=unquoted style=\"a:b;  c:d\">v</td><p title=\"a>b\" id=\"q\">x</p>",
        "<img alt=\"\" src=\"x.png\"   \n\n   width = \"10\"   ><P CLASS=\"Up\" ID=\"Id\" Title=\"&quot;q&quot;\">u</P>",
        "<p data-a=\"first\"" + String(repeating: " ", count: 100) + "data-b=\"second\" data-c=\"first\">far apart</p>",
        "<html><head><meta charset=\"iso-8859-1\"></head><body>\u{e9}t\u{e9}</body></html>",
        "<div><p>one<p>two<div>three</div></p></div><li>a<li>b<dd>c<dt>d",
        "<select><option>a<option>b</select><form><input type=text value=\"v\"><textarea>t</textarea></form>",
        "<html><html lang=en><head><head><body><body bgcolor=red>x</body></body>",
        "<a href=x><a href=y>nested anchors</a></a><font size=2><font color=red>f</font></font>",
        "<p>\u{0}null\u{0}bytes</p><p>\r\ncrlf\rcr\n</p>",
        "</p></div></b>stray end tags<br/><img src=x />",
        "<frameset><frame src=a></frameset><noframes>nf</noframes>",
        "<svg><circle r=1 /></svg><math><mi>x</mi></math><p>after</p>",
        "<![CDATA[ cdata in html ]]><p>x</p><!doctype html>",
        "   \n  <html>  \n  <head> \n </head> \n <body> \n </body> \n </html>  \n  ",
        "<html><body><p>" + String(repeating: "<b>", count: 300) + "deep" + String(repeating: "</b>", count: 300),
        "",
        "<",
        "<html",
        "<!--",
        "plain text only",
    ]

    @Test func theShapesOfHTMLGiveLibXML2sOwnTree() {
        Self.expectEveryShapeGivesLibXML2sOwnTree { HTMLParser.parse($0, charset: $1) }
    }

    /// Every shape parsed by `parse` (with the charset given as UTF-8, then sniffed) against
    /// libxml2's own builder.
    static func expectEveryShapeGivesLibXML2sOwnTree(_ parse: ([UInt8], String?) -> HTMLTree) {
        for (number, html) in shapes.enumerated() {
            let bytes = Array(html.utf8)
            let difference = firstDifference(parse(bytes, "utf-8"), from: LibXML2DocumentCopy.parse(bytes))
            #expect(difference == nil, "shape \(number) \(html.prefix(60).debugDescription): \(difference ?? "")")
            let sniffed = firstDifference(parse(bytes, nil), from: LibXML2DocumentCopy.parse(bytes, charset: nil))
            #expect(sniffed == nil, "shape \(number), charset sniffed: \(sniffed ?? "")")
        }
    }

    @Test(.enabled(if: CorpusHTML.root != nil, "../shared/corpus not found beside the package; corpus test skipped"))
    func everyCorpusDocumentGivesLibXML2sOwnTree() throws {
        let documents = CorpusHTML.documents()
        #expect(documents.count > 300)
        var nodes = 0
        for (name, bytes, charset) in documents {
            let tree = HTMLParser.parse(bytes, charset: charset)
            let difference = firstDifference(tree, from: LibXML2DocumentCopy.parse(bytes, charset: charset))
            #expect(difference == nil, "\(name): \(difference ?? "")")
            nodes += tree.count
        }
        #expect(nodes > 50_000)
    }

    @Test func linesPastTheSixteenBitsOfLibxml2sNodesAreExact() throws {
        let html =
            "<html><body>\n<p>early</p>" + String(repeating: "\n", count: 70_000) + "<p>late <a href=\"u\">x</a></p>"
        let tree = HTMLParser.parse(Array(html.utf8))
        let early = try #require(tree.firstElement("p"))
        #expect(tree.line(early) == 2)
        let a = try #require(tree.firstElement("a"))
        #expect(tree.line(a) == 70_002)
        // libxml2's own document keeps 65,535 for the element.
        let copied = LibXML2DocumentCopy.parse(Array(html.utf8))
        #expect(copied.firstElement("a").map(copied.line) == 65_535)
    }

    @Test func booleanAttributesHoldTheirNameAndOthersNothing() throws {
        let tree = HTMLParser.parse(Array("<td nowrap hidden>x</td>".utf8))
        let td = try #require(tree.firstElement("td"))
        #expect(tree.attribute("nowrap", of: td) == "nowrap")
        #expect(tree.attribute("hidden", of: td) == "")
    }

    @Test func aCommentSplitsText() throws {
        let tree = HTMLParser.parse(Array("<p>one<!-- c -->two</p>".utf8))
        let p = try #require(tree.firstElement("p"))
        #expect(tree.children(p).map(tree.kind) == [.text, .comment, .text])
    }

    @Test func contentAfterTheRootJoinsItUnlessADoctypeComesFirst() throws {
        // libxml2 implies a second <html> for the late <b>, and hangs it under the root
        // when the root is the document's first node; after a DOCTYPE it is a sibling.
        let joined = HTMLParser.parse(Array("<p>one</p></html><b>late</b>".utf8))
        #expect(joined.firstElement("b").map { joined.elementPath(of: $0) } == "html > html > b")
        let dropped = HTMLParser.parse(Array("<!DOCTYPE html><p>one</p></html><b>late</b>".utf8))
        #expect(dropped.firstElement("b") == nil)
    }
}

/// The HTML documents of `../shared/corpus`: the `.html` files (charset sniffed, as
/// `mail-lint` reads them) and the decoded `text/html` parts of the messages.
enum CorpusHTML {
    static var root: URL? {
        if let path = ProcessInfo.processInfo.environment["MAILLINT_CORPUS"] { return URL(fileURLWithPath: path) }
        let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let corpus = package.deletingLastPathComponent().appendingPathComponent("shared/corpus")
        return FileManager.default.fileExists(atPath: corpus.path) ? corpus : nil
    }

    static func documents() -> [(name: String, bytes: [UInt8], charset: String?)] {
        guard let root, let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else {
            return []
        }
        var documents: [(name: String, bytes: [UInt8], charset: String?)] = []
        for case let url as URL in files where !url.hasDirectoryPath {
            guard let data = try? Data(contentsOf: url) else { continue }
            let name = url.path.replacingOccurrences(of: root.path + "/", with: "")
            switch url.pathExtension.lowercased() {
            case "html", "htm":
                documents.append((name, Array(data), nil))
            case "eml":
                let message = MessageParser.parse(Array(data))
                for part in message.leafParts where part.contentType.mimeType == "text/html" {
                    documents.append((name, Array(message.decodedText(of: part).text.utf8), "utf-8"))
                }
            default:
                continue
            }
        }
        return documents
    }
}
