import Dispatch
import Synchronization

/// Work over indices shared by several threads, each taking the next index when it has
/// finished its last: a long message occupies one thread while the others go on, where a
/// fixed split would leave them waiting for it at the end.
public enum ParallelIndices {
    /// Calls `body` once for every index in `0..<count`, on up to `jobs` threads; returns
    /// when all calls have returned. With one job (or one index) it runs on the calling
    /// thread, in order.
    public static func forEach(_ count: Int, jobs: Int, _ body: @Sendable (Int) -> Void) {
        let workers = min(max(jobs, 1), count)
        guard workers > 1 else {
            for index in 0..<count { body(index) }
            return
        }
        let next = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while true {
                let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard index < count else { return }
                body(index)
            }
        }
    }
}
