/// A capture-history table: how many cases were seen on each combination of K lists.
///
/// The table holds a count for every observable pattern (`2^K − 1` of them); patterns
/// that were not given count as zero. The all-zero pattern, cases on no list, is the
/// unknown "dark figure" and is never part of the table.
///
/// ```swift
/// let table = try CaptureHistory(
///     listNames: ["Police", "NGO"],
///     rows: [.init(lists: [0], count: 60), .init(lists: [1], count: 40), .init(lists: [0, 1], count: 20)]
/// )
/// ```
public struct CaptureHistory: Sendable, Equatable {
    /// The largest number of lists a table may have. Model fits grow with `2^K` cells.
    public static let maximumListCount = 10

    /// One given row: a pattern and its count.
    public struct Row: Sendable, Equatable {
        /// The lists the cases were on.
        public var pattern: CapturePattern
        /// How many cases have exactly that pattern.
        public var count: Int

        /// A row from a pattern and a count.
        public init(pattern: CapturePattern, count: Int) {
            self.pattern = pattern
            self.count = count
        }

        /// A row from the 0-based indices of the lists and a count.
        public init(lists: [Int], count: Int) {
            self.init(pattern: CapturePattern(lists: lists), count: count)
        }
    }

    /// The list names, in column order. List `i` is bit `i` of a pattern.
    public let listNames: [String]
    /// An optional label, such as "Female" or "18+", when the table is one stratum of a larger one.
    public let stratum: String?
    /// Counts indexed by pattern bitmask; index 0 (the dark figure) is always 0.
    let cells: [Int]

    /// Builds and validates a table.
    /// - Parameters:
    ///   - listNames: one unique, non-empty name per list (2 to `maximumListCount`).
    ///   - rows: the observed patterns with their counts; missing patterns count as zero.
    ///   - stratum: an optional label for a stratum.
    /// - Throws: `EstimationError` for too few or too many lists, duplicate or empty names,
    ///   negative counts, an all-zero pattern, a pattern given twice, or a table with no cases.
    public init(listNames: [String], rows: [Row], stratum: String? = nil) throws {
        try Self.validate(listNames: listNames)
        var cells = [Int](repeating: 0, count: 1 << listNames.count)
        var seen = Set<Int>()
        for row in rows {
            try Self.validate(row: row, listNames: listNames)
            if !seen.insert(row.pattern.mask).inserted {
                throw EstimationError.duplicatePattern(row.pattern.flags(listCount: listNames.count))
            }
            cells[row.pattern.mask] = row.count
        }
        guard cells.contains(where: { $0 > 0 }) else { throw EstimationError.emptyTable }
        self.listNames = listNames
        self.stratum = stratum
        self.cells = cells
    }

    /// Builds a table from counts keyed by pattern; see `init(listNames:rows:stratum:)`.
    public init(listNames: [String], counts: [CapturePattern: Int], stratum: String? = nil) throws {
        let rows = counts.sorted { $0.key < $1.key }.map { Row(pattern: $0.key, count: $0.value) }
        try self.init(listNames: listNames, rows: rows, stratum: stratum)
    }

    /// Internal initialiser for tables derived from a valid one (resamples, merged or dropped lists).
    init(validatedListNames listNames: [String], cells: [Int], stratum: String?) {
        self.listNames = listNames
        self.cells = cells
        self.stratum = stratum
    }

    /// The number of lists, K.
    public var listCount: Int { listNames.count }

    /// The count of one pattern (zero when it was not given, and for the all-zero pattern).
    public func count(of pattern: CapturePattern) -> Int {
        pattern.mask > 0 && pattern.mask < cells.count ? cells[pattern.mask] : 0
    }

    /// The number of distinct cases seen on at least one list.
    public var observedTotal: Int { cells.reduce(0, +) }

    /// All `2^K − 1` observable patterns with their counts, zeros included, by bitmask.
    public var allPatterns: [Row] {
        (1..<cells.count).map { Row(pattern: CapturePattern(mask: $0), count: cells[$0]) }
    }

    /// The patterns with a positive count, by bitmask.
    public var observedPatterns: [Row] { allPatterns.filter { $0.count > 0 } }

    /// How many cases are on list `list` (its size).
    public func listTotal(_ list: Int) -> Int {
        let bit = 1 << list
        return cells.indices.reduce(0) { $1 & bit != 0 ? $0 + cells[$1] : $0 }
    }

    /// How many cases are on every list of `lists` (and possibly others): the overlap.
    public func overlap(_ lists: CapturePattern) -> Int {
        cells.indices.reduce(0) { $1 & lists.mask == lists.mask ? $0 + cells[$1] : $0 }
    }

    /// The index of a list by name.
    /// - Throws: `EstimationError.unknownList` when there is no such list.
    public func listIndex(named name: String) throws -> Int {
        guard let index = listNames.firstIndex(of: name) else { throw EstimationError.unknownList(name) }
        return index
    }
}
