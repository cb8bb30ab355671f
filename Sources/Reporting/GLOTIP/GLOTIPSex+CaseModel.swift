import CaseModel

extension GLOTIPSex {
    /// The GLOTIP sex of an HTCDS gender.
    ///
    /// HTCDS records gender identity; GLOTIP asks for female, male or other. Transgender women and
    /// men are counted as the gender they identify with, non-conforming persons as "Other", and a
    /// gender not given or not known as "Unknown". Never `total`.
    public init(gender: Gender?) {
        switch gender {
        case .feminine, .transgenderFeminine: self = .female
        case .masculine, .transgenderMasculine: self = .male
        case .nonConforming: self = .other
        case .nonSpecifiedUnknown, nil: self = .unknown
        }
    }
}

extension GLOTIPAge {
    /// The GLOTIP age category of a registry age group. Never `total`.
    public init(_ group: AgeGroup) {
        switch group {
        case .child: self = .child
        case .adult: self = .adult
        case .unknown: self = .unknown
        }
    }
}
