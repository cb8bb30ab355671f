import Dispatch
import Foundation

/// Runs independent pieces of work on all cores. Each piece writes only its own slot, so the
/// results do not depend on scheduling: seeded bootstraps give the same answer on 1 or 64 cores.
enum Parallel {
    /// Evaluates `body(0..<count)` concurrently and returns the results in index order.
    static func map<T>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
        let slots = Slots<T>(count: count)
        if count == 1 || ProcessInfo.processInfo.activeProcessorCount == 1 {
            for index in 0..<count { slots.store(body(index), at: index) }
        } else {
            DispatchQueue.concurrentPerform(iterations: count) { index in
                slots.store(body(index), at: index)
            }
        }
        return slots.values()
    }

    /// How many chunks to split a loop into: a few per core, for load balance.
    static var chunkCount: Int { max(1, ProcessInfo.processInfo.activeProcessorCount * 4) }
}

/// Write-once result slots, one per index; each index is written by exactly one worker.
private final class Slots<T>: @unchecked Sendable {
    private var storage: UnsafeMutablePointer<T?>
    private let count: Int

    init(count: Int) {
        self.count = count
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil, count: count)
    }

    func store(_ value: T, at index: Int) { storage[index] = value }

    func values() -> [T] { (0..<count).map { storage[$0]! } }

    deinit {
        storage.deinitialize(count: count)
        storage.deallocate()
    }
}
