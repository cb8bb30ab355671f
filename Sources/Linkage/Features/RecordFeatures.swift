/// The comparison form of one name field of one record (ids into the
/// pools of its ``FeatureTable``).
public struct NameFeature: Sendable {
    /// Id of the normalised name (exact pool), -1 when empty.
    var exact: Int32 = -1
    /// Id of the folded joined name (token pool), -1 when empty.
    var folded: Int32 = -1
    /// Folded tokens (token pool).
    var tokens = SmallIDSet()
    /// Double Metaphone codes (code pool).
    var codes = SmallIDSet()
    /// Formal names behind nicknames (token pool).
    var formal = SmallIDSet()

    var isNull: Bool { folded < 0 }
}

/// The precomputed comparison form of one record: everything a pair
/// comparison reads, with no strings, so that a pair costs integer
/// comparisons plus, at most, a few similarity computations on bytes.
public struct RecordFeature: Sendable {
    var given = NameFeature()
    var family = NameFeature()
    /// 0 when the birth date is unknown.
    var year: Int16 = 0
    /// 0 when unknown.
    var month: Int8 = 0
    var day: Int8 = 0
    /// 0 unknown, 1 F, 2 M, 3 anything else (kept, compared as a value).
    var sex: Int8 = 0
    var nationality: Int32 = -1
    /// Id of the normalised city (city pool), -1 when unknown.
    var city: Int32 = -1
    var cityTokens = SmallIDSet()
    /// Id of the E.164 phone (phone pool), -1 when unknown.
    var phone: Int32 = -1

    var datePrecision: Int { year == 0 ? 0 : (day != 0 ? 3 : (month != 0 ? 2 : 1)) }
}
