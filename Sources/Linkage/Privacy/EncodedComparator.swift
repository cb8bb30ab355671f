/// The central site's view of the encodings: tokens interned to small ids
/// (so the comparison code of the plain-text mode applies), name filters in
/// one flat array, and term frequencies of the hashed values.
public final class EncodedTable: @unchecked Sendable {
    // Unchecked: immutable after init.
    struct Feature {
        var given = NameFeature()
        var family = NameFeature()
        var precision: UInt8 = 0
        /// year, year-month, ymd, ydm, month-day, year+1 (ids, -1 absent).
        var date: (Int32, Int32, Int32, Int32, Int32, Int32) = (-1, -1, -1, -1, -1, -1)
        var sex: Int32 = -1
        var nationality: Int32 = -1
        var city: Int32 = -1
        var cityTokens = SmallIDSet()
        var phone: Int32 = -1
    }

    public let count: Int
    let features: [Feature]
    /// Phone one-deletion variant ids per record (sorted), flat with offsets.
    let phoneVariants: [Int32]
    let phoneVariantOffsets: [Int]
    let filters: [UInt64]
    let wordsPerName: Int
    let nameFrequency: [Int32: Float]
    let cityFrequency: [Int32: Float]
    let phoneFrequency: [Int32: Float]

    public init(_ records: [EncodedRecord]) {
        count = records.count
        var ids: [UInt64: Int32] = [:]
        func id(_ token: UInt64) -> Int32 {
            if let existing = ids[token] { return existing }
            let new = Int32(ids.count)
            ids[token] = new
            return new
        }
        func first(_ values: [UInt64]) -> Int32 { values.first.map(id) ?? -1 }
        func name(_ record: EncodedRecord, _ parts: [EncodedRecord.Part]) -> NameFeature {
            var feature = NameFeature()
            guard !record[parts[1]].isEmpty else { return feature }
            feature.exact = first(record[parts[0]])
            feature.folded = first(record[parts[1]])
            feature.tokens = SmallIDSet(record[parts[2]].map(id))
            feature.codes = SmallIDSet(record[parts[3]].map(id))
            feature.formal = SmallIDSet(record[parts[4]].map(id))
            return feature
        }
        var features: [Feature] = [], variants: [Int32] = [], offsets = [0], filters: [UInt64] = []
        features.reserveCapacity(records.count)
        var nameCounts: [Int32: Int] = [:], cityCounts: [Int32: Int] = [:], phoneCounts: [Int32: Int] = [:]
        for record in records {
            var feature = Feature()
            feature.given = name(record, [.givenExact, .givenFolded, .givenTokens, .givenCodes, .givenFormal])
            feature.family = name(record, [.familyExact, .familyFolded, .familyTokens, .familyCodes, .familyFormal])
            for value in [feature.given.exact, feature.family.exact] where value >= 0 { nameCounts[value, default: 0] += 1 }
            let date = record[.birthDate]
            if date.count == 6 && record.datePrecision > 0 {
                func dateID(_ value: UInt64) -> Int32 { value == 0 ? -1 : id(value) }
                feature.precision = record.datePrecision
                feature.date = (dateID(date[0]), dateID(date[1]), dateID(date[2]), dateID(date[3]), dateID(date[4]), dateID(date[5]))
            }
            feature.sex = first(record[.sex])
            feature.nationality = first(record[.nationality])
            feature.city = first(record[.city])
            feature.cityTokens = SmallIDSet(record[.cityTokens].map(id))
            feature.phone = first(record[.phone])
            if feature.city >= 0 { cityCounts[feature.city, default: 0] += 1 }
            if feature.phone >= 0 { phoneCounts[feature.phone, default: 0] += 1 }
            variants.append(contentsOf: record[.phoneVariants].map(id).sorted())
            offsets.append(variants.count)
            filters.append(contentsOf: record.bloom)
            features.append(feature)
        }
        self.features = features
        phoneVariants = variants
        phoneVariantOffsets = offsets
        self.filters = filters
        wordsPerName = (records.first?.bloom.count ?? 16) / 2
        func shares(_ counts: [Int32: Int]) -> [Int32: Float] {
            let total = Float(counts.values.reduce(0, +))
            return counts.mapValues { Float($0) / total }
        }
        nameFrequency = shares(nameCounts)
        cityFrequency = shares(cityCounts)
        phoneFrequency = shares(phoneCounts)
    }
}

/// Compares encodings under the same fields and level structure as the
/// plain-text model: exact and folded equality and phonetic codes by keyed
/// hash, spelling similarity by the Dice coefficient of the name filters
/// instead of Jaro–Winkler and edit distance.
public struct EncodedComparator: PairComparator {
    public let table: EncodedTable
    public var recordCount: Int { table.count }
    public var schema: ComparisonSchema { Self.encodedSchema }

    public static let encodedSchema: ComparisonSchema = {
        var schema = ComparisonSchema.standard
        schema.fields[0].levels = NameLevels.encoded
        schema.fields[1].levels = NameLevels.encoded
        schema.fields[5].levels = ["null", "exact", "shared token", "different"]
        schema.fields[6].levels = ["null", "exact", "shared one-deletion variant", "different"]
        return schema
    }()

    public init(table: EncodedTable) { self.table = table }

    public func compare(_ i: Int, _ j: Int) -> ComparisonVector {
        let a = table.features[i], b = table.features[j]
        var vector = ComparisonVector()
        // Names, with the swapped reading as in plain text.
        var given = nameLevel(a.given, b.given, i, 0, j, 0)
        var family = nameLevel(a.family, b.family, i, 1, j, 1)
        if rank(given) + rank(family) > 8 {
            let crossedGiven = nameLevel(a.given, b.family, i, 0, j, 1)
            let crossedFamily = nameLevel(a.family, b.given, i, 1, j, 0)
            if rank(crossedGiven) + rank(crossedFamily) < rank(given) + rank(family) {
                given = crossedGiven
                family = crossedFamily
            }
        }
        vector.levels[0] = given
        vector.levels[1] = family
        if given == 1 { vector.termFrequencies[0] = table.nameFrequency[a.given.exact] ?? 0 }
        if family == 1 { vector.termFrequencies[1] = table.nameFrequency[a.family.exact] ?? 0 }
        vector.levels[2] = UInt8(dateLevel(a, b))
        vector.levels[3] = a.sex < 0 || b.sex < 0 ? 0 : (a.sex == b.sex ? 1 : 2)
        vector.levels[4] = a.nationality < 0 || b.nationality < 0 ? 0 : (a.nationality == b.nationality ? 1 : 2)
        if a.city >= 0 && b.city >= 0 {
            if a.city == b.city {
                vector.levels[5] = 1
                vector.termFrequencies[5] = table.cityFrequency[a.city] ?? 0
            } else {
                vector.levels[5] = a.cityTokens.intersects(b.cityTokens) ? 2 : 3
            }
        }
        if a.phone >= 0 && b.phone >= 0 {
            if a.phone == b.phone {
                vector.levels[6] = 1
                vector.termFrequencies[6] = table.phoneFrequency[a.phone] ?? 0
            } else {
                vector.levels[6] = phonesShareVariant(i, a.phone, j, b.phone) ? 2 : 3
            }
        }
        return vector
    }

    @inline(__always)
    private func rank(_ level: UInt8) -> Int { level == 0 ? 8 : Int(level) }

    /// Name level from tokens and the Dice coefficient of the filters
    /// (`segment` 0 = given-name half, 1 = family-name half).
    func nameLevel(_ a: NameFeature, _ b: NameFeature, _ i: Int, _ segmentA: Int, _ j: Int, _ segmentB: Int) -> UInt8 {
        if a.isNull || b.isNull { return 0 }
        if a.exact == b.exact { return 1 }
        if a.folded == b.folded { return 2 }
        let words = table.wordsPerName
        let dice = table.filters.withUnsafeBufferPointer { filters in
            BloomEncoder.dice(
                UnsafeBufferPointer(rebasing: filters[(2 * i + segmentA) * words..<(2 * i + segmentA + 1) * words]),
                UnsafeBufferPointer(rebasing: filters[(2 * j + segmentB) * words..<(2 * j + segmentB + 1) * words]))
        }
        if dice >= 0.9 { return 3 }
        if dice >= 0.8 { return 4 }
        if a.codes.intersects(b.codes) { return 5 }
        if a.tokens.isSubset(of: b.tokens) || b.tokens.isSubset(of: a.tokens) || a.formal.intersects(b.formal) { return 6 }
        if dice >= 0.65 { return 7 }
        return 8
    }

    /// The plain-text date levels (``DateLevels``) decided on keyed hashes
    /// of the date's parts.
    func dateLevel(_ a: EncodedTable.Feature, _ b: EncodedTable.Feature) -> Int {
        if a.precision == 0 || b.precision == 0 { return 0 }
        let bothMonths = a.precision >= 2 && b.precision >= 2
        let bothDays = a.precision == 3 && b.precision == 3
        if a.date.0 == b.date.0 {
            if bothDays {
                if a.date.1 == b.date.1 { return a.date.2 == b.date.2 ? 1 : 4 }
                if a.date.2 == b.date.3 { return 3 }
                return 6
            }
            if bothMonths { return a.date.1 == b.date.1 ? 2 : 6 }
            return 5
        }
        if bothDays && a.date.4 == b.date.4 { return 7 }
        if a.date.0 == b.date.5 || b.date.0 == a.date.5 { return 8 }
        return 9
    }

    /// One number is a one-deletion variant of the other, or both share one.
    func phonesShareVariant(_ i: Int, _ phoneA: Int32, _ j: Int, _ phoneB: Int32) -> Bool {
        let offsets = table.phoneVariantOffsets, variants = table.phoneVariants
        let first = variants[offsets[i]..<offsets[i + 1]], second = variants[offsets[j]..<offsets[j + 1]]
        if first.contains(phoneB) || second.contains(phoneA) { return true }
        var p = first.startIndex, q = second.startIndex
        while p < first.endIndex && q < second.endIndex {
            if first[p] == second[q] { return true }
            if first[p] < second[q] { p += 1 } else { q += 1 }
        }
        return false
    }
}
