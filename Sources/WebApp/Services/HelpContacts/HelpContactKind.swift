import Localization

/// What a help contact is, as the public directory groups and filters them.
enum HelpContactKind: String, CaseIterable, Codable, Sendable {
    /// A telephone or chat line that takes calls from the public, day or night.
    case hotline
    /// The police, or their anti-trafficking unit.
    case police
    /// A consulate or embassy: the one of a person's own country helps with lost or kept papers.
    case consulate
    /// A non-governmental organisation that supports survivors.
    case ngo
    /// A shelter or safe house.
    case shelter
    /// Free legal advice or representation.
    case legalAid
    /// Anything else worth calling (a labour inspectorate, a migrants' office).
    case other

    var label: TextKey {
        switch self {
        case .hotline: .helpKindHotline
        case .police: .helpKindPolice
        case .consulate: .helpKindConsulate
        case .ngo: .helpKindNGO
        case .shelter: .helpKindShelter
        case .legalAid: .helpKindLegalAid
        case .other: .helpKindOther
        }
    }
}
