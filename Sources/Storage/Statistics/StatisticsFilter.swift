import CaseModel
import Foundation
import SQLKit

/// What national statistics count: the years, and optionally only some organisations, only
/// victims whose status was decided, one sex, age group or form of exploitation.
public struct StatisticsFilter: Hashable, Sendable {
    public var years: ClosedRange<Int>
    /// Empty: every organisation.
    public var organisationIDs: [UUID]
    /// Only victims whose trafficking status is `Actual`; otherwise presumed (`Possible`) victims count too.
    public var confirmedOnly: Bool

    public init(years: ClosedRange<Int>, organisationIDs: [UUID] = [], confirmedOnly: Bool = false) {
        self.years = years
        self.organisationIDs = organisationIDs
        self.confirmedOnly = confirmedOnly
    }

    /// The trafficking statuses counted as detected victims. Persons found not to be victims never are.
    public var statuses: [String] {
        confirmedOnly
            ? [TraffickingStatus.actualVictimOfTrafficking.rawValue]
            : [TraffickingStatus.actualVictimOfTrafficking.rawValue, TraffickingStatus.possibleVictimOfTrafficking.rawValue]
    }

    /// The `WHERE` condition on `victim_facts` aliased `f`.
    var victimCondition: SQLQueryString {
        var condition: SQLQueryString = "f.year BETWEEN \(bind: years.lowerBound) AND \(bind: years.upperBound) AND f.status IN (\(binds: statuses))"
        if !organisationIDs.isEmpty {
            condition = condition + " AND f.organisation_id IN (\(binds: organisationIDs))"
        }
        return condition
    }
}
