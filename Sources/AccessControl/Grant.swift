/// One line of the policy: a role may do these actions on records of one kind, within a scope.
public struct Grant: Hashable, Sendable {
    public var kind: RecordKind
    public var actions: Set<Action>
    public var scope: Scope

    public init(_ kind: RecordKind, _ actions: Set<Action>, _ scope: Scope) {
        self.kind = kind
        self.actions = actions
        self.scope = scope
    }
}
