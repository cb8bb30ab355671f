import CaseModel

/// A dimension a trend can be filtered on or split by.
public enum TrendDimension: String, CaseIterable, Codable, Sendable {
    case sex
    case age
    /// The GLOTIP group of the victim's forms of exploitation (mixed forms under other forms,
    /// none recorded under unknown), as the GLOTIP tables count it.
    case group
}

/// One category of a ``TrendDimension``: what one series of a split trend counts.
public enum TrendCategory: Hashable, Sendable, CustomStringConvertible {
    case sex(GLOTIPSex)
    case age(GLOTIPAge)
    case group(GLOTIPFormCategory)

    public var dimension: TrendDimension {
        switch self {
        case .sex: .sex
        case .age: .age
        case .group: .group
        }
    }

    /// The UNODC label of the category (`Female`, `0 to 17 years`, `Forced labour`).
    public var description: String {
        switch self {
        case .sex(let sex): sex.rawValue
        case .age(let age): age.rawValue
        case .group(let group): group.rawValue
        }
    }

    /// The categories of a dimension, in the order the GLOTIP tables list them; every victim is in
    /// exactly one, so their series add up to the unsplit one.
    public static func categories(of dimension: TrendDimension) -> [TrendCategory] {
        switch dimension {
        case .sex: GLOTIPSex.categories.map { .sex($0) }
        case .age: GLOTIPAge.categories.map { .age($0) }
        case .group: GLOTIPFormCategory.allCases.map { .group($0) }
        }
    }

    /// Whether a tally key falls in this category.
    func contains(_ key: TrendKey) -> Bool {
        switch self {
        case .sex(let sex): key.normalizedSex == sex
        case .age(let age): key.normalizedAge == age
        case .group(let group): GLOTIPFormCategory(group: key.group) == group
        }
    }
}

extension TrendKey {
    /// The sex category; a key tallied with `total` (no category) counts as unknown, so every key
    /// is in exactly one category.
    var normalizedSex: GLOTIPSex { sex == .total ? .unknown : sex }
    /// The age category; `total` counts as unknown, as for sex.
    var normalizedAge: GLOTIPAge { age == .total ? .unknown : age }
}
