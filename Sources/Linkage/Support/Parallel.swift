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
