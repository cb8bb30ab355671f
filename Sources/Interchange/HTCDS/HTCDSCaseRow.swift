import CaseModel

/// One victim of one case, with what the case says around them: the unit of
/// the HTCDS layout, one CSV row per victim.
public struct HTCDSCaseRow: Hashable, Sendable {
    public struct Perpetrator: Hashable, Sendable {
        public var person: PersonRecord
        public var context: PerpetratorContext

        public init(person: PersonRecord, context: PerpetratorContext) {
            self.person = person
            self.context = context
        }
    }

    public struct Event: Hashable, Sendable {
        /// `true` for an event of the case as a whole rather than of this victim.
        public var caseWide: Bool
        public var event: RouteEvent

        public init(caseWide: Bool, event: RouteEvent) {
            self.caseWide = caseWide
            self.event = event
        }
    }

    /// The case's reference in the system it came from; rows with the same
    /// reference, one after the other, are victims of the same case.
    public var caseReference: String?
    public var record: CaseRecord
    public var person: PersonRecord
    public var victim: VictimContext
    /// The case's perpetrators: repeated on every row of the case, read from the first.
    public var perpetrators: [Perpetrator]
    public var events: [Event]

    public init(caseReference: String?, record: CaseRecord, person: PersonRecord, victim: VictimContext, perpetrators: [Perpetrator] = [], events: [Event] = []) {
        self.caseReference = caseReference
        self.record = record
        self.person = person
        self.victim = victim
        self.perpetrators = perpetrators
        self.events = events
    }
}
