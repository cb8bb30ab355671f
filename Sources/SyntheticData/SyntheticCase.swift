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

    public var record: CaseRecord
    public var victims: [Victim]
    public var perpetrators: [Perpetrator]
    /// The route, in date order: recruitment, maybe transit, exploitation.
    public var events: [Event]
}
