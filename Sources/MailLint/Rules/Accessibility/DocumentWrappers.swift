import MailHTML

/// Where a document states its language and direction: `<html>`, `<body>`, and the first
/// element inside the body that wraps the rest — checked together, because webmail keeps
/// only what is inside `<body>` (and often not its attributes), so a careful sender sets
/// `lang` and `dir` on the wrapper too.
enum DocumentWrappers {
    /// `<html>`, `<body>` and the first element child of the body, those that exist.
    static func elements(of tree: HTMLTree) -> [Int] {
        var elements: [Int] = []
        if let html = tree.firstElement("html") { elements.append(html) }
        if let body = tree.firstElement("body") {
            elements.append(body)
            if let wrapper = tree.firstElementChild(body) {
                elements.append(wrapper)
            }
        }
        return elements
    }

    /// The first of `names` set to a non-blank value on one of the wrappers, with the element.
    static func attribute(_ names: [String], in tree: HTMLTree) -> (value: String, element: Int)? {
        for element in elements(of: tree) {
            for name in names {
                if let value = tree.attribute(name, of: element), !VisibleText.collapse(value).isEmpty {
                    return (value, element)
                }
            }
        }
        return nil
    }

    /// Whether the part is a whole document, not a fragment of a template: its source has
    /// an `<html` or `<body` tag. A template's fragment gets its wrappers from another file.
    static func isWholeDocument(_ html: HTMLPart, in context: LintContext) -> Bool {
        guard context.isTemplate else { return true }
        return html.decoded?.withBytes { bytes in
            ASCIISearch.contains(Array("<html".utf8), in: bytes)
                || ASCIISearch.contains(Array("<body".utf8), in: bytes)
        } ?? true
    }

    /// The finding for a whole part, at its `<html>` tag (or its first line).
    static func finding(
        _ html: HTMLPart, in context: LintContext, _ message: String, evidence: [Evidence], fix: String
    ) -> Finding? {
        guard let part = html.part else { return nil }
        let tree = html.analysis.tree
        let root = tree.firstElement("html")
        let range =
            root.map { ElementFindings.startTag(of: $0, in: html, context: context) }
            ?? part.bodyRange.lowerBound..<part.bodyRange.lowerBound
        var finding = Finding(.bytes(range, part: part.path, header: nil), message, evidence: evidence, fix: fix)
        finding.htmlLine = html.isEncoded ? root.map(tree.line) ?? 1 : nil
        return finding
    }
}
