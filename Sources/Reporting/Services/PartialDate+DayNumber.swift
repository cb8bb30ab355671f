import CaseModel

extension PartialDate {
    /// The number of the first day the date can mean, counting 1 January of year 1 as day 1
    /// (proleptic Gregorian): subtracting two of them gives the days between.
    var firstDayNumber: Int {
        let first = firstDay
        let past = first.year - 1
        let daysBeforeYear = past * 365 + past / 4 - past / 100 + past / 400
        let isLeap = (first.year % 4 == 0 && first.year % 100 != 0) || first.year % 400 == 0
        let daysBeforeMonth = Self.daysBeforeMonth[first.month - 1] + (isLeap && first.month > 2 ? 1 : 0)
        return daysBeforeYear + daysBeforeMonth + first.day
    }

    /// Days in a common year before the first of each month.
    private static let daysBeforeMonth = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
}
