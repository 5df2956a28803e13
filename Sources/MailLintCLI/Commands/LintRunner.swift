import MailLint

/// Lints the messages of an input, `jobs` at a time, and delivers the results in input
/// order, so output is the same for any `jobs`. With more than one job the messages go
/// through a `LintPipeline` as they are read; memory holds at most `jobs × messagesPerJob`
/// messages or `maxBytesInFlight` of them (and always one message, whatever its size). The
/// run rules (`message-id-reused`) compare each message with the earlier ones of every
/// input the runner lints, in input order.
struct LintRunner: Sendable {
    let linter: Linter
    let jobs: Int
    /// What the run rules have seen so far.
    var run: LintRun
    /// Messages in flight per job, and bytes in flight at most.
    let messagesPerJob = 16
    let maxBytesInFlight = 64 << 20

    init(linter: Linter, jobs: Int) {
        self.linter = linter
        self.jobs = jobs
        run = LintRun(linter: linter)
    }

    /// Lints every message of `source`; returns what could not be read.
    mutating func lint(
        _ source: InputSource, standardInput: () -> Result<[UInt8], FileReadError>, _ deliver: (LintedMessage) -> Void
    )
        -> [InputProblem]
    {
        func finish(_ result: LintPipeline.Result) {
            var (linted, observations) = result
            let repeats = run.diagnostics(for: observations)
            if !repeats.isEmpty {
                linted.diagnostics = (linted.diagnostics + repeats).sorted(by: Linter.documentOrder)
            }
            deliver(linted)
        }
        guard jobs > 1 else {
            return InputReader.forEachMessage(in: source, standardInput: standardInput) { finish(lintOne($0)) }
        }
        let runner = self
        let pipeline = LintPipeline(
            jobs: jobs, capacity: jobs * messagesPerJob, maxBytes: maxBytesInFlight, work: runner.lintOne)
        let problems = InputReader.forEachMessage(in: source, standardInput: standardInput) { input in
            pipeline.submit(input, deliver: finish)
        }
        pipeline.finish(deliver: finish)
        return problems
    }

    @Sendable private func lintOne(_ input: InputMessage) -> LintPipeline.Result {
        let context =
            if let template = input.template {
                linter.templateContext(template, file: input.file)
            } else {
                linter.messageContext(
                    input.bytes, file: input.file, messageIndex: input.messageIndex, origin: input.origin)
            }
        let diagnostics = linter.lint(context)
        let linted = LintedMessage(
            file: input.file, messageIndex: input.messageIndex, message: context.message, diagnostics: diagnostics)
        return (linted, linter.runObservations(context))
    }
}
