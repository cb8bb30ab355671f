/// How finely a trend cuts time.
public enum TrendGranularity: String, CaseIterable, Codable, Sendable {
    /// Calendar months, `2025-03`.
    case month
    /// Calendar quarters: Q1 is January to March, `2025-Q1`.
    case quarter
    /// Calendar years, `2025`.
    case year

    /// The periods of one year at this granularity, in time order.
    public func periods(in year: Int) -> [TrendPeriod] {
        switch self {
        case .month: (1...12).map { .month(year: year, month: $0) }
        case .quarter: (1...4).map { .quarter(year: year, quarter: $0) }
        case .year: [.year(year)]
        }
    }

    /// The period of this granularity a month falls in; `nil` for an unknown month, except at
    /// year granularity, where only the year matters.
    func period(year: Int, month: Int?) -> TrendPeriod? {
        switch self {
        case .year: return .year(year)
        case .month: return month.map { .month(year: year, month: $0) }
        case .quarter: return month.map { .quarter(year: year, quarter: ($0 - 1) / 3 + 1) }
        }
    }
}
