import Foundation

/// A date known to the year, the month, or the day, as case records often are:
/// "born in 1998", "recruited in March 2023", "arrived on 2023-04-17".
///
/// Written as ISO 8601 (`1998`, `2023-03`, `2023-04-17`).
public struct PartialDate: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public enum Precision: String, Codable, Sendable, Comparable {
        case year, month, day

        public static func < (lhs: Precision, rhs: Precision) -> Bool {
            let order: [Precision] = [.year, .month, .day]
            return order.firstIndex(of: lhs)! < order.firstIndex(of: rhs)!
        }
    }

    public let year: Int
    public let month: Int?
    public let day: Int?

    /// - Returns: `nil` when the parts do not make a real date (month 13,
    ///   30 February, a day without a month) or the year is outside 1800–2200.
    public init?(year: Int, month: Int? = nil, day: Int? = nil) {
        guard (1800...2200).contains(year) else { return nil }
        if let month, !(1...12).contains(month) { return nil }
        if let day {
            guard let month, day >= 1, day <= Self.daysIn(month: month, year: year) else { return nil }
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    public init?(parsing text: String) {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count),
              parts[0].count == 4, let year = Int(parts[0]),
              parts.dropFirst().allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isNumber) })
        else { return nil }
        self.init(year: year, month: parts.count > 1 ? Int(parts[1]) : nil, day: parts.count > 2 ? Int(parts[2]) : nil)
    }

    public var precision: Precision {
        day != nil ? .day : month != nil ? .month : .year
    }

    public var description: String {
        var text = Self.padded(year, 4)
        if let month { text += "-" + Self.padded(month, 2) }
        if let day { text += "-" + Self.padded(day, 2) }
        return text
    }

    /// The first day the date can mean, as `YYYY-MM-DD`.
    public var firstDayText: String {
        let first = firstDay
        return PartialDate(year: first.year, month: first.month, day: first.day)?.description ?? description
    }

    /// The last day the date can mean, as `YYYY-MM-DD`.
    public var lastDayText: String {
        let last = lastDay
        return PartialDate(year: last.year, month: last.month, day: last.day)?.description ?? description
    }

    /// Zero-padded without `String(format:)`, which is slow on Linux and dates are written often.
    private static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    /// The same date to the month at most: what statistics may keep in plain text.
    public var toMonth: PartialDate {
        PartialDate(year: year, month: month)!
    }

    /// The first and last days the date can mean, as `(year, month, day)`.
    public var firstDay: (year: Int, month: Int, day: Int) { (year, month ?? 1, day ?? 1) }
    public var lastDay: (year: Int, month: Int, day: Int) {
        let month = self.month ?? 12
        return (year, month, day ?? Self.daysIn(month: month, year: year))
    }

    /// Whether even the earliest day the date can mean is after `today`.
    public func isInFuture(today: PartialDate) -> Bool {
        let first = firstDay
        let now = today.lastDay
        return (first.year, first.month, first.day) > (now.year, now.month, now.day)
    }

    /// The ages, in whole years, a person born on this date can have on `date`:
    /// one value for a full date, up to two for a year or month.
    public func ages(on date: PartialDate) -> ClosedRange<Int> {
        func age(born: (Int, Int, Int), on day: (Int, Int, Int)) -> Int {
            day.0 - born.0 - ((day.1, day.2) < (born.1, born.2) ? 1 : 0)
        }
        let youngest = age(born: (lastDay.year, lastDay.month, lastDay.day), on: (date.firstDay.year, date.firstDay.month, date.firstDay.day))
        let oldest = age(born: (firstDay.year, firstDay.month, firstDay.day), on: (date.lastDay.year, date.lastDay.month, date.lastDay.day))
        return min(youngest, oldest)...max(youngest, oldest)
    }

    /// Today, in UTC, to the day.
    public static func today(_ now: Date = Date()) -> PartialDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: now)
        return PartialDate(year: parts.year!, month: parts.month, day: parts.day)!
    }

    public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
        (lhs.year, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = PartialDate(parsing: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "expected YYYY, YYYY-MM or YYYY-MM-DD"))
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
