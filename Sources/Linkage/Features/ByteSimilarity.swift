/// Jaro–Winkler and Damerau–Levenshtein on ASCII byte buffers, without
/// allocating: the hot loop of linkage calls them hundreds of millions of
/// times on short, already-normalised names.
///
/// They give the same values as ``StringSimilarity/jaroWinkler(_:_:)`` and
/// ``StringSimilarity/damerauLevenshtein(_:_:)`` on ASCII input (the tests
/// check this on random strings); those stay the reference versions.
enum ByteSimilarity {
    static func jaroWinkler(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Double {
        let similarity = jaro(a, b)
        guard similarity > StringSimilarity.boostThreshold else { return similarity }
        var prefix = 0
        let limit = min(StringSimilarity.maxPrefix, a.count, b.count)
        while prefix < limit && a[prefix] == b[prefix] { prefix += 1 }
        return similarity + Double(prefix) * StringSimilarity.prefixScale * (1 - similarity)
    }

    static func jaro(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Double {
        if a.isEmpty && b.isEmpty { return 1 }
        if a.isEmpty || b.isEmpty { return 0 }
        let window = max(0, max(a.count, b.count) / 2 - 1)
        return withUnsafeTemporaryAllocation(of: Bool.self, capacity: a.count + b.count) { flags in
            flags.initialize(repeating: false)
            var matches = 0
            for i in 0..<a.count {
                let low = max(0, i - window)
                let high = min(i + window, b.count - 1)
                guard low <= high else { continue }
                var j = low
                while j <= high {
                    if !flags[a.count + j] && a[i] == b[j] {
                        flags[i] = true
                        flags[a.count + j] = true
                        matches += 1
                        break
                    }
                    j += 1
                }
            }
            guard matches > 0 else { return 0 }
            var outOfOrder = 0
            var j = 0
            for i in 0..<a.count where flags[i] {
                while !flags[a.count + j] { j += 1 }
                if a[i] != b[j] { outOfOrder += 1 }
                j += 1
            }
            let m = Double(matches)
            let t = Double(outOfOrder / 2)
            return (m / Double(a.count) + m / Double(b.count) + (m - t) / m) / 3
        }
    }

    /// True when the Damerau–Levenshtein distance is at most 1: equal, or
    /// one insertion, deletion, substitution or swap of adjacent bytes
    /// apart. Linear, where the distance itself fills a table.
    static func withinOneEdit(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let (long, short) = a.count >= b.count ? (a, b) : (b, a)
        guard long.count - short.count <= 1 else { return false }
        var index = 0
        while index < short.count && long[index] == short[index] { index += 1 }
        if index == short.count { return true }
        func sameTail(_ longFrom: Int, _ shortFrom: Int) -> Bool {
            var p = longFrom, q = shortFrom
            while q < short.count {
                if long[p] != short[q] { return false }
                p += 1; q += 1
            }
            return true
        }
        if long.count != short.count { return sameTail(index + 1, index) }
        if sameTail(index + 1, index + 1) { return true }
        return index + 1 < short.count && long[index] == short[index + 1] && long[index + 1] == short[index]
            && sameTail(index + 2, index + 2)
    }

    /// A lower bound on twice the Damerau–Levenshtein distance: the L1
    /// difference of the two byte histograms (bytes binned by their low 5
    /// bits, which can only lower it). An insertion or deletion changes it
    /// by 1, a substitution by 2, a transposition not at all.
    static func histogramDifference(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int {
        var counts = SIMD32<Int16>()
        for byte in a { counts[Int(byte & 31)] &+= 1 }
        for byte in b { counts[Int(byte & 31)] &-= 1 }
        var total = 0
        for index in 0..<32 { total += abs(Int(counts[index])) }
        return total
    }

    /// True Damerau–Levenshtein distance (Lowrance–Wagner), as the
    /// reference implementation, over bytes.
    static func damerauLevenshtein(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        let columns = b.count + 2
        let infinity = a.count + b.count
        let cells = (a.count + 2) * columns
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: cells + 256) { storage in
            let table = UnsafeMutableBufferPointer(rebasing: storage[0..<cells])
            let lastRowOf = UnsafeMutableBufferPointer(rebasing: storage[cells..<cells + 256])
            lastRowOf.initialize(repeating: 0)
            table.initialize(repeating: 0)
            table[0] = infinity
            for i in 0...a.count {
                table[(i + 1) * columns] = infinity
                table[(i + 1) * columns + 1] = i
            }
            for j in 0...b.count {
                table[j + 1] = infinity
                table[columns + j + 1] = j
            }
            for i in 1...a.count {
                var lastMatchingColumn = 0
                for j in 1...b.count {
                    let k = lastRowOf[Int(b[j - 1])]
                    let l = lastMatchingColumn
                    var cost = 1
                    if a[i - 1] == b[j - 1] {
                        cost = 0
                        lastMatchingColumn = j
                    }
                    table[(i + 1) * columns + j + 1] = min(
                        table[i * columns + j] + cost,
                        table[(i + 1) * columns + j] + 1,
                        table[i * columns + j + 1] + 1,
                        table[k * columns + l] + (i - k - 1) + 1 + (j - l - 1)
                    )
                }
                lastRowOf[Int(a[i - 1])] = i
            }
            return table[(a.count + 1) * columns + b.count + 1]
        }
    }
}
