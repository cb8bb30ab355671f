/// The fields of one record that every pair comparison reads, in 36 bytes.
///
/// Scoring visits records in block order, which is random in memory; a full
/// ``RecordFeature`` spans four cache lines, this one fits in one. Name
/// tokens, codes and nickname forms are a function of the normalised name,
/// so they are looked up by its id (``CompactFeatures/nameOfExact``) only
/// when two names differ and their level is not memoised yet.
struct CompactFeature {
    var givenExact: Int32 = -1
    var familyExact: Int32 = -1
    /// -1 when the name is null (``NameFeature/isNull``).
    var givenFolded: Int32 = -1
    var familyFolded: Int32 = -1
    var nationality: Int32 = -1
    var city: Int32 = -1
    var phone: Int32 = -1
    var year: Int16 = 0
    var month: Int8 = 0
    var day: Int8 = 0
    var sex: Int8 = 0

    init() {}

    init(_ feature: RecordFeature) {
        givenExact = feature.given.exact
        familyExact = feature.family.exact
        givenFolded = feature.given.folded
        familyFolded = feature.family.folded
        nationality = feature.nationality
        city = feature.city
        phone = feature.phone
        year = feature.year
        month = feature.month
        day = feature.day
        sex = feature.sex
    }
}

/// The compact records of a ``FeatureTable`` with the per-value lookups
/// they point into. Allocated once and never resized, so the comparator
/// reads it through raw pointers (no bounds checks or reference counting
/// in the innermost loop).
final class CompactFeatures: @unchecked Sendable {
    // Unchecked: written only in `init`, then read-only.
    let records: UnsafeMutableBufferPointer<CompactFeature>
    /// The name feature of each exact-pool id.
    let nameOfExact: UnsafeMutableBufferPointer<NameFeature>
    /// The tokens of each city-pool id.
    let cityTokensOfCity: UnsafeMutableBufferPointer<SmallIDSet>

    init(features: [RecordFeature], exactCount: Int, cityCount: Int) {
        records = .allocate(capacity: max(1, features.count))
        nameOfExact = .allocate(capacity: max(1, exactCount))
        cityTokensOfCity = .allocate(capacity: max(1, cityCount))
        nameOfExact.initialize(repeating: NameFeature())
        cityTokensOfCity.initialize(repeating: SmallIDSet())
        for (index, feature) in features.enumerated() {
            (records.baseAddress! + index).initialize(to: CompactFeature(feature))
            for name in [feature.given, feature.family] where name.exact >= 0 { nameOfExact[Int(name.exact)] = name }
            if feature.city >= 0 { cityTokensOfCity[Int(feature.city)] = feature.cityTokens }
        }
    }

    deinit {
        records.deallocate()
        nameOfExact.deallocate()
        cityTokensOfCity.deallocate()
    }
}
