import Foundation

/// Formats dates as PDF date strings (§7.9.4), always in UTC.
///
/// UTC because the server's time zone must not change the bytes of a document.
enum PDFDateFormatter {
    static func string(from date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        func two(_ value: Int?) -> String {
            let v = value ?? 0
            return v < 10 ? "0\(v)" : "\(v)"
        }
        let year = String(c.year ?? 1970)
        return "D:" + String(repeating: "0", count: max(0, 4 - year.count)) + year
            + two(c.month) + two(c.day) + two(c.hour) + two(c.minute) + two(c.second) + "Z"
    }
}
