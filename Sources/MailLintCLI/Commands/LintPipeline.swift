import Dispatch
import Foundation
import MailLint

/// Messages linted on worker threads as they are read, their results handed back in input
/// order.
///
/// The reading thread submits messages; `jobs` workers each take the next one as soon as
/// they are free, so there is no batch for the slowest message of which the others wait;
/// the reading thread delivers finished results in input order whenever it comes by, and
/// waits for the next one only when too much is in flight (`capacity` messages or
/// `maxBytes` of them), which bounds memory as the batches did.
final class LintPipeline: @unchecked Sendable {
    /// A message's diagnostics and what the run rules read of it.
    typealias Result = (LintedMessage, [RunObservation])

    // Every field below is read and written with `condition` locked.
    private let condition = NSCondition()
    private var waiting: [Int: InputMessage] = [:]
    private var finished: [Int: Result] = [:]
    private var sizes: [Int: Int] = [:]
    private var submitted = 0
    private var taken = 0
    private var delivered = 0
    private var bytesInFlight = 0
    private var closed = false

    private let capacity: Int
    private let maxBytes: Int
    private let workers = DispatchGroup()

    /// Starts `jobs` workers that run `work` on each message submitted.
    init(jobs: Int, capacity: Int, maxBytes: Int, work: @escaping @Sendable (InputMessage) -> Result) {
        self.capacity = max(capacity, 1)
        self.maxBytes = maxBytes
        for _ in 0..<max(jobs, 1) {
            DispatchQueue.global().async(group: workers) { self.workLoop(work) }
        }
    }

    private func workLoop(_ work: (InputMessage) -> Result) {
        while true {
            condition.lock()
            while taken == submitted, !closed { condition.wait() }
            guard taken < submitted else {
                condition.unlock()
                return
            }
            let index = taken
            taken += 1
            let input = waiting.removeValue(forKey: index)!
            condition.unlock()
            let result = work(input)
            condition.lock()
            finished[index] = result
            condition.broadcast()
            condition.unlock()
        }
    }

    /// Hands `input` to the workers. Delivers the results that are ready, in input order;
    /// when too much is in flight, waits for the next result first.
    func submit(_ input: InputMessage, deliver: (Result) -> Void) {
        condition.lock()
        // A message larger than `maxBytes` goes in alone.
        while submitted - delivered >= capacity
            || (bytesInFlight + input.bytes.count > maxBytes && delivered < submitted)
        {
            let result = nextResult()
            condition.unlock()
            deliver(result)
            condition.lock()
        }
        waiting[submitted] = input
        sizes[submitted] = input.bytes.count
        bytesInFlight += input.bytes.count
        submitted += 1
        condition.broadcast()
        condition.unlock()
        deliverReady(deliver)
    }

    /// Delivers every result still to come, in input order, and stops the workers.
    func finish(deliver: (Result) -> Void) {
        condition.lock()
        closed = true
        condition.broadcast()
        while delivered < submitted {
            let result = nextResult()
            condition.unlock()
            deliver(result)
            condition.lock()
        }
        condition.unlock()
        workers.wait()
    }

    /// Delivers the results that follow the last one delivered and are finished.
    private func deliverReady(_ deliver: (Result) -> Void) {
        condition.lock()
        while delivered < submitted, finished[delivered] != nil {
            let result = nextResult()
            condition.unlock()
            deliver(result)
            condition.lock()
        }
        condition.unlock()
    }

    /// The next result in input order, waited for; `condition` is locked.
    private func nextResult() -> Result {
        while finished[delivered] == nil { condition.wait() }
        let result = finished.removeValue(forKey: delivered)!
        bytesInFlight -= sizes.removeValue(forKey: delivered) ?? 0
        delivered += 1
        return result
    }
}
