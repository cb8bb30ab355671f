/// Bloom-filter encodings of names in the style of Schnell, Bachteler and
/// Reiher (2009) and anonlink's CLK: the bigrams of a name set bits chosen
/// by a keyed hash, so similar names share most bits (Dice similarity)
/// while the bits alone do not spell the name.
public struct BloomEncoder: Sendable {
    public let key: any KeyedHash
    /// Bits per name segment.
    public let bits: Int
    /// Bits set per bigram (double hashing, Kirsch and Mitzenmacher 2006).
    public let hashesPerBigram: Int

    public init(key: any KeyedHash, bits: Int = 512, hashesPerBigram: Int = 20) {
        precondition(bits % 64 == 0)
        self.key = key
        self.bits = bits
        self.hashesPerBigram = hashesPerBigram
    }

    /// Bigrams of the name padded with "_" at both ends ("ana" → _a an na a_).
    public static func bigrams(_ name: String) -> [String] {
        let letters = Array(("_" + name + "_").unicodeScalars)
        guard letters.count >= 2 else { return [] }
        return (0..<(letters.count - 1)).map { String(letters[$0]) + String(letters[$0 + 1]) }
    }

    /// The filter of one name, `bits / 64` words; all zero for "".
    public func encode(_ name: String) -> [UInt64] {
        var words = [UInt64](repeating: 0, count: bits / 64)
        guard !name.isEmpty else { return words }
        for bigram in Self.bigrams(name) {
            let mac = key.authenticationCode(for: Array(("bigram|" + bigram).utf8))
            var h1: UInt64 = 0, h2: UInt64 = 0
            for index in 0..<8 {
                h1 = h1 << 8 | UInt64(mac[index])
                h2 = h2 << 8 | UInt64(mac[8 + index])
            }
            h2 |= 1
            for i in 0..<UInt64(hashesPerBigram) {
                let position = Int((h1 &+ i &* h2) % UInt64(bits))
                words[position >> 6] |= 1 << UInt64(position & 63)
            }
        }
        return words
    }

    /// Dice coefficient 2|A∩B| / (|A|+|B|) of two equal-length filters.
    @inline(__always)
    public static func dice(_ a: UnsafeBufferPointer<UInt64>, _ b: UnsafeBufferPointer<UInt64>) -> Double {
        var both = 0, total = 0
        for index in 0..<a.count {
            both += (a[index] & b[index]).nonzeroBitCount
            total += a[index].nonzeroBitCount + b[index].nonzeroBitCount
        }
        return total == 0 ? 0 : 2 * Double(both) / Double(total)
    }

    public static func dice(_ a: [UInt64], _ b: [UInt64]) -> Double {
        a.withUnsafeBufferPointer { x in b.withUnsafeBufferPointer { y in dice(x, y) } }
    }
}
