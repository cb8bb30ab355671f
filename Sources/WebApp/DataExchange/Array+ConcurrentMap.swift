import Foundation

extension Array where Element: Sendable {
    /// `map` on every core (or all but `sparing` of them), in order. For
    /// CPU-bound work on plain threads (importers), never on Swift's
    /// cooperative pool, which it would block.
    func concurrentMap<T: Sendable>(sparing: Int = 0, _ transform: @Sendable (Element) throws -> T) throws -> [T] {
        let chunks = Swift.min(count, ProcessInfo.processInfo.activeProcessorCount - sparing)
        guard chunks > 1 else { return try map(transform) }
        let results = ConcurrentResults<T>(chunks: chunks)
        let size = (count + chunks - 1) / chunks
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let range = (chunk * size)..<Swift.min(count, (chunk + 1) * size)
            results.set(chunk, Result { try self[range].map(transform) })
        }
        return try results.joined()
    }
}

/// The chunks' results, written from several threads.
private final class ConcurrentResults<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var chunks: [Result<[T], any Error>?]

    init(chunks: Int) {
        self.chunks = Array(repeating: nil, count: chunks)
    }

    func set(_ index: Int, _ result: Result<[T], any Error>) {
        lock.withLock { chunks[index] = result }
    }

    func joined() throws -> [T] {
        try lock.withLock { try chunks.flatMap { try $0!.get() } }
    }
}
