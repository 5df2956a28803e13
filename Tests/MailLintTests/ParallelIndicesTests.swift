import Synchronization
import Testing

@testable import MailLint

/// Every index is handed out exactly once, whatever the number of jobs.
struct ParallelIndicesTests {
    final class Counts: Sendable {
        let slots: Mutex<[Int]>
        init(_ count: Int) { slots = Mutex([Int](repeating: 0, count: count)) }
    }

    @Test(arguments: [(0, 1), (0, 4), (1, 4), (7, 1), (100, 2), (1_000, 8)])
    func everyIndexRunsOnce(_ count: Int, _ jobs: Int) {
        let counts = Counts(count)
        ParallelIndices.forEach(count, jobs: jobs) { index in
            counts.slots.withLock { $0[index] += 1 }
        }
        #expect(counts.slots.withLock { $0.allSatisfy { $0 == 1 } })
        let sized = Counts(count)
        ParallelIndices.forEach(count, jobs: jobs, largestFirst: (0..<count).map { $0 % 7 }) { index in
            sized.slots.withLock { $0[index] += 1 }
        }
        #expect(sized.slots.withLock { $0.allSatisfy { $0 == 1 } })
    }

    @Test func oneJobRunsInOrder() {
        let taken = Mutex<[Int]>([])
        ParallelIndices.forEach(5, jobs: 1) { index in taken.withLock { $0.append(index) } }
        #expect(taken.withLock { $0 } == [0, 1, 2, 3, 4])
    }
}
