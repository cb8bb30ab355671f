import Foundation

/// Tail probabilities of the Poisson distribution, through the regularised incomplete gamma
/// function: `P(X ≤ k) = Q(k + 1, λ)` and `P(X ≥ k) = P(k, λ)`, each computed directly so
/// that small tails keep their relative accuracy (as R's `ppois` does).
public enum Poisson {
    /// `P(X ≤ k)` for `X ~ Poisson(mean)`.
    public static func lowerTail(_ k: Int, mean: Double) -> Double {
        if k < 0 { return 0 }
        if mean <= 0 { return 1 }
        return IncompleteGamma.upper(Double(k) + 1, mean)
    }

    /// `P(X ≥ k)` for `X ~ Poisson(mean)`.
    public static func upperTail(_ k: Int, mean: Double) -> Double {
        if k <= 0 { return 1 }
        if mean <= 0 { return 0 }
        return IncompleteGamma.lower(Double(k), mean)
    }
}

/// Regularised incomplete gamma functions `P(a, x)` and `Q(a, x) = 1 − P(a, x)`:
/// a power series below `x = a + 1` and a continued fraction (modified Lentz) above it.
enum IncompleteGamma {
    static func lower(_ a: Double, _ x: Double) -> Double {
        if x <= 0 { return 0 }
        return x < a + 1 ? series(a, x) : 1 - continuedFraction(a, x)
    }

    static func upper(_ a: Double, _ x: Double) -> Double {
        if x <= 0 { return 1 }
        return x < a + 1 ? 1 - series(a, x) : continuedFraction(a, x)
    }

    private static func prefix(_ a: Double, _ x: Double) -> Double {
        Foundation.exp(a * Foundation.log(x) - x - lgamma(a))
    }

    private static func series(_ a: Double, _ x: Double) -> Double {
        var term = 1 / a
        var sum = term
        var denominator = a
        for _ in 0..<10_000 {
            denominator += 1
            term *= x / denominator
            sum += term
            if abs(term) < abs(sum) * 1e-17 { break }
        }
        return sum * prefix(a, x)
    }

    private static func continuedFraction(_ a: Double, _ x: Double) -> Double {
        let tiny = 1e-300
        var b = x + 1 - a
        var c = 1 / tiny
        var d = 1 / b
        var h = d
        for i in 1..<10_000 {
            let an = -Double(i) * (Double(i) - a)
            b += 2
            d = an * d + b
            if abs(d) < tiny { d = tiny }
            c = b + an / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            h *= delta
            if abs(delta - 1) < 1e-16 { break }
        }
        return prefix(a, x) * h
    }
}
