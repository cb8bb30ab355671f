import Foundation

/// Runs `body` over `0..<count` split into contiguous chunks on all cores.
///
/// Linkage phases are embarrassingly parallel over records or blocks; each
/// chunk writes only to its own slot of a preallocated result, so no locks
/// are needed. `Dispatch.concurrentPerform` hands chunks to idle threads,
/// which balances uneven chunks (big blocks) without an atomic counter.
func parallelForChunks(count: Int, chunks requested: Int? = nil, _ body: (Int, Range<Int>) -> Void) {
    guard count > 0 else { return }
    let chunkCount = max(1, min(count, requested ?? ProcessInfo.processInfo.activeProcessorCount * 8))
    let size = (count + chunkCount - 1) / chunkCount
    let realChunks = (count + size - 1) / size
    withoutActuallyEscaping(body) { body in
        // Each chunk touches disjoint data (see above), which is what makes
        // sharing the closure across threads sound.
        let shared = UncheckedSendable(body)
        DispatchQueue.concurrentPerform(iterations: realChunks) { chunk in
            let start = chunk * size
            shared.value(chunk, start..<min(count, start + size))
        }
    }
}

/// Fills an array of `count` values computed in parallel by `make(index)`.
func parallelMap<T>(count: Int, _ make: (Int) -> T) -> [T] {
    guard count > 0 else { return [] }
    return [T](unsafeUninitializedCapacity: count) { buffer, initialised in
        let base = UnsafeSendablePointer(buffer.baseAddress!)
        parallelForChunks(count: count) { _, range in
            for index in range { (base.pointer + index).initialize(to: make(index)) }
        }
        initialised = count
    }
}

/// Collects per-chunk results of a parallel loop in chunk order.
func parallelCollect<T>(count: Int, chunks: Int? = nil, _ body: (Range<Int>) -> T) -> [T] {
    guard count > 0 else { return [] }
    let chunkCount = max(1, min(count, chunks ?? ProcessInfo.processInfo.activeProcessorCount * 8))
    let size = (count + chunkCount - 1) / chunkCount
    let realChunks = (count + size - 1) / size
    var slots = [T?](repeating: nil, count: realChunks)
    slots.withUnsafeMutableBufferPointer { buffer in
        let base = UnsafeSendablePointer(buffer.baseAddress!)
        withoutActuallyEscaping(body) { body in
            let shared = UncheckedSendable(body)
            DispatchQueue.concurrentPerform(iterations: realChunks) { chunk in
                let start = chunk * size
                base.pointer[chunk] = shared.value(start..<min(count, start + size))
            }
        }
    }
    return slots.map { $0! }
}

/// A raw pointer that parallel loops may share: every chunk writes disjoint
/// indices, which is what makes the `@unchecked` claim true.
struct UnsafeSendablePointer<T>: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<T>
    init(_ pointer: UnsafeMutablePointer<T>) { self.pointer = pointer }
}

/// A value shared by the chunks of one parallel loop; the loops above only
/// use it for closures whose chunks touch disjoint data.
struct UncheckedSendable<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}

/// Collects per-chunk results in chunk order, like ``parallelCollect(count:chunks:_:)``,
/// but runs the chunks on one worker per core, each with its own state made
/// once by `makeState` (a memo of comparisons, scratch buffers).
///
/// The state lives across the chunks a worker takes, so a memo keeps its
/// hits for the whole loop; which worker takes which chunk depends on
/// scheduling, so `body` must give the same result whatever the state holds
/// (a memo only saves work). Results are still merged in chunk order.
func parallelCollect<S, T>(count: Int, chunks: Int? = nil, makeState: () -> S, _ body: (inout S, Range<Int>) -> T) -> [T] {
    guard count > 0 else { return [] }
    let chunkCount = max(1, min(count, chunks ?? ProcessInfo.processInfo.activeProcessorCount * 8))
    let size = (count + chunkCount - 1) / chunkCount
    let realChunks = (count + size - 1) / size
    let workers = max(1, min(realChunks, ProcessInfo.processInfo.activeProcessorCount))
    var slots = [T?](repeating: nil, count: realChunks)
    let next = ChunkCounter()
    slots.withUnsafeMutableBufferPointer { buffer in
        let base = UnsafeSendablePointer(buffer.baseAddress!)
        withoutActuallyEscaping(makeState) { makeState in
            withoutActuallyEscaping(body) { body in
                let shared = UncheckedSendable((makeState, body))
                DispatchQueue.concurrentPerform(iterations: workers) { _ in
                    var state = shared.value.0()
                    while let chunk = next.take(below: realChunks) {
                        let start = chunk * size
                        base.pointer[chunk] = shared.value.1(&state, start..<min(count, start + size))
                    }
                }
            }
        }
    }
    return slots.map { $0! }
}

/// Hands out chunk numbers 0, 1, 2, … to the workers of one parallel loop.
final class ChunkCounter: @unchecked Sendable {
    // Unchecked: `value` is only touched under `lock`.
    private let lock = NSLock()
    private var value = 0

    func take(below limit: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard value < limit else { return nil }
        value += 1
        return value - 1
    }
}
