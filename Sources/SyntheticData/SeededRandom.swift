/// A small, fast random number generator with a seed, so that the same seed
/// always gives the same synthetic data on every machine and Swift version
/// (the standard library's generator has no seed).
///
/// SplitMix64 (Steele, Lea and Flood, 2014): one 64-bit state, good enough
/// statistical quality for test data, and not for anything secret.
public struct SeededRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// - Parameter seed: any number; equal seeds give equal sequences.
    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// A choice among values with weights that need not sum to one.
public struct Weighted<Value: Sendable>: Sendable {
    public let choices: [(value: Value, weight: Double)]
    private let cumulative: [Double]

    public init(_ choices: [(Value, Double)]) {
        precondition(!choices.isEmpty && choices.allSatisfy { $0.1 >= 0 }, "weights must be non-negative")
        self.choices = choices.map { (value: $0.0, weight: $0.1) }
        var sum = 0.0
        cumulative = choices.map { sum += $0.1; return sum }
    }

    public func pick(using random: inout some RandomNumberGenerator) -> Value {
        let target = Double.random(in: 0..<cumulative.last!, using: &random)
        var low = 0, high = cumulative.count - 1
        while low < high {
            let middle = (low + high) / 2
            if cumulative[middle] > target { high = middle } else { low = middle + 1 }
        }
        return choices[low].value
    }
}

extension RandomNumberGenerator {
    /// `true` with probability `p`.
    mutating func chance(_ p: Double) -> Bool {
        Double.random(in: 0..<1, using: &self) < p
    }
}
