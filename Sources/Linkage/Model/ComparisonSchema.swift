/// The fields a model compares and the agreement levels of each.
///
/// Level 0 of every field is "null" (a value missing on either side): it
/// carries weight 0, so missing data counts neither for nor against a match.
/// Higher levels are ordered from strongest agreement to disagreement; the
/// comparator assigns the first level that applies.
public struct ComparisonSchema: Sendable, Codable, Hashable {
    public struct Field: Sendable, Codable, Hashable {
        public var name: String
        /// Level names, index 0 = "null".
        public var levels: [String]
        /// The level whose weight is adjusted by the term frequency of the
        /// agreeing value (the exact-match level), if any.
        public var termFrequencyLevel: Int?
    }

    public var fields: [Field]

    /// Number of distinct comparison vectors (product of level counts).
    public var patternCount: Int { fields.reduce(1) { $0 * $1.levels.count } }

    /// Mixed-radix index of a comparison vector, first field most significant.
    @inline(__always)
    func pattern(of vector: ComparisonVector) -> Int {
        var index = 0
        for field in 0..<fields.count {
            index = index * fields[field].levels.count + Int(vector.levels[field])
        }
        return index
    }

    /// The levels encoded in a pattern index.
    func levels(ofPattern pattern: Int) -> [Int] {
        var remaining = pattern
        var levels = [Int](repeating: 0, count: fields.count)
        for field in stride(from: fields.count - 1, through: 0, by: -1) {
            let count = fields[field].levels.count
            levels[field] = remaining % count
            remaining /= count
        }
        return levels
    }

    /// The plain-text model: names by string similarity and phonetics,
    /// dates by parts, phone by digit edits.
    public static let standard = ComparisonSchema(fields: [
        Field(name: "given_name", levels: NameLevels.plaintext, termFrequencyLevel: 1),
        Field(name: "family_name", levels: NameLevels.plaintext, termFrequencyLevel: 1),
        Field(name: "birth_date", levels: DateLevels.names, termFrequencyLevel: nil),
        Field(name: "sex", levels: ["null", "exact", "different"], termFrequencyLevel: nil),
        Field(name: "nationality", levels: ["null", "exact", "different"], termFrequencyLevel: nil),
        Field(name: "city", levels: ["null", "exact", "token or typo", "different"], termFrequencyLevel: 1),
        Field(name: "phone", levels: ["null", "exact", "one digit edit", "different"], termFrequencyLevel: 1),
    ])
}

/// The outcome of comparing one pair: a level per field and, for fields at
/// their exact level, the term frequency of the shared value (0 = none).
public struct ComparisonVector: Sendable {
    public static let maxFields = 8
    public var levels = SIMD8<UInt8>()
    public var termFrequencies = SIMD8<Float>()

    public init() {}
}

/// Level names of name fields.
public enum NameLevels {
    public static let plaintext = [
        "null", "exact", "transliteration-folded exact", "Damerau-Levenshtein <= 1", "Jaro-Winkler >= 0.92",
        "Double Metaphone", "token subset, nickname or prefix", "Damerau-Levenshtein <= 2 or Jaro-Winkler >= 0.85",
        "different",
    ]
    public static let encoded = [
        "null", "exact", "transliteration-folded exact", "Dice >= 0.9", "Dice >= 0.8",
        "Double Metaphone", "token subset or nickname", "Dice >= 0.65", "different",
    ]
}

/// Level names of the birth-date field.
public enum DateLevels {
    public static let names = [
        "null", "exact", "year-month agree (day unknown)", "day/month swapped", "same year-month, day differs",
        "year agrees (month unknown)", "same year, month differs", "same month-day, year differs",
        "year +/- 1", "different",
    ]
}

/// Compares two records by index and returns their comparison vector.
/// The plain-text and privacy-preserving comparators share every other
/// part of the pipeline (training, blocking, scoring, clustering).
public protocol PairComparator: Sendable {
    /// Working memory one thread reuses across its comparisons (a memo of
    /// name levels); `Void` when the comparator needs none.
    associatedtype Scratch = Void
    var schema: ComparisonSchema { get }
    var recordCount: Int { get }
    func compare(_ i: Int, _ j: Int) -> ComparisonVector
    /// A fresh scratch for one thread.
    func makeScratch() -> Scratch
    /// The same vector as ``compare(_:_:)``, using and filling `scratch`.
    func compare(_ i: Int, _ j: Int, scratch: inout Scratch) -> ComparisonVector
    /// The same vector, or nil when the pair's match weight under `weights`
    /// is certainly below `minimumWeight`: scoring keeps no such pair, so a
    /// comparator may skip its costliest fields once the cheap ones rule
    /// the pair out. The default never skips.
    func compare(_ i: Int, _ j: Int, scratch: inout Scratch, unlessBelow minimumWeight: Double,
                 weights: MatchWeights) -> ComparisonVector?
}

extension PairComparator {
    public func compare(_ i: Int, _ j: Int, scratch: inout Scratch, unlessBelow minimumWeight: Double,
                        weights: MatchWeights) -> ComparisonVector? {
        compare(i, j, scratch: &scratch)
    }
}

extension PairComparator where Scratch == Void {
    public func makeScratch() {}

    public func compare(_ i: Int, _ j: Int, scratch: inout Void) -> ComparisonVector { compare(i, j) }
}
