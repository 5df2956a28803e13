import MailLint

/// Lints the messages of an input in batches, `jobs` at a time, and delivers the results
/// in input order, so output is the same for any `jobs`. Memory holds one batch. The run
/// rules (`message-id-reused`) compare each message with the earlier ones of every input
/// the runner lints, in input order.
struct LintRunner: Sendable {
    let linter: Linter
    let jobs: Int
    /// What the run rules have seen so far.
    var run: LintRun
    /// Messages per batch (per job), and bytes per batch at most.
    let messagesPerJob = 16
    let maxBatchBytes = 64 << 20

    init(linter: Linter, jobs: Int) {
        self.linter = linter
        self.jobs = jobs
        run = LintRun(linter: linter)
    }

    /// Lints every message of `source`; returns what could not be read.
    mutating func lint(_ source: InputSource, standardInput: () -> [UInt8], _ deliver: (LintedMessage) -> Void)
        -> [InputProblem]
    {
        var batch: [InputMessage] = []
        var batchBytes = 0
        func flush() {
            guard !batch.isEmpty else { return }
            for (linted, observations) in lintBatch(batch) {
                var linted = linted
                let repeats = run.diagnostics(for: observations)
                if !repeats.isEmpty {
                    linted.diagnostics = (linted.diagnostics + repeats).sorted(by: Linter.documentOrder)
                }
                deliver(linted)
            }
            batch.removeAll(keepingCapacity: true)
            batchBytes = 0
        }
        let problems = InputReader.forEachMessage(in: source, standardInput: standardInput) { input in
            batch.append(input)
            batchBytes += input.bytes.count
            if batch.count >= jobs * messagesPerJob || batchBytes >= maxBatchBytes { flush() }
        }
        flush()
        return problems
    }

    /// Lints `inputs`, in parallel when `jobs` > 1; results, with what the run rules read
    /// of each message, in the order of `inputs`.
    func lintBatch(_ inputs: [InputMessage]) -> [(LintedMessage, [RunObservation])] {
        guard jobs > 1, inputs.count > 1 else { return inputs.map(lintOne) }
        let results = ResultSlots(count: inputs.count)
        ParallelIndices.forEach(inputs.count, jobs: jobs, largestFirst: inputs.map(\.bytes.count)) { index in
            results.store(lintOne(inputs[index]), at: index)
        }
        return results.values
    }

    private func lintOne(_ input: InputMessage) -> (LintedMessage, [RunObservation]) {
        let context =
            input.isTemplate
            ? linter.templateContext(input.bytes, file: input.file)
            : LintContext(
                message: MessageParser.parse(input.bytes, origin: input.origin, limits: linter.limits),
                file: input.file,
                messageIndex: input.messageIndex, configuration: linter.configuration)
        let diagnostics = linter.lint(context)
        let linted = LintedMessage(
            file: input.file, messageIndex: input.messageIndex, message: context.message, diagnostics: diagnostics)
        return (linted, linter.runObservations(context))
    }
}

/// One slot per message, each written by exactly one worker before the batch is read.
///
/// The slots are one buffer allocated up front and never resized; workers write disjoint
/// slots through the buffer's base address, so no two threads touch the same memory (an
/// `Array` would be reached through a mutating accessor, which itself is shared state).
private final class ResultSlots: @unchecked Sendable {
    typealias Result = (LintedMessage, [RunObservation])
    private let slots: UnsafeMutableBufferPointer<Result?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    /// Stores the result of message `index`; each index is written once, by one thread.
    func store(_ value: Result, at index: Int) { slots[index] = value }

    /// The results, read after every worker has finished.
    var values: [Result] { slots.map { $0! } }
}
