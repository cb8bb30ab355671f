/// A cell of the table a trend is suppressed on: one slot of one series.
struct TrendCell: Hashable, Sendable {
    enum Slot: Hashable, Sendable {
        /// A month or quarter; at year granularity the year itself is the ``yearTotal`` slot.
        case period(TrendPeriod)
        /// The victims of a year whose month is unknown.
        case monthUnknown(year: Int)
        /// All victims of a year.
        case yearTotal(year: Int)
    }

    /// `nil` for the unsplit series.
    var category: TrendCategory?
    var slot: Slot
}
