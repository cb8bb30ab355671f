/// A set of document keys in `0..<capacity`, one bit each: the engine's
/// boolean operators are word-wise `AND`, `OR` and `AND NOT` over these.
public struct KeySet: Sendable, Equatable {
    private(set) var words: [UInt64]
    /// One more than the largest key the set can hold.
    public let capacity: Int

    /// An empty set.
    public init(capacity: Int) {
        self.capacity = capacity
        self.words = [UInt64](repeating: 0, count: (capacity + 63) / 64)
    }

    /// Gives `body` the words, for loops that set many bits.
    mutating func withUnsafeWords<R>(_ body: (UnsafeMutableBufferPointer<UInt64>) -> R) -> R {
        words.withUnsafeMutableBufferPointer { body($0) }
    }

    /// Gives `body` the words to read.
    func withUnsafeWords<R>(_ body: (UnsafeBufferPointer<UInt64>) -> R) -> R {
        words.withUnsafeBufferPointer(body)
    }

    public mutating func insert(_ key: Int) {
        words[key >> 6] |= 1 << UInt64(key & 63)
    }

    public func contains(_ key: Int) -> Bool {
        key >= 0 && key < capacity && words[key >> 6] & (1 << UInt64(key & 63)) != 0
    }

    public var count: Int {
        words.reduce(0) { $0 + $1.nonzeroBitCount }
    }

    public mutating func formIntersection(_ other: KeySet) {
        for index in words.indices { words[index] &= other.words[index] }
    }

    public mutating func formUnion(_ other: KeySet) {
        for index in words.indices { words[index] |= other.words[index] }
    }

    public mutating func subtract(_ other: KeySet) {
        for index in words.indices { words[index] &= ~other.words[index] }
    }

    /// Calls `body` with each key, ascending.
    public func forEach(_ body: (Int) -> Void) {
        for (index, word) in words.enumerated() {
            var bits = word
            while bits != 0 {
                body(index << 6 | bits.trailingZeroBitCount)
                bits &= bits - 1
            }
        }
    }
}
