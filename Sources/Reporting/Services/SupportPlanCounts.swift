import CaseModel

/// Support plans open and completed in one year: all plans first, then each plan type.
public struct SupportPlanYear: Hashable, Sendable {
    public var year: Int
    /// All plans (`planType == nil`), then every plan type in code-list order, zeros included.
    public var rows: [SupportPlanRow]

    public init(year: Int, rows: [SupportPlanRow]) {
        self.year = year
        self.rows = rows
    }

    /// The row of one plan type, or of all plans for `nil`.
    public subscript(planType: SupportPlanType?) -> SupportPlanRow? {
        rows.first { $0.planType == planType }
    }
}

/// Plans of one type (or all), as published: open plus completed is the total.
public struct SupportPlanRow: Hashable, Sendable {
    /// `nil` for all plans.
    public var planType: SupportPlanType?
    /// Plans with no actual end date.
    public var open: ReportedValue
    /// Plans with an actual end date.
    public var completed: ReportedValue
    public var total: ReportedValue

    public init(planType: SupportPlanType?, open: ReportedValue, completed: ReportedValue, total: ReportedValue) {
        self.planType = planType
        self.open = open
        self.completed = completed
        self.total = total
    }
}
