/// Deterministic 64-bit hashing for blocking keys and sampling.
///
/// Swift's `Hasher` is seeded per process, so it cannot give keys that are
/// the same from run to run or between an agency and the central site.
/// FNV-1a over the bytes, finished with the SplitMix64 mixer so that nearby
/// inputs spread over all 64 bits.
enum StableHash {
    static func hash<S: Sequence>(_ bytes: S, seed: UInt64 = 0) -> UInt64 where S.Element == UInt8 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325 ^ seed
        for byte in bytes {
            value ^= UInt64(byte)
            value &*= 0x0000_0100_0000_01B3
        }
        return mix(value)
    }

    static func hash(_ text: String, seed: UInt64 = 0) -> UInt64 {
        hash(text.utf8, seed: seed)
    }

    /// SplitMix64 finaliser (Steele, Lea & Flood 2014).
    @inline(__always)
    static func mix(_ input: UInt64) -> UInt64 {
        var z = input &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A symmetric-free pair hash: used to pick a deterministic training
    /// sample of candidate pairs.
    @inline(__always)
    static func pair(_ a: Int, _ b: Int) -> UInt64 {
        mix(UInt64(truncatingIfNeeded: a) &* 0x1_0000_0001 ^ mix(UInt64(truncatingIfNeeded: b)))
    }
}

/// SplitMix64 random numbers: seeded, deterministic on every platform
/// (unlike `SystemRandomNumberGenerator`), and good enough for sampling.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
