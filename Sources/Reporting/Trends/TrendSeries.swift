/// One line of a trend chart: the victims of one category (or all) period by period.
public struct TrendSeries: Hashable, Sendable {
    /// What the series counts: `nil` for every victim the filter lets through, otherwise one
    /// category of the split.
    public var category: TrendCategory?
    /// Every period of the year range in time order, zeros included, so a chart has no gaps.
    public var points: [TrendPoint]
    /// Each year's total, in year order: the months or quarters of a year plus its
    /// ``monthUnknown`` part. At year granularity these are the points themselves.
    public var yearTotals: [TrendPoint]
    /// Per year, the victims whose month of identification is unknown: they count in the year's
    /// total but in no month or quarter, so the points of a year can add up to less than its total.
    /// Empty at year granularity, where every victim has a period.
    public var monthUnknown: [Int: ReportedValue]

    public init(category: TrendCategory?, points: [TrendPoint], yearTotals: [TrendPoint], monthUnknown: [Int: ReportedValue]) {
        self.category = category
        self.points = points
        self.yearTotals = yearTotals
        self.monthUnknown = monthUnknown
    }

    /// The series' legend: the category's UNODC label, or `Total` for the unsplit series.
    public var label: String { category?.description ?? "Total" }
}

/// One period of a series with its value as published.
public struct TrendPoint: Hashable, Sendable {
    public var period: TrendPeriod
    public var value: ReportedValue

    public init(period: TrendPeriod, value: ReportedValue) {
        self.period = period
        self.value = value
    }
}
