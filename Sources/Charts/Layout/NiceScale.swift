import Foundation

/// Axis ticks at "nice" values (1, 2 or 5 times a power of ten), so a reader sees 0, 50, 100
/// rather than 0, 47.3, 94.6.
public struct NiceScale: Sendable, Equatable {
    /// The lower end of the axis.
    public let minimum: Double
    /// The upper end of the axis, a multiple of ``step`` at or above the data's maximum.
    public let maximum: Double
    /// The distance between ticks.
    public let step: Double

    /// A scale from `min(0, minimum)` to a nice value at or above `maximum`, with about
    /// `targetTicks` intervals. Counts start at zero so that bar lengths and line heights stay
    /// proportional to the values. With `integers` the step is at least 1, for counts, where a
    /// tick at 0.5 people would be nonsense.
    public init(minimum: Double, maximum: Double, targetTicks: Int = 5, integers: Bool = false) {
        let low = min(0, minimum.isFinite ? minimum : 0)
        var high = max(low, maximum.isFinite ? maximum : 0)
        if high == low { high = low + 1 }
        let rawStep = (high - low) / Double(max(1, targetTicks))
        let magnitude = pow(10, floor(log10(rawStep)))
        let fraction = rawStep / magnitude
        let niceFraction: Double = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10
        step = integers ? max(1, (niceFraction * magnitude).rounded()) : niceFraction * magnitude
        self.minimum = floor(low / step) * step
        self.maximum = ceil(high / step) * step
    }

    /// Tick values from ``minimum`` to ``maximum`` inclusive.
    public var ticks: [Double] {
        let count = Int(((maximum - minimum) / step).rounded())
        return (0...count).map { minimum + Double($0) * step }
    }
}
