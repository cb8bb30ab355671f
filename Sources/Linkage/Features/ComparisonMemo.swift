/// A per-thread memo of comparison levels keyed by the ids of the two
/// values compared (two normalised names, two cities).
///
/// Names repeat heavily (a few hundred thousand distinct names over millions
/// of records) and blocking brings the same spellings together again and
/// again, so most Jaro–Winkler and Damerau–Levenshtein computations of a
/// linkage run are repeats. The memo is direct-mapped with a fixed number of
/// slots: memory stays bounded whatever the number of pairs, and a
/// collision only costs a recomputation, never a wrong level (the full key
/// is stored with the level).
///
/// Not thread-safe: each worker of a parallel loop owns one
/// (``PairComparator/makeScratch()``).
public final class ComparisonMemo {
    /// What the two ids are ids of; part of the key.
    enum Kind: UInt64 {
        case name = 1
        case city = 2
    }

    /// Ids at or above this are not memoised (the key packs two of them,
    /// the kind and the level into 64 bits).
    static let idLimit: Int32 = 1 << 24
    /// An empty slot: stored entries use the low 58 bits only, so none
    /// equals it.
    private static let empty = UInt64.max

    private let slots: UnsafeMutablePointer<UInt64>
    private let shift: UInt64
    private let mask: Int
    /// A small first level that stays in the core's cache: the commonest
    /// name pairs recur so often that most lookups end here instead of
    /// waiting on main memory for a slot of the large table.
    private let near: UnsafeMutablePointer<UInt64>
    private static let nearLog2 = 12

    /// Lookups and misses, for tests and tuning.
    private(set) var lookups = 0
    private(set) var misses = 0

    /// - Parameter slotsLog2: 2^slotsLog2 slots of 8 bytes (the default, 2^20, is 8 MB).
    init(slotsLog2: Int = 20) {
        let count = 1 << slotsLog2
        slots = .allocate(capacity: count)
        slots.initialize(repeating: Self.empty, count: count)
        shift = UInt64(64 - slotsLog2)
        mask = count - 1
        near = .allocate(capacity: 1 << Self.nearLog2)
        near.initialize(repeating: Self.empty, count: 1 << Self.nearLog2)
    }

    deinit {
        slots.deallocate()
        near.deallocate()
    }

    /// The level of (`a`, `b`) of `kind`, computing and storing it with
    /// `compute` when not memoised. The order of `a` and `b` is part of the
    /// key: the similarity functions are not all symmetric to the last bit.
    @inline(__always)
    func level(_ kind: Kind, _ a: Int32, _ b: Int32, compute: () -> UInt8) -> UInt8 {
        guard a < Self.idLimit, b < Self.idLimit, a >= 0, b >= 0 else { return compute() }
        let key = kind.rawValue << 48 | UInt64(a) << 24 | UInt64(b)
        let hash = key &* 0x9E37_79B9_7F4A_7C15
        let nearSlot = Int(truncatingIfNeeded: hash >> UInt64(64 - Self.nearLog2))
        lookups &+= 1
        let nearEntry = near[nearSlot]
        if nearEntry >> 8 == key { return UInt8(truncatingIfNeeded: nearEntry) }
        let slot = Int(truncatingIfNeeded: hash >> shift) & mask
        var entry = slots[slot]
        if entry >> 8 != key {
            misses &+= 1
            entry = key << 8 | UInt64(compute())
            slots[slot] = entry
        }
        near[nearSlot] = entry
        return UInt8(truncatingIfNeeded: entry)
    }
}
