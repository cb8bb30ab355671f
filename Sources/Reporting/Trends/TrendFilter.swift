import CaseModel

/// Which victims a trend counts: those in every category given; `nil` means all.
public struct TrendFilter: Hashable, Sendable {
    /// Only victims of this sex; `nil` or `total` for all.
    public var sex: GLOTIPSex?
    /// Only victims of this age category; `nil` or `total` for all.
    public var age: GLOTIPAge?
    /// Only victims of this GLOTIP group (`unknown`: no form recorded); `nil` for all.
    public var group: GLOTIPFormCategory?

    public init(sex: GLOTIPSex? = nil, age: GLOTIPAge? = nil, group: GLOTIPFormCategory? = nil) {
        self.sex = sex
        self.age = age
        self.group = group
    }

    /// Every victim.
    public static let all = TrendFilter()

    /// The categories of the filter, as the categories a key must fall in.
    var categories: [TrendCategory] {
        var categories: [TrendCategory] = []
        if let sex, sex != .total { categories.append(.sex(sex)) }
        if let age, age != .total { categories.append(.age(age)) }
        if let group { categories.append(.group(group)) }
        return categories
    }

    /// Whether a tally key passes the filter.
    func contains(_ key: TrendKey) -> Bool {
        categories.allSatisfy { $0.contains(key) }
    }
}
