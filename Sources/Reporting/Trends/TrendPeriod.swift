/// One month, quarter or year of a trend.
///
/// Written as ISO 8601 does for months and years (`2025-03`, `2025`) and as statistics offices do
/// for quarters (`2025-Q1`). Periods sort by the month they start in; a longer period sorts after a
/// shorter one that starts in the same month, so `2025-01 < 2025-Q1 < 2025`.
public enum TrendPeriod: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// A calendar month, 1…12.
    case month(year: Int, month: Int)
    /// A calendar quarter, 1…4.
    case quarter(year: Int, quarter: Int)
    /// A calendar year.
    case year(Int)

    /// The year the period lies in.
    public var year: Int {
        switch self {
        case .month(let year, _), .quarter(let year, _), .year(let year): year
        }
    }

    /// The first month of the period, 1…12.
    public var firstMonth: Int {
        switch self {
        case .month(_, let month): month
        case .quarter(_, let quarter): (quarter - 1) * 3 + 1
        case .year: 1
        }
    }

    public var granularity: TrendGranularity {
        switch self {
        case .month: .month
        case .quarter: .quarter
        case .year: .year
        }
    }

    public var description: String {
        switch self {
        case .month(let year, let month): "\(year)-\(month < 10 ? "0" : "")\(month)"
        case .quarter(let year, let quarter): "\(year)-Q\(quarter)"
        case .year(let year): "\(year)"
        }
    }

    public static func < (lhs: TrendPeriod, rhs: TrendPeriod) -> Bool {
        (lhs.year, lhs.firstMonth, lhs.lengthRank) < (rhs.year, rhs.firstMonth, rhs.lengthRank)
    }

    private var lengthRank: Int {
        switch self {
        case .month: 0
        case .quarter: 1
        case .year: 2
        }
    }
}
