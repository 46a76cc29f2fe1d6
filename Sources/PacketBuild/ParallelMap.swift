import Foundation
import Synchronization

/// Runs `body` for each index on up to `workers` threads and returns the results in index order.
func parallelMap<T: Sendable>(_ count: Int, workers: Int, _ body: @Sendable (Int) -> T) -> [T] {
    let results = Mutex<[Int: T]>([:])
    let next = Atomic<Int>(0)
    DispatchQueue.concurrentPerform(iterations: min(max(1, workers), max(1, count))) { _ in
        while true {
            let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
            guard index < count else { return }
            let result = body(index)
            results.withLock { $0[index] = result }
        }
    }
    return results.withLock { done in (0..<count).compactMap { done[$0] } }
}
