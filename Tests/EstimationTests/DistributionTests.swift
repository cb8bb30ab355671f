import Foundation
import Testing
@testable import Estimation

@Suite("Distributions")
struct DistributionTests {
    // Expected: R 4.x qnorm(p) to 15 digits.
    @Test("Normal quantiles match R's qnorm", arguments: [
        (0.975, 1.959963984540054), (0.025, -1.959963984540054), (0.5, 0.0),
        (0.84, 0.994457883209753), (1e-10, -6.361340902404056), (0.999, 3.090232306167813),
    ])
    func normalQuantile(p: Double, expected: Double) {
        #expect(abs(Normal.quantile(p) - expected) < 1e-12)
    }

    @Test("The normal CDF inverts the quantile")
    func normalRoundTrip() {
        for p in stride(from: 0.001, to: 1, by: 0.0371) {
            #expect(abs(Normal.cdf(Normal.quantile(p)) - p) < 1e-13)
        }
    }

    /// Poisson tails by direct summation of the probability mass function, in logs.
    static func directLower(_ k: Int, _ mean: Double) -> Double {
        (0...k).reduce(0.0) { $0 + exp(Double($1) * log(mean) - mean - lgamma(Double($1) + 1)) }
    }

    @Test("Poisson tails match direct summation", arguments: [
        (0, 2.5), (3, 2.5), (35, 9.2), (10, 30.0), (100, 80.0), (1, 0.01), (500, 450.0),
    ])
    func poissonTails(k: Int, mean: Double) {
        #expect(relativeDifference(Poisson.lowerTail(k, mean: mean), Self.directLower(k, mean)) < 1e-10)
        // 1 − CDF loses its digits in a tiny tail; those are checked by `tinyUpperTail`.
        if k > 0 && Self.directLower(k - 1, mean) < 0.999 {
            let upper = 1 - Self.directLower(k - 1, mean)
            #expect(relativeDifference(Poisson.upperTail(k, mean: mean), upper) < 1e-9)
        }
        #expect(Poisson.upperTail(0, mean: mean) == 1)
    }

    @Test("A tiny upper tail keeps its relative accuracy")
    func tinyUpperTail() {
        // P(X ≥ 35 | λ = 9.2): sum the mass from 35 up, where 1 − CDF would lose every digit.
        let direct = (35...200).reduce(0.0) { $0 + exp(Double($1) * log(9.2) - 9.2 - lgamma(Double($1) + 1)) }
        #expect(relativeDifference(Poisson.upperTail(35, mean: 9.2), direct) < 1e-10)
    }
}

@Suite("Random numbers")
struct RandomTests {
    @Test("SplitMix64 matches the reference outputs for seed 1234567")
    func splitMix() {
        // Expected: Rosetta Code, "Pseudo-random numbers/Splitmix64" (Vigna's splitmix64.c).
        var generator = SplitMix64(seed: 1_234_567)
        #expect((0..<5).map { _ in generator.next() } == [
            6_457_827_717_110_365_317, 3_203_168_211_198_807_973, 9_817_491_932_198_370_423,
            4_593_380_528_125_082_431, 16_408_922_859_458_223_821,
        ])
    }

    @Test("xoshiro256** matches the reference outputs from state (1, 2, 3, 4)")
    func xoshiro() {
        // Expected: Vigna's xoshiro256starstar.c run from s = {1, 2, 3, 4}.
        var generator = Xoshiro256StarStar(state: (1, 2, 3, 4))
        #expect((0..<4).map { _ in generator.next() } == [11520, 0, 1_509_978_240, 1_215_971_899_390_074_240])
    }

    @Test("Poisson draws have the right mean and variance", arguments: [0.7, 4.0, 25.0, 900.0])
    func poissonMoments(mean: Double) {
        var generator = Xoshiro256StarStar(seed: 2024)
        let draws = (0..<40_000).map { _ in Double(PoissonSampler.sample(mean: mean, using: &generator)) }
        let average = draws.reduce(0, +) / Double(draws.count)
        let variance = draws.reduce(0) { $0 + ($1 - average) * ($1 - average) } / Double(draws.count - 1)
        // 6 standard errors of the mean; the variance within 5 %.
        #expect(abs(average - mean) < 6 * (mean / Double(draws.count)).squareRoot())
        #expect(relativeDifference(variance, mean) < 0.05)
    }

    @Test("Binomial draws have the right mean and variance", arguments: [
        (20, 0.1), (50, 0.5), (1000, 0.03), (100_000, 0.27), (400, 0.96),
    ])
    func binomialMoments(trials: Int, probability: Double) {
        var generator = Xoshiro256StarStar(seed: 77)
        let draws = (0..<40_000).map { _ in
            Double(BinomialSampler.sample(trials: trials, probability: probability, using: &generator))
        }
        let mean = Double(trials) * probability
        let expectedVariance = mean * (1 - probability)
        let average = draws.reduce(0, +) / Double(draws.count)
        let variance = draws.reduce(0) { $0 + ($1 - average) * ($1 - average) } / Double(draws.count - 1)
        #expect(draws.allSatisfy { $0 >= 0 && $0 <= Double(trials) })
        #expect(abs(average - mean) < 6 * (expectedVariance / Double(draws.count)).squareRoot())
        #expect(relativeDifference(variance, expectedVariance) < 0.05)
    }

    @Test("Multinomial samples keep the total and follow the weights")
    func multinomial() {
        var generator = Xoshiro256StarStar(seed: 9)
        let sampler = MultinomialSampler(weights: [1, 0, 3, 6])
        var totals = [0, 0, 0, 0]
        for _ in 0..<200 {
            let counts = sampler.sample(trials: 1000, using: &generator)
            #expect(counts.reduce(0, +) == 1000)
            for index in counts.indices { totals[index] += counts[index] }
        }
        #expect(totals[1] == 0)
        for (count, share) in zip(totals, [0.1, 0.0, 0.3, 0.6]) where share > 0 {
            #expect(abs(Double(count) / 200_000 - share) < 0.005)
        }
    }
}
