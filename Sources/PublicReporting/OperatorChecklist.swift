/// The operators' verification steps for an alert or report, after LibertApp's
/// operations centre: reach the person, confirm who and where they are, assess
/// the risk, choose the response route. Stored as the ticked names, comma-separated.
public enum OperatorChecklistItem: String, CaseIterable, Sendable, Codable {
    case contacted, identityConfirmed, locationConfirmed, riskAssessed, responseChosen

    /// The ticked items in a stored list; unknown names (from a later version) are ignored.
    public static func parse(_ stored: String) -> Set<OperatorChecklistItem> {
        Set(stored.split(separator: ",").compactMap { OperatorChecklistItem(rawValue: String($0)) })
    }

    /// The stored form, in the order of `allCases` so equal sets store equally.
    public static func stored(_ items: Set<OperatorChecklistItem>) -> String {
        allCases.filter(items.contains).map(\.rawValue).joined(separator: ",")
    }
}

/// Response times of the operations centre, in seconds: how long items waited
/// for an operator's first action, and how long until they were closed.
public struct ResponseFigures: Sendable, Equatable {
    public var count: Int
    public var acted: Int
    public var closed: Int
    public var medianToFirstAction: Double?
    public var medianToClose: Double?

    /// From each item's (received, first action, closed) moments.
    public init(_ items: [(received: Double, firstAction: Double?, closed: Double?)]) {
        count = items.count
        let toAction = items.compactMap { item in item.firstAction.map { max(0, $0 - item.received) } }
        let toClose = items.compactMap { item in item.closed.map { max(0, $0 - item.received) } }
        acted = toAction.count
        closed = toClose.count
        medianToFirstAction = Self.median(toAction)
        medianToClose = Self.median(toClose)
    }

    /// The middle value (the mean of the two middle ones for an even count); nil for none.
    public static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}
