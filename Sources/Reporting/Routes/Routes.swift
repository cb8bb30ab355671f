/// Trafficking routes of detected victims: flows between countries, the most frequent routes,
/// and how many stay in one country, from routes counted by victims (``RouteCount``).
///
/// A route's recorded countries, in order, are its origin, its transits and its destination, each
/// when recorded; a *leg* joins two consecutive recorded countries, so a route with only an origin
/// and a destination is one leg, and a leg from a country to itself is domestic. An unrecorded end
/// just shortens the route.
public enum Routes {
    /// Victims per leg: a victim counts once per distinct leg, however often the route repeats it.
    ///
    /// The legs of different victims overlap and nothing publishes their sum, so they take part in
    /// no published total: small counts are withheld (primary suppression) and nothing else.
    /// Order: see ``ranked(_:rule:)``.
    ///
    /// - Parameters:
    ///   - routes: The routes with their victims.
    ///   - years: Only the victims identified in these years; `nil` for all.
    ///   - rule: The small-cell rule.
    public static func flows(_ routes: [RouteCount], years: ClosedRange<Int>? = nil, rule: SuppressionRule) -> [RouteFlow] {
        var counts: [RouteLeg: Int] = [:]
        for (route, victims) in selected(routes, years) {
            for leg in route.legs { counts[leg, default: 0] += victims }
        }
        return ranked(counts, rule: rule).map { RouteFlow(leg: $0.key, victims: $0.value) }
    }

    /// The `limit` most frequent whole routes (origin, transits, destination), by victims.
    ///
    /// Routes with no recorded country are left out. Primary suppression only, as for ``flows``;
    /// a withheld route appears only when fewer than `limit` routes can be shown with their count.
    public static func topRoutes(_ routes: [RouteCount], years: ClosedRange<Int>? = nil, limit: Int, rule: SuppressionRule) -> [RankedRoute] {
        var counts: [RoutePath: Int] = [:]
        for (route, victims) in selected(routes, years) where route.scope != .unknown {
            counts[route.path, default: 0] += victims
        }
        return ranked(counts, rule: rule).prefix(max(limit, 0)).map { RankedRoute(path: $0.key, victims: $0.value) }
    }

    /// Victims of domestic routes between two admin areas, for the domestic routes whose origin
    /// and destination areas are both recorded. Primary suppression only, as for ``flows``; areas
    /// are compared as recorded (after trimming), so spell them consistently.
    public static func areaFlows(_ routes: [RouteCount], years: ClosedRange<Int>? = nil, rule: SuppressionRule) -> [AreaFlow] {
        var counts: [AreaPair: Int] = [:]
        for (route, victims) in selected(routes, years) {
            guard let areas = route.domesticAreas else { continue }
            counts[AreaPair(country: areas.country, from: areas.from, to: areas.to), default: 0] += victims
        }
        return ranked(counts, rule: rule).map { AreaFlow(country: $0.key.country, from: $0.key.from, to: $0.key.to, victims: $0.value) }
    }

    /// Domestic, cross-border and unknown routes (see ``RouteScope``) with their shares.
    ///
    /// The three parts add up to the victims with a route, so they are suppressed as one
    /// ``AdditiveTable``: a small part takes a second part (or the total) with it. Shares are the
    /// parts' true counts over the total, and are given only when the total and every part are
    /// published, since a share with its total gives the count back.
    public static func scopeShares(_ routes: [RouteCount], years: ClosedRange<Int>? = nil, rule: SuppressionRule) -> RouteScopeShares {
        let table = scopeTable(routes, years: years)
        let published = table.suppression(rule)
        let total = table.count(of: nil)
        let sharesShown = total > 0 && published.values.allSatisfy { !$0.isSuppressed }
        return RouteScopeShares(
            total: published[nil]!,
            parts: RouteScope.allCases.map { scope in
                let percent = sharesShown ? Double(table.count(of: scope)) / Double(total) * 100 : nil
                return RouteScopePart(scope: scope, victims: published[scope]!, percent: percent)
            }
        )
    }

    /// The total (`nil`) and the three scopes, with the one sum between them.
    static func scopeTable(_ routes: [RouteCount], years: ClosedRange<Int>?) -> AdditiveTable<RouteScope?> {
        var counts: [RouteScope: Int] = [:]
        var total = 0
        for (route, victims) in selected(routes, years) {
            counts[route.scope, default: 0] += victims
            total += victims
        }
        var table = AdditiveTable<RouteScope?>()
        for scope in RouteScope.allCases { table.add(scope, count: counts[scope] ?? 0) }
        table.add(nil, count: total)
        table.require(nil, isSumOf: RouteScope.allCases.map { $0 })
        return table
    }

    /// The routes of the chosen years with their victims, each route once: the routes' countries
    /// are then normalised once per route rather than once per victim.
    private static func selected(_ routes: [RouteCount], _ years: ClosedRange<Int>?) -> [(route: VictimRoute, victims: Int)] {
        var counts: [VictimRoute: Int] = [:]
        for count in routes where count.victims > 0 && years?.contains(count.route.year) ?? true {
            counts[count.route, default: 0] += count.victims
        }
        return counts.map { ($0.key, $0.value) }
    }
}
