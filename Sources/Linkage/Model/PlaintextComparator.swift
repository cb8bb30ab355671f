/// Compares records by their plain-text features (``FeatureTable``) under
/// ``ComparisonSchema/standard``.
public struct PlaintextComparator: PairComparator {
    public let table: FeatureTable
    public var schema: ComparisonSchema { .standard }
    public var recordCount: Int { table.count }

    public init(table: FeatureTable) { self.table = table }

    public func compare(_ i: Int, _ j: Int) -> ComparisonVector {
        compare(i, j, memo: nil)
    }

    /// A memo of name and city levels for one thread.
    public func makeScratch() -> ComparisonMemo { ComparisonMemo() }

    public func compare(_ i: Int, _ j: Int, scratch: inout ComparisonMemo) -> ComparisonVector {
        compare(i, j, memo: scratch)
    }

    /// Scoring's comparison: the cheap fields first; when no name of one
    /// record equals (after folding) a name of the other, the names can at
    /// best reach the Damerau–Levenshtein level, and if even that cannot
    /// lift the pair to `minimumWeight` the names are not compared at all.
    /// Most blocked pairs are different people whose dates and phones
    /// disagree, so this skips most memo lookups and string comparisons.
    public func compare(_ i: Int, _ j: Int, scratch: inout ComparisonMemo, unlessBelow minimumWeight: Double,
                        weights: MatchWeights) -> ComparisonVector? {
        let compact = table.compact
        let a = compact.records[i], b = compact.records[j]
        var vector = ComparisonVector()
        compareOtherFields(a, b, memo: scratch, into: &vector)
        if !Self.someNameFoldsEqual(a, b) {
            var bound = weights.priorWeight + weights.bestCase(0, fromLevel: 3) + weights.bestCase(1, fromLevel: 3)
            for field in 2..<schema.fields.count {
                bound += weights.fieldWeight(field, level: Int(vector.levels[field]), termFrequency: vector.termFrequencies[field])
            }
            // The margin absorbs rounding: the sum is taken in another order
            // than in `matchWeight`.
            if bound < minimumWeight - 1e-9 { return nil }
        }
        compareNames(a, b, memo: scratch, into: &vector)
        return vector
    }

    /// True when a non-null name of `a` has the folded form of a name of
    /// `b`, in either reading: only then can a name level be 1 or 2.
    @inline(__always)
    static func someNameFoldsEqual(_ a: CompactFeature, _ b: CompactFeature) -> Bool {
        (a.givenFolded >= 0 && (a.givenFolded == b.givenFolded || a.givenFolded == b.familyFolded))
            || (a.familyFolded >= 0 && (a.familyFolded == b.givenFolded || a.familyFolded == b.familyFolded))
    }

    @inline(__always)
    func compare(_ i: Int, _ j: Int, memo: ComparisonMemo?) -> ComparisonVector {
        let compact = table.compact
        let a = compact.records[i], b = compact.records[j]
        var vector = ComparisonVector()
        compareNames(a, b, memo: memo, into: &vector)
        compareOtherFields(a, b, memo: memo, into: &vector)
        return vector
    }

    /// Every field but the names.
    @inline(__always)
    func compareOtherFields(_ a: CompactFeature, _ b: CompactFeature, memo: ComparisonMemo?, into vector: inout ComparisonVector) {
        vector.levels[2] = UInt8(DateComparison.level(year: (Int(a.year), Int(b.year)), month: (Int(a.month), Int(b.month)),
                                                      day: (Int(a.day), Int(b.day))))
        vector.levels[3] = a.sex == 0 || b.sex == 0 ? 0 : (a.sex == b.sex ? 1 : 2)
        vector.levels[4] = a.nationality < 0 || b.nationality < 0 ? 0 : (a.nationality == b.nationality ? 1 : 2)
        let city = cityLevel(a.city, b.city, memo: memo)
        vector.levels[5] = city
        if city == 1 { vector.termFrequencies[5] = table.cityFrequency[Int(a.city)] }
        let phone = phoneLevel(a.phone, b.phone)
        vector.levels[6] = phone
        if phone == 1 { vector.termFrequencies[6] = table.phoneFrequency[Int(a.phone)] }
    }

    // MARK: Names

    /// Given and family name levels, reading the pair crosswise when that
    /// agrees better: lists swap the order of Chinese, Vietnamese and other
    /// names, or put the whole name into one field.
    @inline(__always)
    func compareNames(_ a: CompactFeature, _ b: CompactFeature, memo: ComparisonMemo?, into vector: inout ComparisonVector) {
        var given = nameLevel(a.givenExact, a.givenFolded, b.givenExact, b.givenFolded, memo: memo)
        var family = nameLevel(a.familyExact, a.familyFolded, b.familyExact, b.familyFolded, memo: memo)
        // Either reading compares a's given name with something, so the
        // exact-level value (for its term frequency) is a's in both.
        let givenExact = a.givenExact, familyExact = a.familyExact
        if rank(given) + rank(family) > 8 {
            // At least one side is weak: try the swapped reading.
            let crossedGiven = nameLevel(a.givenExact, a.givenFolded, b.familyExact, b.familyFolded, memo: memo)
            let crossedFamily = nameLevel(a.familyExact, a.familyFolded, b.givenExact, b.givenFolded, memo: memo)
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
    ///
    /// Everything past the equality checks is a function of the two
    /// normalised names (a ``NameFeature`` is derived from its `exact`
    /// string alone), so `memo` keys it by their exact-pool ids.
    func nameLevel(_ a: NameFeature, _ b: NameFeature, memo: ComparisonMemo? = nil) -> UInt8 {
        nameLevel(a.exact, a.folded, b.exact, b.folded, memo: memo)
    }

    /// ``nameLevel(_:_:memo:)`` on the ids of a ``CompactFeature``.
    @inline(__always)
    func nameLevel(_ exactA: Int32, _ foldedA: Int32, _ exactB: Int32, _ foldedB: Int32, memo: ComparisonMemo?) -> UInt8 {
        if foldedA < 0 || foldedB < 0 { return 0 }
        if exactA == exactB { return 1 }
        if foldedA == foldedB { return 2 }
        let names = table.compact.nameOfExact
        guard let memo else { return similarityLevel(names[Int(exactA)], names[Int(exactB)]) }
        return memo.level(.name, exactA, exactB) { similarityLevel(names[Int(exactA)], names[Int(exactB)]) }
    }

    /// Levels 3–8 of two names whose folded forms differ. The cheap tests
    /// run first: a linear one-edit check decides level 3, and the full
    /// Damerau–Levenshtein table is only needed for level 7, when the
    /// lengths allow a distance of 2 and Jaro–Winkler has not decided it.
    func similarityLevel(_ a: NameFeature, _ b: NameFeature) -> UInt8 {
        let first = table.tokenPool.bytes(a.folded), second = table.tokenPool.bytes(b.folded)
        if ByteSimilarity.withinOneEdit(first, second) { return 3 }
        let similarity = ByteSimilarity.jaroWinkler(first, second)
        if similarity >= 0.92 { return 4 }
        if a.codes.intersects(b.codes) { return 5 }
        if a.tokens.isSubset(of: b.tokens) || b.tokens.isSubset(of: a.tokens) || a.formal.intersects(b.formal)
            || Self.isAbbreviation(first, second) {
            return 6
        }
        if similarity >= 0.85 { return 7 }
        // The distance is at least the difference in length and half the
        // histogram difference; only pairs that pass both need the table.
        if abs(first.count - second.count) <= 2 && ByteSimilarity.histogramDifference(first, second) <= 4
            && ByteSimilarity.damerauLevenshtein(first, second) <= 2 {
            return 7
        }
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

    @inline(__always)
    func cityLevel(_ a: Int32, _ b: Int32, memo: ComparisonMemo? = nil) -> UInt8 {
        if a < 0 || b < 0 { return 0 }
        if a == b { return 1 }
        // City tokens are a function of the city id, so the level is too.
        guard let memo else { return differentCityLevel(a, b) }
        return memo.level(.city, a, b) { differentCityLevel(a, b) }
    }

    func differentCityLevel(_ a: Int32, _ b: Int32) -> UInt8 {
        let tokens = table.compact.cityTokensOfCity
        if tokens[Int(a)].intersects(tokens[Int(b)]) { return 2 }
        let first = table.cityPool.bytes(a), second = table.cityPool.bytes(b)
        if ByteSimilarity.jaroWinkler(first, second) >= 0.9 || Self.sharesPrefix(first, second, length: 4) { return 2 }
        return 3
    }

    static func sharesPrefix(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, length: Int) -> Bool {
        a.count >= length && b.count >= length && a.prefix(length).elementsEqual(b.prefix(length))
    }

    @inline(__always)
    func phoneLevel(_ a: Int32, _ b: Int32) -> UInt8 {
        if a < 0 || b < 0 { return 0 }
        if a == b { return 1 }
        return PhoneComparison.withinOneEdit(table.phonePool.bytes(a), table.phonePool.bytes(b)) ? 2 : 3
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
