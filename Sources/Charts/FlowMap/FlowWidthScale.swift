import Foundation

/// Stroke widths for flow counts: a square-root scale from ``minimumWidth`` (count 1, and any
/// count when all are equal) to ``maximumWidth`` (the largest count shown).
///
/// Square root rather than linear because national flows span orders of magnitude: with a linear
/// scale, flows of 3 and 30 next to one of 900 would all be hairlines of the same width. The
/// scale still grows strictly with the count, so a wider line always means more people; the legend
/// prints sample widths with their values so nobody has to guess the scale.
struct FlowWidthScale: Equatable {
    /// Width of the smallest flow, in pixels: thin, but still visible over a pale fill.
    static let minimumWidth = 1.5
    /// Width of the largest flow, in pixels: thick enough to stand out, thin enough not to hide
    /// small countries at a 640 px map.
    static let maximumWidth = 12.0
    /// Width of a withheld flow, drawn dashed: as thin as the thinnest, since its size is unknown.
    static let withheldWidth = 1.2

    /// The largest count shown.
    let maximumCount: Int

    init(maximumCount: Int) {
        self.maximumCount = max(1, maximumCount)
    }

    /// The width for `count`: `min + (max − min) · √((count − 1) / (maximumCount − 1))`, so a
    /// count of 1 gets the minimum and the largest count the maximum.
    func width(for count: Int) -> Double {
        guard maximumCount > 1 else { return Self.minimumWidth }
        let clamped = Double(min(max(count, 1), maximumCount))
        let fraction = ((clamped - 1) / Double(maximumCount - 1)).squareRoot()
        return Self.minimumWidth + (Self.maximumWidth - Self.minimumWidth) * fraction
    }

    /// Up to three counts for the legend: the smallest and largest shown, and a round number (1, 2
    /// or 5 times a power of ten) near their geometric middle when it is at least twice the smallest
    /// and at most half the largest (closer, its width could not be told apart); fewer when they
    /// coincide.
    static func legendSamples(_ counts: [Int]) -> [Int] {
        guard let low = counts.min(), let high = counts.max() else { return [] }
        var samples = [low]
        let middle = roundNumber(near: (Double(low) * Double(high)).squareRoot())
        if middle >= 2 * low, 2 * middle <= high { samples.append(middle) }
        if high > low { samples.append(high) }
        return samples
    }

    /// The 1-2-5 number closest to `value` (at least 1).
    static func roundNumber(near value: Double) -> Int {
        guard value > 1 else { return 1 }
        let magnitude = pow(10, floor(log10(value)))
        let candidates = [1.0, 2, 5, 10].map { $0 * magnitude }
        let best = candidates.min { abs($0 - value) < abs($1 - value) }!
        return Int(best)
    }
}
