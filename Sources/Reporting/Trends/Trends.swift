/// Trends of detected victims over time, from the tallies by month alone.
public enum Trends {
    /// The series of detected victims by month, quarter or year.
    ///
    /// A victim counts in the period of the month they were identified (the `TrendKey`'s month).
    /// A victim whose month is unknown counts in the year total but in no month or quarter; each
    /// series exposes those victims as ``TrendSeries/monthUnknown``, and
    /// ``TrendReport/unknownMonthNote`` says so. Every period of `years` is present, zero when no
    /// victim was identified in it. A key with a month outside 1…12 counts as month unknown; a key
    /// with sex or age `total` counts as unknown sex or age.
    ///
    /// **Suppression.** The year totals are the ones the GLOTIP tables publish, so a year's months
    /// (or quarters) and its month-unknown part are published as the parts of its total; when the
    /// trend is split, the categories' series add up to the unsplit one slot by slot (periods,
    /// month-unknown parts and totals alike). Those sums are kept in an ``AdditiveTable``, which
    /// withholds small counts (primary) and then enough other cells that no withheld count can be
    /// worked out (secondary, checked by ``SuppressionAudit``). Limit: the pattern is chosen for
    /// this one granularity, filter and split; publishing the same victims at another granularity
    /// or filter too needs the releases checked together.
    ///
    /// - Parameters:
    ///   - counts: Detected victims per tally key; keys outside `years` or the filter are ignored.
    ///   - years: The years to show, every one of them.
    ///   - granularity: Months, quarters or years.
    ///   - filter: Which victims to count.
    ///   - splitBy: A dimension to draw one series per category of, besides the unsplit series.
    ///   - rule: The small-cell rule.
    public static func report(
        _ counts: [TrendKey: Int],
        years: ClosedRange<Int>,
        granularity: TrendGranularity,
        filter: TrendFilter = .all,
        splitBy: TrendDimension? = nil,
        rule: SuppressionRule
    ) -> TrendReport {
        let categories = seriesCategories(splitBy: splitBy, filter: filter)
        let table = table(counts, years: years, granularity: granularity, filter: filter, categories: categories)
        let published = table.suppression(rule)
        let series = categories.map { category in
            TrendSeries(
                category: category,
                points: years.flatMap { year in
                    granularity.periods(in: year).map { period in
                        let slot: TrendCell.Slot = granularity == .year ? .yearTotal(year: year) : .period(period)
                        return TrendPoint(period: period, value: published[TrendCell(category: category, slot: slot)]!)
                    }
                },
                yearTotals: years.map { TrendPoint(period: .year($0), value: published[TrendCell(category: category, slot: .yearTotal(year: $0))]!) },
                monthUnknown: granularity == .year ? [:] : Dictionary(uniqueKeysWithValues: years.map {
                    ($0, published[TrendCell(category: category, slot: .monthUnknown(year: $0))]!)
                })
            )
        }
        return TrendReport(granularity: granularity, years: years, filter: filter, splitBy: splitBy, series: series, rule: rule)
    }

    /// `nil` (the unsplit series), then the categories of the split that the filter lets through.
    static func seriesCategories(splitBy: TrendDimension?, filter: TrendFilter) -> [TrendCategory?] {
        guard let splitBy else { return [nil] }
        let fixed = filter.categories.filter { $0.dimension == splitBy }
        let split = TrendCategory.categories(of: splitBy).filter { fixed.isEmpty || fixed.contains($0) }
        return [nil] + split.map { $0 }
    }
}
