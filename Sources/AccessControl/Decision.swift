/// The answer to "may this user do this to this record?".
public enum Decision: Hashable, Sendable {
    /// Allowed, through a grant of this scope.
    case allowed(Scope)
    /// Not allowed. `visible` says whether the principal may know the record exists:
    /// when it is false the web layer answers 404, so no one learns of a record
    /// they may not read, and 403 otherwise.
    case denied(visible: Bool)

    public var isAllowed: Bool {
        if case .allowed = self { return true }
        return false
    }
}
