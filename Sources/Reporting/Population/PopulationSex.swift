/// The sexes a population denominator exists for. WPP publishes females and males; `total` is their sum.
///
/// Population statistics have no "other" or "unknown" sex, so victims recorded that way have no
/// denominator of their own: they count in the total rate only.
public enum PopulationSex: String, CaseIterable, Codable, Sendable {
    case total
    case female
    case male

    /// The sexes the table stores; `total` is always their sum.
    public static let stored: [PopulationSex] = [.female, .male]

    /// The denominator for a GLOTIP sex, or `nil` for `other` and `unknown`, which have none.
    public init?(_ sex: GLOTIPSex) {
        switch sex {
        case .total: self = .total
        case .female: self = .female
        case .male: self = .male
        case .other, .unknown: return nil
        }
    }

    /// The GLOTIP column value for this sex.
    public var glotipSex: GLOTIPSex {
        switch self {
        case .total: .total
        case .female: .female
        case .male: .male
        }
    }
}
