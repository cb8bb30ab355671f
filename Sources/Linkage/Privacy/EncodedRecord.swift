/// What an agency sends for one record in privacy-preserving mode: keyed
/// hashes and Bloom filters only, no names, dates or numbers.
public struct EncodedRecord: Sendable, Hashable {
    /// The parts of ``tokens``, in order. Each part is a list of 64-bit
    /// keyed hashes (tokens); an empty list means the value is unknown.
    public enum Part: Int, CaseIterable, Sendable {
        case givenExact, givenFolded, givenTokens, givenCodes, givenFormal
        case familyExact, familyFolded, familyTokens, familyCodes, familyFormal
        /// Six positional hashes (0 = absent): year, year-month, year-month-day,
        /// year-day-month (the swapped reading), month-day, year + 1.
        case birthDate
        case sex, nationality, city, cityTokens, phone, phoneVariants
    }

    public var id: String
    public var source: String
    /// Name Bloom filters: given name in the first half, family name in the
    /// second (``BloomEncoder``, 2 × 512 bits).
    public var bloom: [UInt64]
    /// Precision of the birth date: 0 unknown, 1 year, 2 year-month, 3 full.
    /// Sent in clear: it says how much the agency knows, not what.
    public var datePrecision: UInt8
    public var tokens: [[UInt64]]
    /// Blocking keys, already combined with their rule (``BlockingKey``).
    public var blockingKeys: [UInt64]
    /// Order inside oversized blocks.
    public var sortKey: UInt64

    public subscript(part: Part) -> [UInt64] { tokens[part.rawValue] }
}
