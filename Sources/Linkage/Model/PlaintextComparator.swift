/// Compares records by their plain-text features (``FeatureTable``) under
/// ``ComparisonSchema/standard``.
public struct PlaintextComparator: PairComparator {
    public let table: FeatureTable
    public var schema: ComparisonSchema { .standard }
    public var recordCount: Int { table.count }

    public init(table: FeatureTable) { self.table = table }

    public func compare(_ i: Int, _ j: Int) -> ComparisonVector {
        let a = table.features[i], b = table.features[j]
        var vector = ComparisonVector()
        compareNames(a, b, into: &vector)
        vector.levels[2] = UInt8(DateComparison.level(a, b))
        vector.levels[3] = a.sex == 0 || b.sex == 0 ? 0 : (a.sex == b.sex ? 1 : 2)
        vector.levels[4] = a.nationality < 0 || b.nationality < 0 ? 0 : (a.nationality == b.nationality ? 1 : 2)
        let city = cityLevel(a, b)
        vector.levels[5] = city
        if city == 1 { vector.termFrequencies[5] = table.cityFrequency[Int(a.city)] }
        let phone = phoneLevel(a, b)
        vector.levels[6] = phone
        if phone == 1 { vector.termFrequencies[6] = table.phoneFrequency[Int(a.phone)] }
        return vector
    }

    // MARK: Names

    /// Given and family name levels, reading the pair crosswise when that
    /// agrees better: lists swap the order of Chinese, Vietnamese and other
    /// names, or put the whole name into one field.
    @inline(__always)
    func compareNames(_ a: RecordFeature, _ b: RecordFeature, into vector: inout ComparisonVector) {
        var given = nameLevel(a.given, b.given)
        var family = nameLevel(a.family, b.family)
        // Either reading compares a's given name with something, so the
        // exact-level value (for its term frequency) is a's in both.
        let givenExact = a.given.exact, familyExact = a.family.exact
        if rank(given) + rank(family) > 8 {
            // At least one side is weak: try the swapped reading.
            let crossedGiven = nameLevel(a.given, b.family)
            let crossedFamily = nameLevel(a.family, b.given)
            if rank(crossedGiven) + rank(crossedFamily) < rank(given) + rank(family) {
                given = crossedGiven
                family = crossedFamily
            }
        }
        vector.levels[0] = given
        vector.levels[1] = family
        if given == 1 { vector.termFrequencies[0] = table.nameFrequency[Int(givenExact)] }
        if family == 1 { vector.termFrequencies[1] = table.nameFrequency[Int(familyExact)] }
    }

    /// Null is as uninformative as disagreement when choosing a reading.
    @inline(__always)
    private func rank(_ level: UInt8) -> Int { level == 0 ? 8 : Int(level) }

    /// The level of one name pair; see ``NameLevels/plaintext``.
    func nameLevel(_ a: NameFeature, _ b: NameFeature) -> UInt8 {
        if a.isNull || b.isNull { return 0 }
        if a.exact == b.exact { return 1 }
        if a.folded == b.folded { return 2 }
        let first = table.tokenPool.bytes(a.folded), second = table.tokenPool.bytes(b.folded)
        let distance = ByteSimilarity.damerauLevenshtein(first, second)
        if distance <= 1 { return 3 }
        let similarity = ByteSimilarity.jaroWinkler(first, second)
        if similarity >= 0.92 { return 4 }
        if a.codes.intersects(b.codes) { return 5 }
        if a.tokens.isSubset(of: b.tokens) || b.tokens.isSubset(of: a.tokens) || a.formal.intersects(b.formal)
            || Self.isAbbreviation(first, second) {
            return 6
        }
        if distance <= 2 || similarity >= 0.85 { return 7 }
        return 8
    }

    /// One name is the start (at least 3 letters: "Alex", "Nat") or the end
    /// (at least 4: "Seun" for "Oluwaseun") of the other.
    static func isAbbreviation(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        guard short.count >= 3, short.count < long.count else { return false }
        if long.starts(with: short) { return true }
        return short.count >= 4 && long.suffix(short.count).elementsEqual(short)
    }

    // MARK: City and phone

    func cityLevel(_ a: RecordFeature, _ b: RecordFeature) -> UInt8 {
        if a.city < 0 || b.city < 0 { return 0 }
        if a.city == b.city { return 1 }
        if a.cityTokens.intersects(b.cityTokens) { return 2 }
        let first = table.cityPool.bytes(a.city), second = table.cityPool.bytes(b.city)
        if ByteSimilarity.jaroWinkler(first, second) >= 0.9 || Self.sharesPrefix(first, second, length: 4) { return 2 }
        return 3
    }

    static func sharesPrefix(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, length: Int) -> Bool {
        a.count >= length && b.count >= length && a.prefix(length).elementsEqual(b.prefix(length))
    }

    func phoneLevel(_ a: RecordFeature, _ b: RecordFeature) -> UInt8 {
        if a.phone < 0 || b.phone < 0 { return 0 }
        if a.phone == b.phone { return 1 }
        return PhoneComparison.withinOneEdit(table.phonePool.bytes(a.phone), table.phonePool.bytes(b.phone)) ? 2 : 3
    }
}

/// Digit-level comparison of two E.164 numbers.
public enum PhoneComparison {
    /// True when the numbers differ by one digit dropped, one digit wrong or
    /// two adjacent digits swapped after the first three characters ("+"
    /// and the start of the country code), the usual copying errors.
    public static func withinOneEdit(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        return x.withUnsafeBufferPointer { p in y.withUnsafeBufferPointer { q in withinOneEdit(p, q) } }
    }

    static func withinOneEdit(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let protected = 4
        if a.count == b.count {
            var first = -1, second = -1, differences = 0
            for index in 0..<a.count where a[index] != b[index] {
                differences += 1
                if differences == 1 { first = index } else if differences == 2 { second = index } else { return false }
            }
            if differences == 0 { return true }
            if first < protected { return false }
            if differences == 1 { return true }
            return second == first + 1 && a[first] == b[second] && a[second] == b[first]
        }
        let (long, short) = a.count > b.count ? (a, b) : (b, a)
        guard long.count == short.count + 1 else { return false }
        var index = 0
        while index < short.count && long[index] == short[index] { index += 1 }
        guard index >= protected else { return false }
        // Skip one digit of the longer number; the rest must agree.
        var rest = index
        while rest < short.count {
            if long[rest + 1] != short[rest] { return false }
            rest += 1
        }
        return true
    }
}

/// Birth-date levels; see ``DateLevels/names``.
enum DateComparison {
    static func level(_ a: RecordFeature, _ b: RecordFeature) -> Int {
        level(year: (Int(a.year), Int(b.year)), month: (Int(a.month), Int(b.month)), day: (Int(a.day), Int(b.day)))
    }

    /// Zero month or day means unknown; zero year means no date at all.
    static func level(year: (Int, Int), month: (Int, Int), day: (Int, Int)) -> Int {
        if year.0 == 0 || year.1 == 0 { return 0 }
        let bothMonths = month.0 != 0 && month.1 != 0
        let bothDays = bothMonths && day.0 != 0 && day.1 != 0
        if year.0 == year.1 {
            if bothDays {
                if month.0 == month.1 { return day.0 == day.1 ? 1 : 4 }
                if month.0 == day.1 && day.0 == month.1 { return 3 }
                return 6
            }
            if bothMonths { return month.0 == month.1 ? 2 : 6 }
            return 5
        }
        if bothDays && month.0 == month.1 && day.0 == day.1 { return 7 }
        if abs(year.0 - year.1) == 1 { return 8 }
        return 9
    }
}
