/// The case itself (HTCDS `cas_`): when it was opened, where it stands, why it closed.
public struct CaseRecord: Hashable, Codable, Sendable {
    public var openedOn: PartialDate
    public var status: CaseStatus = .active
    public var closedOn: PartialDate?
    public var closureReason: String?
    /// A short description of the situation, in the worker's words.
    public var summary: String?

    public init(openedOn: PartialDate, status: CaseStatus = .active, summary: String? = nil) {
        self.openedOn = openedOn
        self.status = status
        self.summary = summary
    }
}
