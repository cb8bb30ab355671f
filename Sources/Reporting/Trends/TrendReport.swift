/// A trend of detected victims, ready to chart or export: the unsplit series first, then one
/// series per category of the split, all suppressed together.
public struct TrendReport: Hashable, Sendable {
    public var granularity: TrendGranularity
    public var years: ClosedRange<Int>
    public var filter: TrendFilter
    /// The dimension the victims are split by; `nil` gives the unsplit series alone.
    public var splitBy: TrendDimension?
    /// The unsplit series, then the split's categories in GLOTIP order (only those the filter
    /// allows: a trend of females split by sex has one category).
    public var series: [TrendSeries]
    /// The rule the values were suppressed with.
    public var rule: SuppressionRule

    public init(granularity: TrendGranularity, years: ClosedRange<Int>, filter: TrendFilter, splitBy: TrendDimension?, series: [TrendSeries], rule: SuppressionRule) {
        self.granularity = granularity
        self.years = years
        self.filter = filter
        self.splitBy = splitBy
        self.series = series
        self.rule = rule
    }

    /// Whether some victims have no known month, going by the published unsplit series: then the
    /// monthly or quarterly points do not add up to the year totals. A withheld part counts as
    /// present, since it may be.
    public var hasUnknownMonths: Bool {
        series.first?.monthUnknown.values.contains { $0 != .count(0) } ?? false
    }

    /// The sentence a chart or export carries when ``hasUnknownMonths``; `nil` otherwise.
    public var unknownMonthNote: String? {
        guard hasUnknownMonths else { return nil }
        return "Some victims were identified in a known year but an unknown month: they count in the year totals but in no \(granularity == .quarter ? "quarter" : "month"), so the \(granularity == .quarter ? "quarters" : "months") of a year can add up to less than its total."
    }
}
