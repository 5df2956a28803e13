import MailHTML

/// `layout-table-role-missing`: a table used for layout without `role="presentation"`.
public struct LayoutTableRoleMissingRule: Rule {
    /// What the rule is: id, docs, references, options and examples.
    public static let description = RuleDescription(
        id: "layout-table-role-missing",
        summary: "a layout table has no role=\"presentation\"",
        rationale: """
            E-mail is laid out with tables, and a screen reader announces every one as data: \
            "table with 3 rows and 2 columns, row 1, column 1" before each paragraph of a \
            newsletter. `role="presentation"` (or `role="none"`) tells it the table only \
            places things. A table is taken for layout when it has no header cells, caption \
            or `<thead>`, the marks of a data table. An info, reported once per part at the \
            first such table with how many there are: common, tiring rather than blocking. \
            Read in bulk and transactional mail: a person's own message, written in a mail \
            client, offers no way to set these.
            """,
        defaultSeverity: .info, category: .accessibility, appliesTo: [.bulk, .transactional],
        appliesToTemplates: true,
        references: [AccessibilityReferences.infoAndRelationships, AccessibilityReferences.emailMarkupReport],
        examples: RuleExamples(
            triggering: RuleExample(AccessibleExample.html("↓<table><tr><td>Our picks</td></tr></table>")),
            RuleExample(
                AccessibleExample.html("↓<table width=\"600\" cellpadding=\"0\"><tr><td><p>News</p></td></tr></table>")),
            RuleExample(AccessibleExample.html("↓<table role=\"grid\"><tr><td>x</td></tr></table>")),
            RuleExample(
                AccessibleExample.html(
                    "<table role=\"presentation\"><tr><td>↓<table><tr><td>Inner</td></tr></table></td></tr></table>")),
            RuleExample(AccessibleExample.html("↓<TABLE><TR><TD>Caps</TD></TR></TABLE>")),
            passing: RuleExample(
                AccessibleExample.html("<table role=\"presentation\"><tr><td>Our picks</td></tr></table>")),
            RuleExample(AccessibleExample.html("<table role=\"none\"><tr><td>x</td></tr></table>")),
            RuleExample(
                AccessibleExample.html(
                    "<table><tr><th>Title</th><th>Price</th></tr><tr><td>Book</td><td>£9</td></tr></table>")),
            RuleExample(AccessibleExample.html("<table><caption>Your order</caption><tr><td>Book</td></tr></table>")),
            RuleExample(AccessibleExample.html("<p>No tables at all.</p>"))))

    /// Creates the rule.
    public init() {}

    /// One finding per HTML part, at its first layout table without a role.
    public func check(_ context: LintContext, options: RuleOptions) -> [Finding] {
        var found = ElementFindings()
        for (partIndex, html) in context.htmlParts.enumerated() {
            let tree = html.analysis.tree
            let tables = tree.elements(named: "table")
            guard !tables.isEmpty else { continue }
            // A header cell, caption or head marks its nearest table as data.
            var dataTables: Set<Int> = []
            for mark in ["th", "caption", "thead"] {
                for element in tree.elements(named: mark) {
                    if let table = tree.nearestAncestor(of: element, named: "table") { dataTables.insert(table) }
                }
            }
            for table in tables where !dataTables.contains(table) {
                let role = tree.attribute("role", of: table)?.lowercased()
                guard role != "presentation", role != "none", !html.analysis.analyzer.isHidden(table, isText: false)
                else { continue }
                found.add(partIndex: partIndex, element: table, role.map { "<table role=\"\($0)\">" } ?? "<table>")
            }
        }
        return found.findings(
            in: context, label: "tables",
            message: {
                $0 == 1
                    ? "a layout table has no role=\"presentation\""
                    : "\($0) layout tables have no role=\"presentation\""
            },
            fix: "add role=\"presentation\" to every table that only lays out the message")
    }
}
