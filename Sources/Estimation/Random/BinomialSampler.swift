import Foundation

/// Exact binomial variates: inversion of the distribution function when `n·min(p, 1−p) < 10`,
/// and Hörmann's transformed rejection with squeeze (BTRS, 1993) otherwise, so a draw costs
/// about the same for 10 trials or 10 million.
public enum BinomialSampler {
    /// A draw from Binomial(`trials`, `probability`).
    public static func sample(trials n: Int, probability: Double, using generator: inout Xoshiro256StarStar) -> Int {
        if n <= 0 || probability <= 0 { return 0 }
        if probability >= 1 { return n }
        // The algorithms are set up for p ≤ 1/2; use the symmetry for larger p.
        let flipped = probability > 0.5
        let p = flipped ? 1 - probability : probability
        let k = Double(n) * p < 10 ? inversion(n, p, &generator) : transformedRejection(n, p, &generator)
        return flipped ? n - k : k
    }

    /// Sequential search of the distribution function from 0 (mean below 10, so few steps).
    private static func inversion(_ n: Int, _ p: Double, _ generator: inout Xoshiro256StarStar) -> Int {
        let q = 1 - p
        let ratio = p / q
        while true {
            var u = generator.nextUniform()
            var mass = Foundation.pow(q, Double(n))
            var k = 0
            while u > mass {
                u -= mass
                k += 1
                if k > n { break }
                mass *= ratio * Double(n - k + 1) / Double(k)
            }
            // Rounding can leave u above the total mass; draw again in that (rare) case.
            if k <= n { return k }
        }
    }

    /// BTRS (Hörmann 1993, "The generation of binomial random variates").
    private static func transformedRejection(_ n: Int, _ p: Double, _ generator: inout Xoshiro256StarStar) -> Int {
        let trials = Double(n)
        let q = 1 - p
        let spq = (trials * p * q).squareRoot()
        let b = 1.15 + 2.53 * spq
        let a = -0.0873 + 0.0248 * b + 0.01 * p
        let c = trials * p + 0.5
        let acceptBound = 0.92 - 4.2 / b
        let alpha = (2.83 + 5.1 / b) * spq
        let logOdds = Foundation.log(p / q)
        let mode = ((trials + 1) * p).rounded(.down)
        let logModeMass = lgamma(mode + 1) + lgamma(trials - mode + 1)
        while true {
            let u = generator.nextUniform() - 0.5
            let v = generator.nextUniform()
            let us = 0.5 - abs(u)
            let k = ((2 * a / us + b) * u + c).rounded(.down)
            if k < 0 || k > trials { continue }
            if us >= 0.07 && v <= acceptBound { return Int(k) }
            let logV = Foundation.log(v * alpha / (a / (us * us) + b))
            if logV <= logModeMass - lgamma(k + 1) - lgamma(trials - k + 1) + (k - mode) * logOdds {
                return Int(k)
            }
        }
    }
}
