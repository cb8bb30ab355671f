import Foundation
/// Features of all records of one linkage run, with the pools their ids
/// point into and the term frequencies of values.
///
/// Built once per run (``build(from:phoneNormalizer:)``), in parallel over
/// the distinct raw values, then read-only; comparisons read it from all
/// threads.
public final class FeatureTable: @unchecked Sendable {
    // Unchecked: immutable after `build` returns (the pools are frozen).
    public let count: Int
    let features: [RecordFeature]
    /// Normalised names ("exact" level).
    let exactPool: StringPool
    /// Folded names and tokens.
    let tokenPool: StringPool
    let codePool: StringPool
    let cityPool: StringPool
    let phonePool: StringPool
    let nationalityPool: StringPool
    /// Share of non-empty values equal to each id, for term-frequency
    /// adjustment: exact-pool ids (given and family names together, since
    /// either may hold the other), cities, phones.
    let nameFrequency: [Float]
    let cityFrequency: [Float]
    let phoneFrequency: [Float]
    /// Plain strings the blocking rules hash, per record (kept only when the
    /// caller asks, e.g. for the privacy encoder).
    let parts: [RecordParts]?
    /// What the comparator reads, packed (``CompactFeature``).
    let compact: CompactFeatures

    /// Computes the features of `records`.
    ///
    /// Distinct raw names, cities and phones are normalised once each, in
    /// parallel; the results are then interned in one pass.
    public static func build(from records: [LinkageRecord], phoneNormalizer: PhoneNormalizer = PhoneNormalizer(),
                             keepParts: Bool = false) -> FeatureTable {
        // 1. Distinct raw values.
        var nameIndex: [String: Int32] = [:]
        var cityIndex: [String: Int32] = [:]
        var phoneIndex: [String: Int32] = [:]
        var rawNames: [String] = [], rawCities: [String] = [], rawPhones: [String] = []
        func slot(_ value: String, _ index: inout [String: Int32], _ list: inout [String]) -> Int32 {
            if value.isEmpty { return -1 }
            if let id = index[value] { return id }
            let id = Int32(list.count)
            index[value] = id
            list.append(value)
            return id
        }
        var rawSlots = [(Int32, Int32, Int32, Int32)](repeating: (-1, -1, -1, -1), count: records.count)
        for (index, record) in records.enumerated() {
            rawSlots[index] = (slot(record.givenName, &nameIndex, &rawNames),
                               slot(record.familyName, &nameIndex, &rawNames),
                               slot(record.city, &cityIndex, &rawCities),
                               slot(record.phone, &phoneIndex, &rawPhones))
        }
        nameIndex = [:]; cityIndex = [:]; phoneIndex = [:]

        // 2. Normalise distinct values in parallel.
        let nameParts = parallelMap(count: rawNames.count) { NameParts(raw: rawNames[$0]) }
        let cityParts = parallelMap(count: rawCities.count) { index -> (String, [String]) in
            let city = CityNormalizer.normalise(rawCities[index])
            return (city, CityNormalizer.tokens(ofNormalised: city))
        }
        let phones = parallelMap(count: rawPhones.count) { phoneNormalizer.normalise(rawPhones[$0]) }

        // 3. Intern.
        let table = FeatureTable.Builder()
        let nameFeatures = nameParts.map { table.intern($0) }
        let cityFeatures = cityParts.map { city, tokens -> (Int32, SmallIDSet) in
            city.isEmpty ? (-1, SmallIDSet()) : (table.cityPool.intern(city), SmallIDSet(tokens.map { table.cityPool.intern($0) }))
        }
        let phoneIDs = phones.map { $0.map { table.phonePool.intern($0) } ?? -1 }

        var features = [RecordFeature](repeating: RecordFeature(), count: records.count)
        var nameCounts = [Int](repeating: 0, count: table.exactPool.count)
        var cityCounts = [Int](repeating: 0, count: table.cityPool.count)
        var phoneCounts = [Int](repeating: 0, count: table.phonePool.count)
        var namesSeen = 0, citiesSeen = 0, phonesSeen = 0
        var keptParts: [RecordParts] = []
        if keepParts { keptParts.reserveCapacity(records.count) }
        for (index, record) in records.enumerated() {
            var feature = RecordFeature()
            let (given, family, city, phone) = rawSlots[index]
            if given >= 0 { feature.given = nameFeatures[Int(given)] }
            if family >= 0 { feature.family = nameFeatures[Int(family)] }
            for name in [feature.given, feature.family] where name.exact >= 0 {
                nameCounts[Int(name.exact)] += 1
                namesSeen += 1
            }
            if let date = LinkageDate(iso: record.birthDate) {
                feature.year = Int16(clamping: date.year)
                feature.month = Int8(date.month ?? 0)
                feature.day = Int8(date.day ?? 0)
            }
            feature.sex = Self.sexCode(record.sex)
            let nationality = record.nationality.uppercased().filter { !$0.isWhitespace }
            if !nationality.isEmpty { feature.nationality = table.nationalityPool.intern(nationality) }
            if city >= 0, cityFeatures[Int(city)].0 >= 0 {
                (feature.city, feature.cityTokens) = cityFeatures[Int(city)]
                cityCounts[Int(feature.city)] += 1
                citiesSeen += 1
            }
            if phone >= 0, phoneIDs[Int(phone)] >= 0 {
                feature.phone = phoneIDs[Int(phone)]
                phoneCounts[Int(feature.phone)] += 1
                phonesSeen += 1
            }
            features[index] = feature
            if keepParts {
                keptParts.append(RecordParts(
                    given: given >= 0 ? nameParts[Int(given)] : NameParts(raw: ""),
                    family: family >= 0 ? nameParts[Int(family)] : NameParts(raw: ""),
                    birthDate: LinkageDate(iso: record.birthDate), sex: feature.sex, nationality: nationality,
                    city: city >= 0 ? cityParts[Int(city)].0 : "", cityTokens: city >= 0 ? cityParts[Int(city)].1 : [],
                    phone: phone >= 0 ? phones[Int(phone)] : nil))
            }
        }
        for pool in [table.exactPool, table.tokenPool, table.codePool, table.cityPool, table.phonePool, table.nationalityPool] {
            pool.freeze()
        }
        func shares(_ counts: [Int], _ total: Int) -> [Float] {
            counts.map { total > 0 ? Float($0) / Float(total) : 0 }
        }
        return FeatureTable(count: records.count, features: features, pools: table,
                            nameFrequency: shares(nameCounts, namesSeen), cityFrequency: shares(cityCounts, citiesSeen),
                            phoneFrequency: shares(phoneCounts, phonesSeen), parts: keepParts ? keptParts : nil)
    }

    private init(count: Int, features: [RecordFeature], pools: Builder, nameFrequency: [Float],
                 cityFrequency: [Float], phoneFrequency: [Float], parts: [RecordParts]?) {
        self.count = count
        self.features = features
        exactPool = pools.exactPool
        tokenPool = pools.tokenPool
        codePool = pools.codePool
        cityPool = pools.cityPool
        phonePool = pools.phonePool
        nationalityPool = pools.nationalityPool
        self.nameFrequency = nameFrequency
        self.cityFrequency = cityFrequency
        self.phoneFrequency = phoneFrequency
        self.parts = parts
        compact = CompactFeatures(features: features, exactCount: pools.exactPool.count, cityCount: pools.cityPool.count)
    }

    static func sexCode(_ text: String) -> Int8 {
        switch text.trimmingCharacters(in: .whitespaces).uppercased() {
        case "": 0
        case "F": 1
        case "M": 2
        default: 3
        }
    }

    /// Pools being filled while features are built.
    final class Builder {
        let exactPool = StringPool(), tokenPool = StringPool(), codePool = StringPool()
        let cityPool = StringPool(), phonePool = StringPool(), nationalityPool = StringPool()

        func intern(_ parts: NameParts) -> NameFeature {
            var feature = NameFeature()
            guard !parts.isEmpty else { return feature }
            feature.exact = exactPool.intern(parts.exact)
            feature.folded = tokenPool.intern(parts.folded)
            feature.tokens = SmallIDSet(parts.foldedTokens.map { tokenPool.intern($0) })
            feature.codes = SmallIDSet(parts.codes.map { codePool.intern($0) })
            feature.formal = SmallIDSet(parts.formalNames.map { tokenPool.intern($0) })
            return feature
        }
    }
}

/// The plain-text parts of one record that blocking keys and privacy
/// encodings are made of.
public struct RecordParts: Sendable {
    public var given: NameParts
    public var family: NameParts
    public var birthDate: LinkageDate?
    /// 0 unknown, 1 F, 2 M, 3 other.
    public var sex: Int8
    public var nationality: String
    public var city: String
    public var cityTokens: [String]
    public var phone: String?
}
