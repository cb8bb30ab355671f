import CaseModel
import FluentKit
import Foundation
import Reporting
import SQLKit

/// The inputs of trends, routes and services figures. Victim ids are used inside this query only,
/// to count a victim's services once; what leaves is counts, country codes and dates.
public struct StatisticsDetailQueries: Sendable {
    public let filter: StatisticsFilter

    public init(filter: StatisticsFilter) {
        self.filter = filter
    }

    /// Detected victims by year, month, sex, age and group.
    public func trendCounts(on database: any Database) async throws -> [TrendKey: Int] {
        let sql = Backend.sqlDatabase(database)
        var counts: [TrendKey: Int] = [:]
        for row in try await sql.raw("SELECT f.year AS y, f.month AS m, f.sex AS s, f.age AS a, f.form_group AS g, COUNT(*) AS n FROM victim_facts f WHERE \(filter.victimCondition) GROUP BY f.year, f.month, f.sex, f.age, f.form_group").all() {
            guard let sex = GLOTIPSex(rawValue: try row.decode(column: "s", as: String.self)), let age = GLOTIPAge(rawValue: try row.decode(column: "a", as: String.self)) else { continue }
            let group = try row.decode(column: "g", as: String?.self).flatMap(GLOTIPExploitationGroup.init(rawValue:))
            let key = TrendKey(year: try row.decode(column: "y", as: Int.self), month: try row.decode(column: "m", as: Int?.self), sex: sex, age: age, group: group)
            counts[key, default: 0] += try row.decode(column: "n", as: Int.self)
        }
        return counts
    }

    /// Detected victims' routes with how many victims took each, from the route columns of their
    /// facts: grouped in the database, so a year of a large register is a few thousand values.
    public func routes(on database: any Database) async throws -> [RouteCount] {
        let sql = Backend.sqlDatabase(database)
        let columns = "f.year, f.route_origin, f.route_transit_1, f.route_transit_2, f.route_transit_3, f.route_destination, f.route_origin_area, f.route_destination_area"
        var routes: [RouteCount] = []
        for row in try await sql.raw("SELECT \(unsafeRaw: columns), COUNT(*) AS n FROM victim_facts f WHERE \(filter.victimCondition) GROUP BY \(unsafeRaw: columns)").all() {
            let route = VictimRoute(
                year: try row.decode(column: "year", as: Int.self),
                origin: try row.decode(column: "route_origin", as: String?.self),
                transits: try ["route_transit_1", "route_transit_2", "route_transit_3"].compactMap { try row.decode(column: $0, as: String?.self) },
                destination: try row.decode(column: "route_destination", as: String?.self),
                originArea: try row.decode(column: "route_origin_area", as: String?.self),
                destinationArea: try row.decode(column: "route_destination_area", as: String?.self)
            )
            routes.append(RouteCount(route: route, victims: try row.decode(column: "n", as: Int.self)))
        }
        return routes
    }

    /// Services of detected victims, and their support plans.
    public func services(on database: any Database) async throws -> (services: [ServiceFact], plans: [SupportPlanFact]) {
        let sql = Backend.sqlDatabase(database)
        var keys: [UUID: Int] = [:]
        var services: [ServiceFact] = []
        for row in try await sql.raw("""
            SELECT f.victim_id AS v, f.year AS y, f.month AS m, s.service_type AS t, s.status AS st, s.start_on AS started
            FROM victim_facts f JOIN services s ON s.victim_id = f.victim_id WHERE \(filter.victimCondition)
            """).all() {
            guard let type = ServiceType(rawValue: try row.decode(column: "t", as: String.self)),
                  let status = ServiceStatus(rawValue: try row.decode(column: "st", as: String.self)) else { continue }
            let id = try row.decode(column: "v", as: UUID.self)
            let key = keys[id] ?? keys.count
            keys[id] = key
            let year = try row.decode(column: "y", as: Int.self)
            let identified = try row.decode(column: "m", as: Int?.self).flatMap { PartialDate(parsing: String(format: "%04d-%02d", year, $0)) }
            services.append(ServiceFact(victimKey: key, year: year, serviceType: type, status: status, identifiedOn: identified,
                                        startedOn: try row.decode(column: "started", as: String?.self).flatMap(PartialDate.init(parsing:))))
        }
        var plans: [SupportPlanFact] = []
        for row in try await sql.raw("SELECT f.year AS y, p.plan_type AS t, p.actual_end AS e FROM victim_facts f JOIN support_plans p ON p.victim_id = f.victim_id WHERE \(filter.victimCondition)").all() {
            guard let type = SupportPlanType(rawValue: try row.decode(column: "t", as: String.self)) else { continue }
            plans.append(SupportPlanFact(year: try row.decode(column: "y", as: Int.self), planType: type, completed: try row.decode(column: "e", as: String?.self) != nil))
        }
        return (services, plans)
    }
}
