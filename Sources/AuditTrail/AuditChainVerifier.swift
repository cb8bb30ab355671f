/// Checks a stored audit log, entry by entry, in sequence order.
///
/// Feed it every entry with ``check(_:storedHash:)``; it keeps only the last
/// entry's hash, so a log of any length is verified in constant memory.
public struct AuditChainVerifier: Sendable {
    /// What is wrong with an entry.
    public enum Problem: Hashable, Sendable, CustomStringConvertible {
        /// The entry's fields no longer give its stored hash: it was changed after it was written.
        case altered(sequence: Int64, storedHash: String, computedHash: String)
        /// The entry does not point at the hash of the entry before it: an entry
        /// before it was removed, replaced or reordered.
        case brokenLink(sequence: Int64, expectedPreviousHash: String, foundPreviousHash: String)
        /// Sequence numbers jump: entries are missing.
        case missing(fromSequence: Int64, toSequence: Int64)

        public var sequence: Int64 {
            switch self {
            case .altered(let sequence, _, _), .brokenLink(let sequence, _, _): sequence
            case .missing(let from, _): from
            }
        }

        public var description: String {
            switch self {
            case .altered(let sequence, let stored, let computed):
                "entry #\(sequence) was altered after it was written (stored hash \(stored.prefix(12))…, its content hashes to \(computed.prefix(12))…)"
            case .brokenLink(let sequence, let expected, let found):
                "entry #\(sequence) does not follow the entry before it (it points at \(found.prefix(12))…, the previous entry hashes to \(expected.prefix(12))…)"
            case .missing(let from, let to):
                from == to ? "entry #\(from) is missing" : "entries #\(from) to #\(to) are missing"
            }
        }
    }

    /// How many entries have been checked.
    public private(set) var checkedCount: Int64 = 0
    /// The hash of the last entry checked: the head of the chain so far.
    public private(set) var headHash = AuditChain.genesisHash
    private var nextSequence: Int64 = 1

    public init() {}

    /// Checks the next entry and returns what is wrong with it, if anything.
    ///
    /// After a problem the verifier carries on from the entry's stored values, so
    /// one altered entry is reported once rather than breaking every later check.
    public mutating func check(_ entry: AuditEntryContent, storedHash: String) -> [Problem] {
        var problems: [Problem] = []
        if entry.sequence > nextSequence {
            problems.append(.missing(fromSequence: nextSequence, toSequence: entry.sequence - 1))
        }
        if entry.previousHash != headHash {
            problems.append(.brokenLink(sequence: entry.sequence, expectedPreviousHash: headHash, foundPreviousHash: entry.previousHash))
        }
        let computed = AuditChain.hash(of: entry)
        if computed != storedHash {
            problems.append(.altered(sequence: entry.sequence, storedHash: storedHash, computedHash: computed))
        }
        checkedCount += 1
        headHash = storedHash
        nextSequence = entry.sequence + 1
        return problems
    }
}
