/// The age bands SDG 16.2.2 and GLOTIP report: children (0–17), adults (18 and over), and everyone.
public enum PopulationAgeBand: String, CaseIterable, Codable, Sendable {
    case total
    /// Aged 0 to 17.
    case children
    /// Aged 18 and over.
    case adults

    /// The band for a GLOTIP age, or `nil` for `unknown`, which has no denominator.
    public init?(_ age: GLOTIPAge) {
        switch age {
        case .total: self = .total
        case .child: self = .children
        case .adult: self = .adults
        case .unknown: return nil
        }
    }

    /// The GLOTIP column value for this band.
    public var glotipAge: GLOTIPAge {
        switch self {
        case .total: .total
        case .children: .child
        case .adults: .adult
        }
    }
}
