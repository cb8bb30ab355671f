import CaseModel

/// Detected victims by month, sex, age and GLOTIP group, as one `GROUP BY` over the victim facts
/// returns them. Trends are built from these counts alone.
public struct TrendKey: Hashable, Sendable {
    public var year: Int
    /// 1…12, or `nil` when only the year is known.
    public var month: Int?
    public var sex: GLOTIPSex
    public var age: GLOTIPAge
    public var group: GLOTIPExploitationGroup?

    public init(year: Int, month: Int?, sex: GLOTIPSex, age: GLOTIPAge, group: GLOTIPExploitationGroup?) {
        self.year = year
        self.month = month
        self.sex = sex
        self.age = age
        self.group = group
    }
}
