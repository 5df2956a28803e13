import Foundation
import MailHTML

/// Where the time of HTML analysis goes, phase by phase over every document: libxml2's
/// parse building the `HTMLTree`, the cascade (style sheets and every element's
/// style), visibility, links and visible text. One pass per repetition; the medians.
enum HTMLPhases {
    /// The phases in order, with the median seconds of a whole pass over the documents,
    /// parsed as `charset` (nil: the document's own declaration, as templates are read).
    static func measure(_ documents: [[UInt8]], charset: String? = "utf-8", repetitions: Int)
        -> [(name: String, seconds: Double)]
    {
        let names = ["libxml2 parse + tree", "cascade", "visibility", "links", "visible text"]
        var passes: [[Double]] = Array(repeating: [], count: names.count)
        var sink = 0
        for _ in 0..<max(1, repetitions) {
            var totals = [Double](repeating: 0, count: names.count)
            for document in documents {
                var clock = DispatchTime.now().uptimeNanoseconds
                func lap(_ phase: Int) {
                    let now = DispatchTime.now().uptimeNanoseconds
                    totals[phase] += Double(now - clock) / 1e9
                    clock = now
                }
                let tree = HTMLParser.parse(document, charset: charset)
                lap(0)
                let cascade = Cascade(tree: tree)
                lap(1)
                let analyzer = VisibilityAnalyzer(tree: tree, cascade: cascade)
                lap(2)
                sink &+= HTMLAnalysis.links(of: tree, analyzer).count
                lap(3)
                sink &+= HTMLAnalysis.visibleText(of: tree, analyzer).runs.count
                lap(4)
            }
            for phase in names.indices { passes[phase].append(totals[phase]) }
        }
        if sink == 42 { print("") }
        return names.indices.map { (names[$0], passes[$0].sorted()[passes[$0].count / 2]) }
    }
}
