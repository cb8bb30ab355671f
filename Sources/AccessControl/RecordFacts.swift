import Foundation

/// What the policy needs to know about one record: who owns it, which
/// organisation it belongs to, and which organisations it has been referred to.
public struct RecordFacts: Hashable, Sendable {
    public var kind: RecordKind
    public var ownerUserID: UUID?
    public var organisationID: UUID?
    public var referredToOrganisationIDs: Set<UUID>

    public init(
        kind: RecordKind,
        ownerUserID: UUID? = nil,
        organisationID: UUID? = nil,
        referredToOrganisationIDs: Set<UUID> = []
    ) {
        self.kind = kind
        self.ownerUserID = ownerUserID
        self.organisationID = organisationID
        self.referredToOrganisationIDs = referredToOrganisationIDs
    }

    /// Whether the record lies inside `scope` as seen by `principal`.
    public func lies(within scope: Scope, for principal: Principal) -> Bool {
        let owned = ownerUserID == principal.userID
        let inOrganisation = organisationID == principal.organisationID
        switch scope {
        case .own: return owned
        case .organisation: return owned || inOrganisation
        case .referred: return owned || inOrganisation || referredToOrganisationIDs.contains(principal.organisationID)
        case .national: return true
        }
    }
}
