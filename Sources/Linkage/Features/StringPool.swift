/// Interned strings: each distinct string gets a small integer id, and its
/// bytes live in one contiguous buffer.
///
/// Linkage data repeats values heavily (a few thousand distinct names over
/// millions of records), so records hold 4-byte ids instead of strings,
/// equality is an integer comparison, and similarity functions read bytes
/// without copying or bridging.
final class StringPool: @unchecked Sendable {
    // Unchecked: filled by one thread during feature building, then only
    // read. `freeze()` marks the switch.
    private var ids: [String: Int32] = [:]
    private var storage: [UInt8] = []
    private var offsets: [Int] = [0]
    private var frozenBytes: UnsafeMutableBufferPointer<UInt8>?

    init() {}

    deinit { frozenBytes?.deallocate() }

    var count: Int { offsets.count - 1 }

    /// The id of `text`, adding it if new. Not thread-safe.
    func intern(_ text: String) -> Int32 {
        if let id = ids[text] { return id }
        let id = Int32(count)
        ids[text] = id
        storage.append(contentsOf: text.utf8)
        offsets.append(storage.count)
        return id
    }

    func id(of text: String) -> Int32? { ids[text] }

    func string(_ id: Int32) -> String {
        let index = Int(id)
        return String(decoding: storage[offsets[index]..<offsets[index + 1]], as: UTF8.self)
    }

    /// Pins the bytes so that ``bytes(_:)`` can hand out buffers without
    /// copying; call once, after the last `intern`.
    func freeze() {
        guard frozenBytes == nil else { return }
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(1, storage.count))
        _ = buffer.initialize(from: storage)
        frozenBytes = buffer
        ids = [:]
        ids.reserveCapacity(0)
    }

    /// The bytes of `id`; valid while the pool lives. Requires `freeze()`.
    @inline(__always)
    func bytes(_ id: Int32) -> UnsafeBufferPointer<UInt8> {
        let index = Int(id)
        let start = offsets[index]
        return UnsafeBufferPointer(rebasing: UnsafeBufferPointer(frozenBytes!)[start..<offsets[index + 1]])
    }
}

/// Up to six ids, unused slots -1: the tokens or phonetic codes of one name.
/// Fixed size so that per-record features need no heap allocation.
public struct SmallIDSet: Sendable, Hashable {
    var a: Int32 = -1, b: Int32 = -1, c: Int32 = -1, d: Int32 = -1, e: Int32 = -1, f: Int32 = -1

    init() {}

    init<S: Sequence>(_ values: S) where S.Element == Int32 {
        for value in values { insert(value) }
    }

    static let capacity = 6

    var count: Int {
        var n = 0
        for value in [a, b, c, d, e, f] where value >= 0 { n += 1 }
        return n
    }

    var isEmpty: Bool { a < 0 }

    @inline(__always)
    subscript(index: Int) -> Int32 {
        switch index {
        case 0: a
        case 1: b
        case 2: c
        case 3: d
        case 4: e
        default: f
        }
    }

    /// Adds `value` unless present or full (extra values are dropped: names
    /// with more than six parts are rare and the first parts matter most).
    mutating func insert(_ value: Int32) {
        guard value >= 0, !contains(value) else { return }
        if a < 0 { a = value } else if b < 0 { b = value } else if c < 0 { c = value }
        else if d < 0 { d = value } else if e < 0 { e = value } else if f < 0 { f = value }
    }

    @inline(__always)
    func contains(_ value: Int32) -> Bool {
        value >= 0 && (a == value || b == value || c == value || d == value || e == value || f == value)
    }

    @inline(__always)
    func intersects(_ other: SmallIDSet) -> Bool {
        for index in 0..<Self.capacity {
            let value = self[index]
            if value < 0 { return false }
            if other.contains(value) { return true }
        }
        return false
    }

    /// Every id of `self` is in `other` (and `self` is not empty).
    func isSubset(of other: SmallIDSet) -> Bool {
        guard !isEmpty else { return false }
        for index in 0..<Self.capacity {
            let value = self[index]
            if value < 0 { return true }
            if !other.contains(value) { return false }
        }
        return true
    }

    var values: [Int32] { (0..<Self.capacity).map { self[$0] }.filter { $0 >= 0 } }
}
