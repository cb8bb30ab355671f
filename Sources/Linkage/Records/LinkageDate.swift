/// A birth date known to year, year-month or full precision.
///
/// Agencies often know only the year ("about 25 years old") or the month;
/// comparisons must compare dates at the precision both sides have instead
/// of treating a missing day as a disagreement.
public struct LinkageDate: Sendable, Hashable, Codable {
    public var year: Int
    /// 1...12, or nil when only the year is known.
    public var month: Int?
    /// 1...31, or nil when the day is unknown (always nil without a month).
    public var day: Int?

    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = month == nil ? nil : day
    }

    /// 1 = year, 2 = year-month, 3 = full date.
    public var precision: Int { day != nil ? 3 : (month != nil ? 2 : 1) }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (surrounding blanks allowed);
    /// nil for empty or malformed text, or out-of-range month/day, so that a
    /// garbled date is treated as unknown rather than as a disagreement.
    public init?(iso text: String) {
        let bytes = Array(text.utf8).filter { $0 != 0x20 }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                let byte = bytes[index]
                guard byte >= 0x30 && byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        switch bytes.count {
        case 4:
            guard let y = number(0..<4) else { return nil }
            self.init(year: y)
        case 7:
            guard bytes[4] == 0x2D, let y = number(0..<4), let m = number(5..<7), (1...12).contains(m) else { return nil }
            self.init(year: y, month: m)
        case 10:
            guard bytes[4] == 0x2D, bytes[7] == 0x2D, let y = number(0..<4), let m = number(5..<7),
                  let d = number(8..<10), (1...12).contains(m), (1...31).contains(d) else { return nil }
            self.init(year: y, month: m, day: d)
        default:
            return nil
        }
    }
}
