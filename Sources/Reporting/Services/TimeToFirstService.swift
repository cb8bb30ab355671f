/// How long victims identified in one year waited for their first service, in days.
public struct TimeToFirstServiceYear: Hashable, Sendable {
    public var year: Int
    /// The victims whose wait could be measured.
    public var measured: ReportedValue
    /// `nil` when fewer than the rule's threshold were measured (quartiles of two people describe
    /// those two people) or none were.
    public var days: DayQuartiles?

    public init(year: Int, measured: ReportedValue, days: DayQuartiles?) {
        self.year = year
        self.measured = measured
        self.days = days
    }
}

/// The 25th percentile, median and 75th percentile of a number of days, by linear interpolation
/// between order statistics (R type 7): with `n` sorted values and `h = (n − 1)·p`, the value
/// `h` of the way along, so `[0, 1, 2, 10, 30, 100]` has a median of `2 + 0.5·(10 − 2) = 6`.
public struct DayQuartiles: Hashable, Sendable {
    public var p25: Double
    public var median: Double
    public var p75: Double

    public init(p25: Double, median: Double, p75: Double) {
        self.p25 = p25
        self.median = median
        self.p75 = p75
    }
}
