import Foundation

/// Exact Poisson variates: multiplication of uniforms for small means, and Hörmann's
/// transformed rejection with squeeze (PTRS, 1993) for means of 10 and more.
public enum PoissonSampler {
    /// A draw from Poisson(`mean`).
    public static func sample(mean: Double, using generator: inout Xoshiro256StarStar) -> Int {
        if mean <= 0 { return 0 }
        if mean < 10 {
            let limit = Foundation.exp(-mean)
            var product = generator.nextUniform()
            var count = 0
            while product > limit {
                count += 1
                product *= generator.nextUniform()
            }
            return count
        }
        let logMean = Foundation.log(mean)
        let root = mean.squareRoot()
        let b = 0.931 + 2.53 * root
        let a = -0.059 + 0.02483 * b
        let inverseAlpha = 1.1239 + 1.1328 / (b - 3.4)
        let acceptBound = 0.9277 - 3.6224 / (b - 2)
        while true {
            let u = generator.nextUniform() - 0.5
            let v = generator.nextUniform()
            let us = 0.5 - abs(u)
            let k = ((2 * a / us + b) * u + mean + 0.43).rounded(.down)
            if us >= 0.07 && v <= acceptBound { return Int(k) }
            if k < 0 || (us < 0.013 && v > us) { continue }
            if Foundation.log(v) + Foundation.log(inverseAlpha) - Foundation.log(a / (us * us) + b)
                <= -mean + k * logMean - lgamma(k + 1) {
                return Int(k)
            }
        }
    }
}
