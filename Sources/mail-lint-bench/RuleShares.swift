import Foundation
import MailLint

/// Where the time of a full lint goes: the shared analyses of `LintContext` (each computed
/// once per message, timed when first forced) and then each rule's own check on a context
/// whose analyses are ready. One pass over the messages.
enum RuleShares {
    /// Seconds per analysis or rule, largest first.
    static func measure(_ messages: [[UInt8]], linter: Linter) -> [(name: String, seconds: Double)] {
        var totals: [String: Double] = [:]
        func time(_ name: String, _ body: () -> Void) {
            let start = DispatchTime.now().uptimeNanoseconds
            body()
            totals[name, default: 0] += Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        }
        var sink = 0
        for (index, bytes) in messages.enumerated() {
            var message: Message?
            time("(parse: MailParser)") { message = MessageParser.parse(bytes) }
            guard let message else { continue }
            let context = LintContext(message: message, file: "m\(index).eml", configuration: linter.configuration)
            time("(text parts: transfer and charset decoding)") { sink &+= context.textParts.count }
            time("(HTML parts: MailHTML analysis)") { sink &+= context.htmlParts.count }
            time("(body texts)") { sink &+= context.bodyTexts.count }
            time("(opt-out links)") { sink &+= context.optOutLinks.count }
            time("(message kind)") { sink &+= context.classification.signals.count }
            time("(contact paths)") { sink &+= context.contactPaths.count }
            time("(defects)") { sink &+= context.defects.count }
            for rule in linter.rules {
                let description = rule.description
                guard linter.configuration.severity(for: description) != nil else { continue }
                let options = linter.configuration.options(for: description)
                time(description.id) { sink &+= rule.init().check(context, options: options).count }
            }
        }
        if sink == 42 { print("") }
        return totals.sorted { $0.value > $1.value }.map { ($0.key, $0.value) }
    }
}

/// Parallel lint over `jobs` threads, messages handed out in order (as `--jobs` does).
enum ParallelLint {
    static func run(_ messages: [[UInt8]], linter: Linter, jobs: Int) -> Int {
        let counts = UnsafeMutableBufferPointer<Int>.allocate(capacity: messages.count)
        defer { counts.deallocate() }
        nonisolated(unsafe) let shared = counts
        ParallelIndices.forEach(messages.count, jobs: jobs, largestFirst: messages.map(\.count)) { index in
            shared[index] = linter.lint(messages[index], file: "m\(index).eml").count
        }
        return counts.reduce(0, +)
    }
}

/// The process's peak resident set, from `/proc/self/status` (VmHWM), in KiB.
enum PeakMemory {
    static func kilobytes() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        return status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") }.flatMap { Int($0.filter(\.isNumber)) }
    }
}
