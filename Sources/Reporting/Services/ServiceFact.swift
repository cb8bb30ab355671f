import CaseModel

/// One service given or planned for a detected victim, without the victim: its type and status,
/// when the victim was identified (month precision) and when the service started (day precision).
public struct ServiceFact: Hashable, Sendable {
    /// Counts a victim once per type: an opaque number the query assigns (not an id).
    public var victimKey: Int
    public var year: Int
    public var serviceType: ServiceType
    public var status: ServiceStatus
    public var identifiedOn: PartialDate?
    public var startedOn: PartialDate?

    public init(victimKey: Int, year: Int, serviceType: ServiceType, status: ServiceStatus, identifiedOn: PartialDate?, startedOn: PartialDate?) {
        self.victimKey = victimKey
        self.year = year
        self.serviceType = serviceType
        self.status = status
        self.identifiedOn = identifiedOn
        self.startedOn = startedOn
    }
}

/// A support plan's state, for the open-versus-completed count.
public struct SupportPlanFact: Hashable, Sendable {
    public var year: Int
    public var planType: SupportPlanType
    /// Completed when it has an actual end date.
    public var completed: Bool

    public init(year: Int, planType: SupportPlanType, completed: Bool) {
        self.year = year
        self.planType = planType
        self.completed = completed
    }
}
