import CaseModel

/// One generated case: what a case worker would have registered.
public struct SyntheticCase: Sendable {
    public struct Victim: Sendable {
        public var person: PersonRecord
        public var context: VictimContext
    }

    public struct Perpetrator: Sendable {
        public var person: PersonRecord
        public var context: PerpetratorContext
    }

    public struct Event: Sendable {
        /// The victim the event belongs to, or `nil` for the whole case.
        public var victimIndex: Int?
        public var event: RouteEvent
    }

    /// A service given to a victim.
    public struct Service: Sendable {
        public var victimIndex: Int
        public var type: ServiceType
        public var status: ServiceStatus
        public var startedOn: PartialDate?
        public var endedOn: PartialDate?
    }

    /// A support plan for a victim; completed when it has an end date.
    public struct SupportPlan: Sendable {
        public var victimIndex: Int
        public var type: SupportPlanType
        public var completedOn: PartialDate?
    }

    /// A perpetrator reaching a criminal-justice stage.
    public struct JusticeStep: Sendable {
        /// The stages GLOTIP counts persons at; raw values are the registry's.
        public enum Stage: String, Sendable {
            case formalContact = "FormalContact", prosecuted = "Prosecuted", convicted = "Convicted"
        }

        public var perpetratorIndex: Int
        public var stage: Stage
        public var reachedOn: PartialDate
        /// The criminal-code article.
        public var article: String?
    }

    public var record: CaseRecord
    public var victims: [Victim]
    public var perpetrators: [Perpetrator]
    /// The route, in date order: recruitment, maybe transit, exploitation.
    public var events: [Event]
    public var services: [Service] = []
    public var supportPlans: [SupportPlan] = []
    public var justice: [JusticeStep] = []
}
