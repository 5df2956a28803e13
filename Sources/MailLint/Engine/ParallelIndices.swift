import Dispatch
import Synchronization

/// Work over indices shared by several threads, each taking the next index when it has
/// finished its last: a long message occupies one thread while the others go on, where a
/// fixed split would leave them waiting for it at the end.
public enum ParallelIndices {
    /// Calls `body` once for every index in `0..<count`, on up to `jobs` threads; returns
    /// when all calls have returned. With one job (or one index) it runs on the calling
    /// thread, in order. Given `sizes` (one per index), the threads take the largest first,
    /// so that no long item starts last while the other threads have nothing left to do.
    public static func forEach(
        _ count: Int, jobs: Int, largestFirst sizes: [Int]? = nil, _ body: @Sendable (Int) -> Void
    ) {
        let workers = min(max(jobs, 1), count)
        guard workers > 1 else {
            for index in 0..<count { body(index) }
            return
        }
        let order = sizes.map { sizes in (0..<count).sorted { sizes[$0] > sizes[$1] } }
        let next = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while true {
                let taken = next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard taken < count else { return }
                body(order?[taken] ?? taken)
            }
        }
    }
}
