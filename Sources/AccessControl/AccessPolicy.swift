/// The one place that decides whether a user may do an action on a record.
///
/// A decision takes three things into account: the principal's roles, the
/// principal's organisation, and the record's scope (own, organisation, referred,
/// national). Every route in the web layer asks this type, and every list query
/// is filtered by ``filter(for:action:kind:)``, so the rules cannot drift apart
/// between pages, the API and exports.
public struct AccessPolicy: Sendable {
    /// The grants of each role. Rights of several roles add up.
    public let grants: [Role: [Grant]]

    public init(grants: [Role: [Grant]]) {
        self.grants = grants
    }

    /// The widest scope in which `principal` may do `action` on records of `kind`,
    /// or `nil` when no role grants it.
    public func scope(for principal: Principal, action: Action, kind: RecordKind) -> Scope? {
        principal.roles
            .flatMap { grants[$0] ?? [] }
            .filter { $0.kind == kind && $0.actions.contains(action) }
            .map(\.scope)
            .max()
    }

    /// Decides whether `principal` may do `action` on the record described by `record`.
    public func decide(_ principal: Principal, _ action: Action, _ record: RecordFacts) -> Decision {
        if let scope = scope(for: principal, action: action, kind: record.kind),
           record.lies(within: scope, for: principal) {
            return .allowed(scope)
        }
        let readable = scope(for: principal, action: .read, kind: record.kind)
            .map { record.lies(within: $0, for: principal) } ?? false
        return .denied(visible: readable)
    }

    /// The rows of `kind` that `principal` may see when doing `action` (usually
    /// `.list` or `.export`) over many records at once.
    public func filter(for principal: Principal, action: Action = .list, kind: RecordKind) -> RecordFilter {
        switch scope(for: principal, action: action, kind: kind) {
        case nil: .nothing
        case .own: .ownedBy(userID: principal.userID)
        case .organisation: .organisation(principal.organisationID, orOwnedBy: principal.userID)
        case .referred: .organisationOrReferred(principal.organisationID, orOwnedBy: principal.userID)
        case .national: .everything
        }
    }

    /// Whether `principal` may give `role` to a user. Only a system administrator
    /// may make another; an organisation administrator may give any other role.
    public func mayAssign(_ role: Role, by principal: Principal) -> Bool {
        if principal.roles.contains(.systemAdmin) { return true }
        return principal.roles.contains(.orgAdmin) && role != .systemAdmin
    }
}
