extension Trends {
    /// The cells of a trend with their true counts and sums, zeros included.
    ///
    /// Cells are added series by series, year by year, periods before the month-unknown part and
    /// the total, which is the order secondary suppression breaks ties in.
    static func table(
        _ counts: [TrendKey: Int],
        years: ClosedRange<Int>,
        granularity: TrendGranularity,
        filter: TrendFilter,
        categories: [TrendCategory?]
    ) -> AdditiveTable<TrendCell> {
        var tally: [TrendCell: Int] = [:]
        for (key, count) in counts where years.contains(key.year) && filter.contains(key) {
            let month = key.month.flatMap { (1...12).contains($0) ? $0 : nil }
            for category in categories where category?.contains(key) ?? true {
                tally[TrendCell(category: category, slot: .yearTotal(year: key.year)), default: 0] += count
                guard granularity != .year else { continue }
                let slot: TrendCell.Slot = granularity.period(year: key.year, month: month).map { .period($0) } ?? .monthUnknown(year: key.year)
                tally[TrendCell(category: category, slot: slot), default: 0] += count
            }
        }

        var table = AdditiveTable<TrendCell>()
        for category in categories {
            for year in years {
                for slot in slots(of: year, granularity) {
                    let cell = TrendCell(category: category, slot: slot)
                    table.add(cell, count: tally[cell] ?? 0)
                }
            }
        }
        if granularity != .year {
            for category in categories {
                for year in years {
                    let parts = slots(of: year, granularity).dropLast().map { TrendCell(category: category, slot: $0) }
                    table.require(TrendCell(category: category, slot: .yearTotal(year: year)), isSumOf: parts)
                }
            }
        }
        let split = categories.compactMap { $0 }
        if !split.isEmpty {
            for year in years {
                for slot in slots(of: year, granularity) {
                    table.require(TrendCell(category: nil, slot: slot), isSumOf: split.map { TrendCell(category: $0, slot: slot) })
                }
            }
        }
        return table
    }

    /// A year's slots: its periods and month-unknown part (below year granularity), then its total.
    private static func slots(of year: Int, _ granularity: TrendGranularity) -> [TrendCell.Slot] {
        guard granularity != .year else { return [.yearTotal(year: year)] }
        return granularity.periods(in: year).map { .period($0) } + [.monthUnknown(year: year), .yearTotal(year: year)]
    }
}
