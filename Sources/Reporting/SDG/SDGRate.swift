import Foundation

/// A rate of detected victims per 100,000 population, as it may be published.
public enum SDGRate: Hashable, Sendable {
    /// The rate, unrounded. Round only for display (`text`), so that sums and comparisons stay exact.
    case value(Double)
    /// Withheld because its count is withheld: with the population public, a rate reveals its count.
    case withheld
    /// Undefined because the population is zero (e.g. children in a very small territory).
    case noPopulation

    /// The unrounded rate, when it may be shown.
    public var value: Double? {
        if case .value(let rate) = self { return rate }
        return nil
    }

    /// The rate rounded to two decimals, when it may be shown.
    public var rounded: Double? {
        value.map { ($0 * 100).rounded() / 100 }
    }

    /// The rate with two decimals and a full stop as decimal mark (`"9.20"`); empty when withheld
    /// or undefined. Exports and pages that localise numbers format `value` themselves.
    public var text: String {
        value.map { String(format: "%.2f", $0) } ?? ""
    }
}
