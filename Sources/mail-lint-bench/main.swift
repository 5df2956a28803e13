import Foundation
import MailHTML
import MailLint
import MailParser

// mail-lint-bench [CORPUS] [--repetitions N] [--json] [--binary PATH]
//                 [--stage parse|libxml2|html|ratio|html-phases|lint|lint-jobs2|shares|
//                          templates|templates-libxml2|templates-ratio|templates-phases|whole]
//
// Build and run in release mode:
//   swift run -c release mail-lint-bench ../shared/corpus
//
// Stages, each over the same in-memory messages:
//   parse      MailParser alone: structure, From/To/Subject decoding, transfer and charset
//              decoding of every text part (attachments are not decoded, as in linting)
//   libxml2    htmlReadMemory + xmlFreeDoc on the decoded HTML parts, nothing else
//   html       MailHTML's analysis of the same HTML: libxml2's parse building HTMLTree,
//              cascade, visibility, links, visible text
//   ratio      the two above pass against pass (a bare pass, then an analysis pass, three
//              pairs per repetition): the median of the pairs' ratios
//   lint       the full lint of every message with every built-in rule
//   lint-jobs2 the same on two threads, messages handed out in order
//   html-phases the HTML analysis phase by phase (libxml2's parse building the tree, cascade,
//              visibility, links, visible text)
//   shares     one pass timing each shared analysis and each rule's check (top 10)
//   templates  the full lint of every HTML template (`.html`, `.htm`) of the corpus
//   templates-libxml2  the bare libxml2 parse of the same templates
//   templates-ratio    the two above pass against pass, and MailHTML's analysis of the
//                      templates (as the html stage's of message HTML) pass against pass
//   templates-phases   the templates' HTML analysis phase by phase, as html-phases
//   whole      the `mail-lint` binary (beside the bench, or --binary PATH) linting the whole
//              corpus folder in one process, `--jobs 1`, pass against pass with the floor:
//              the parse stage's work on every message plus the bare libxml2 parse of every
//              HTML part and every template
// Then the peak memory of the process (VmHWM).
// MB/s counts message bytes for parse and lint, and HTML bytes for libxml2 and html.

var arguments = Array(CommandLine.arguments.dropFirst())
var repetitions = 5
var asJSON = false
let onlyStage: String? = {
    guard let index = arguments.firstIndex(of: "--stage"), index + 1 < arguments.count else { return nil }
    defer { arguments.removeSubrange(index...(index + 1)) }
    return arguments[index + 1]
}()
/// Whether `stage` runs (all stages, or the one named with `--stage`, for profiling).
let runs: @Sendable (String) -> Bool = { [onlyStage] stage in onlyStage == nil || onlyStage == stage }
if let index = arguments.firstIndex(of: "--repetitions"), index + 1 < arguments.count {
    repetitions = max(1, Int(arguments[index + 1]) ?? 5)
    arguments.removeSubrange(index...(index + 1))
}
if let index = arguments.firstIndex(of: "--json") {
    asJSON = true
    arguments.remove(at: index)
}
var binary = WholeProcess.binaryBesideBench()
if let index = arguments.firstIndex(of: "--binary"), index + 1 < arguments.count {
    binary = arguments[index + 1]
    arguments.removeSubrange(index...(index + 1))
}
let root = arguments.first ?? "../shared/corpus"
let corpus = CorpusLoader.load(root)
let messages = corpus.messages
let templates = corpus.templates
guard !messages.isEmpty else {
    FileHandle.standardError.write(Data("mail-lint-bench: no messages under \(root)\n".utf8))
    exit(2)
}
let totalBytes = corpus.messageBytes
let templateBytes = corpus.templateBytes
let htmlDocuments: [[UInt8]] = messages.flatMap { bytes -> [[UInt8]] in
    let message = MessageParser.parse(bytes)
    return message.leafParts.filter { $0.contentType.mimeType == "text/html" }.map {
        Array(message.decodedText(of: $0).text.utf8)
    }
}
let htmlBytes = htmlDocuments.reduce(0) { $0 + $1.count }
BareLibXML2.initialize()

var sink = 0
/// One pass of MailParser over every message: what the `parse` stage times.
let parsePass = {
    for bytes in messages {
        let message = MessageParser.parse(bytes)
        sink &+= AddressParser.parse(message.header.all("From")).mailboxes.count
        sink &+= AddressParser.parse(message.header.all("To")).mailboxes.count
        if let subject = message.header.first("Subject") {
            sink &+= EncodedWordDecoder.decode(subject.rawValue).text.utf8.count
        }
        for part in message.leafParts where part.contentType.isText {
            sink &+= message.decodedText(of: part).text.utf8.count
        }
    }
}
let parse = Measurement.run(
    "parse", repetitions: runs("parse") ? repetitions : 0, bytes: totalBytes, messages: messages.count, parsePass)
/// One pass of the bare libxml2 parse over every HTML part.
let bareParsePass = {
    for document in htmlDocuments { BareLibXML2.parseAndFree(document) }
}
/// One pass of MailHTML's analysis over every HTML part, links and visible text included.
let analysisPass = {
    for document in htmlDocuments {
        let analysis = HTMLAnalysis(bytes: document)
        sink &+= analysis.links.count + analysis.visibleText.runs.count
    }
}
let libxml2 = Measurement.run(
    "libxml2", repetitions: runs("libxml2") ? repetitions : 0, bytes: htmlBytes, messages: htmlDocuments.count,
    bareParsePass)
let html = Measurement.run(
    "html", repetitions: runs("html") ? repetitions : 0, bytes: htmlBytes, messages: htmlDocuments.count,
    analysisPass)
let ratios = InterleavedRatio.measure(
    repetitions: runs("ratio") ? 3 * repetitions : 0, bare: bareParsePass, analysis: analysisPass)
let linter = Linter()
let lint = Measurement.run(
    "lint", repetitions: runs("lint") ? repetitions : 0, bytes: totalBytes, messages: messages.count
) {
    for (index, bytes) in messages.enumerated() { sink &+= linter.lint(bytes, file: "m\(index).eml").count }
}

let lintJobs2 = Measurement.run(
    "lint --jobs 2", repetitions: runs("lint-jobs2") ? repetitions : 0, bytes: totalBytes, messages: messages.count
) {
    sink &+= ParallelLint.run(messages, linter: linter, jobs: 2)
}
/// One pass of the bare libxml2 parse over every template.
let bareTemplatePass = {
    for template in templates { BareLibXML2.parseAndFree(template) }
}
/// One pass of the full lint over every template.
let templateLintPass = {
    for (index, template) in templates.enumerated() {
        sink &+= linter.lint(template: template, file: "t\(index).html").count
    }
}
let templateRepetitions = templates.isEmpty ? 0 : repetitions
let templateLint = Measurement.run(
    "templates", repetitions: runs("templates") ? templateRepetitions : 0, bytes: templateBytes,
    messages: templates.count, templateLintPass)
let templateParse = Measurement.run(
    "templates: libxml2", repetitions: runs("templates-libxml2") ? templateRepetitions : 0, bytes: templateBytes,
    messages: templates.count, bareTemplatePass)
let templateRatios = InterleavedRatio.measure(
    repetitions: runs("templates-ratio") ? 3 * templateRepetitions : 0, bare: bareTemplatePass,
    analysis: templateLintPass)
/// One pass of MailHTML's analysis over every template (the charset from its own `<meta>`).
let templateAnalysisPass = {
    for template in templates {
        let analysis = HTMLAnalysis(bytes: template, charset: nil)
        sink &+= analysis.links.count + analysis.visibleText.runs.count
    }
}
let templateAnalysisRatios = InterleavedRatio.measure(
    repetitions: runs("templates-ratio") ? 3 * templateRepetitions : 0, bare: bareTemplatePass,
    analysis: templateAnalysisPass)
let whole = WholeProcess.measure(
    binary: binary, root: root, repetitions: runs("whole") ? repetitions : 0
) {
    parsePass()
    bareParsePass()
    bareTemplatePass()
}
let shares = runs("shares") ? RuleShares.measure(messages, linter: linter) : []
let htmlPhases = runs("html-phases") ? HTMLPhases.measure(htmlDocuments, repetitions: repetitions) : []
let templatePhases =
    runs("templates-phases") ? HTMLPhases.measure(templates, charset: nil, repetitions: repetitions) : []
let sharesTotal = shares.reduce(0) { $0 + $1.seconds }
let peakMemory = PeakMemory.kilobytes()

let stages = [parse, libxml2, html, lint, lintJobs2, templateLint, templateParse]
/// min, median and max of sorted values, as JSON.
func spread(_ sorted: [Double]) -> String {
    sorted.isEmpty
        ? "null" : "{\"min\":\(sorted[0]),\"median\":\(sorted[sorted.count / 2]),\"max\":\(sorted[sorted.count - 1])}"
}
if asJSON {
    let shareJSON = shares.prefix(10).map {
        "{\"name\":\"\($0.name)\",\"seconds\":\($0.seconds),\"share\":\($0.seconds / max(sharesTotal, 1e-9))}"
    }
    print(
        "{\"stages\":[" + stages.map(\.json).joined(separator: ",") + "],\"top_shares\":["
            + shareJSON.joined(separator: ",") + "],\"html_phases\":["
            + htmlPhases.map { "{\"name\":\"\($0.name)\",\"seconds\":\($0.seconds)}" }.joined(separator: ",")
            + "],\"html_over_libxml2_pairs\":" + spread(ratios)
            + ",\"templates_over_libxml2_pairs\":" + spread(templateRatios)
            + ",\"template_analysis_over_libxml2_pairs\":" + spread(templateAnalysisRatios)
            + ",\"whole_process_seconds\":" + spread(whole.process.sorted())
            + ",\"whole_floor_seconds\":" + spread(whole.floor.sorted())
            + ",\"whole_over_floor_pairs\":" + spread(whole.ratios)
            + ",\"peak_rss_kib\":\(peakMemory.map(String.init) ?? "null")}")
} else {
    print(
        "corpus: \(root): \(messages.count) messages (\(corpus.mboxMessages) from mboxes, \(corpus.maildirMessages) from "
            + "Maildirs), \(totalBytes) bytes; \(htmlDocuments.count) HTML parts, \(htmlBytes) bytes; \(templates.count) "
            + "templates, \(templateBytes) bytes; \(repetitions) repetitions")
    for stage in stages { print(stage.text) }
    if !libxml2.seconds.isEmpty, !html.seconds.isEmpty {
        let bare = libxml2.sorted[libxml2.sorted.count / 2]
        let analysed = html.sorted[html.sorted.count / 2]
        print(String(format: "HTML analysis / bare libxml2 parse (median times): %.2f×", analysed / bare))
    }
    if !ratios.isEmpty {
        print(
            String(
                format: "HTML analysis / bare libxml2 parse, pass against pass (%d pairs): median %.2f×, min %.2f×, "
                    + "max %.2f×", ratios.count, ratios[ratios.count / 2], ratios[0], ratios[ratios.count - 1]))
    }
    if !lint.seconds.isEmpty, !libxml2.seconds.isEmpty {
        print(
            String(
                format: "full lint / bare libxml2 parse (median MB/s): %.0f%%",
                100 * lint.megabytesPerSecond.median / libxml2.megabytesPerSecond.median))
    }
    if !lint.seconds.isEmpty, !lintJobs2.seconds.isEmpty {
        print(
            String(
                format: "--jobs 2 / --jobs 1 (median times): %.2f×",
                lint.sorted[lint.sorted.count / 2] / lintJobs2.sorted[lintJobs2.sorted.count / 2]))
    }
    for (label, ratios) in [
        ("template lint", templateRatios), ("template HTML analysis", templateAnalysisRatios),
    ] where !ratios.isEmpty {
        print(
            String(
                format: "%@ / bare libxml2 parse of the templates, pass against pass (%d pairs): "
                    + "median %.2f×, min %.2f×, max %.2f×", label as NSString, ratios.count,
                ratios[ratios.count / 2], ratios[0], ratios[ratios.count - 1]))
    }
    if !whole.process.isEmpty {
        let process = whole.process.sorted()
        let floor = whole.floor.sorted()
        let ratios = whole.ratios
        print(
            String(
                format: "whole process (%@ %@): median %.3f s (min %.3f, max %.3f); floor (parse + bare libxml2 of "
                    + "all HTML and templates): median %.3f s; process / floor, pass against pass: median %.2f×, "
                    + "min %.2f×, max %.2f×", binary as NSString,
                WholeProcess.arguments(root: root).joined(separator: " ") as NSString, process[process.count / 2],
                process[0], process[process.count - 1], floor[floor.count / 2], ratios[ratios.count / 2], ratios[0],
                ratios[ratios.count - 1]))
    }
    if !shares.isEmpty {
        print("top 10 of the lint's time (one pass; shared analyses in parentheses, then rules):")
        for (name, seconds) in shares.prefix(10) {
            print(String(format: "  %5.1f%%  %8.1f ms  ", 100 * seconds / sharesTotal, seconds * 1000) + name)
        }
    }
    for (title, phases) in [("HTML analysis", htmlPhases), ("Templates' HTML analysis", templatePhases)]
    where !phases.isEmpty {
        let total = phases.reduce(0) { $0 + $1.seconds }
        print("\(title) by phase (median of the passes):")
        for (name, seconds) in phases {
            print(String(format: "  %5.1f%%  %8.2f ms  ", 100 * seconds / total, seconds * 1000) + name)
        }
    }
    print("peak memory (VmHWM): \(peakMemory.map { "\($0) KiB" } ?? "unknown")")
}
if sink == 42 { print("") }  // keeps the work observable to the optimiser
