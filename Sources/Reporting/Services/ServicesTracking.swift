import CaseModel

/// Follow-up figures on services and support plans, from facts without persons.
///
/// Each figure is given for every year of `years`, zeros included; when `years` is `nil`, for
/// every year from the first to the last one in the facts. A fact's `year` is the year it counts in.
public enum ServicesTracking {
    /// Distinct victims assisted, per year, by type of service and by any service.
    ///
    /// A victim is *assisted* by a type when they have a service of that type in progress or
    /// completed (`ServiceStatus.meansAssisted`); planned and cancelled services do
    /// not count. A victim given several types counts once under each, so the counts overlap
    /// and take part in no published sum: small counts are withheld (primary suppression) and
    /// nothing else.
    public static func victimsAssisted(_ facts: [ServiceFact], years: ClosedRange<Int>? = nil, rule: SuppressionRule) -> [VictimsAssistedYear] {
        var byType: [Int: [ServiceType: Set<Int>]] = [:]
        var any: [Int: Set<Int>] = [:]
        for fact in facts where fact.status.meansAssisted {
            byType[fact.year, default: [:]][fact.serviceType, default: []].insert(fact.victimKey)
            any[fact.year, default: []].insert(fact.victimKey)
        }
        return reportedYears(years, facts.map(\.year)).map { year in
            VictimsAssistedYear(
                year: year,
                byType: ServiceType.allCases.map { ServiceTypeCount(serviceType: $0, victims: published(byType[year]?[$0]?.count ?? 0, rule)) },
                anyService: published(any[year]?.count ?? 0, rule)
            )
        }
    }

    /// Days from identification to the first service, per year: quartiles and how many measured.
    ///
    /// Per victim and year, the wait runs from the earliest identification date recorded to the
    /// earliest `startedOn` of a service in progress or completed. An identification known only
    /// to the month counts from the first of that month, which makes such waits look longer than
    /// they were by up to 30 days (on average about half a month); one known only to the year
    /// cannot be placed, so that victim is not measured. A start date not known to the day is not
    /// used. A service started before identification (a shelter that took the person in first)
    /// counts as a wait of 0 days.
    ///
    /// The quartiles follow ``DayQuartiles`` (R type 7) and are withheld when fewer than
    /// `rule.threshold` victims were measured; the number measured is itself withheld when small.
    public static func timeToFirstService(_ facts: [ServiceFact], years: ClosedRange<Int>? = nil, rule: SuppressionRule) -> [TimeToFirstServiceYear] {
        var identified: [VictimYear: Int] = [:]
        var started: [VictimYear: Int] = [:]
        for fact in facts {
            let key = VictimYear(year: fact.year, victimKey: fact.victimKey)
            if let date = fact.identifiedOn, date.month != nil {
                identified[key] = min(identified[key] ?? .max, date.firstDayNumber)
            }
            if fact.status.meansAssisted, let date = fact.startedOn, date.day != nil {
                started[key] = min(started[key] ?? .max, date.firstDayNumber)
            }
        }
        var waits: [Int: [Int]] = [:]
        for (key, start) in started {
            guard let identification = identified[key] else { continue }
            waits[key.year, default: []].append(max(0, start - identification))
        }
        return reportedYears(years, facts.map(\.year)).map { year in
            let sorted = (waits[year] ?? []).sorted()
            let shown = !sorted.isEmpty && sorted.count >= rule.threshold
            let days = shown ? DayQuartiles(p25: percentile(ofSorted: sorted, 0.25), median: percentile(ofSorted: sorted, 0.5), p75: percentile(ofSorted: sorted, 0.75)) : nil
            return TimeToFirstServiceYear(year: year, measured: published(sorted.count, rule), days: days)
        }
    }

    /// Support plans open and completed, per year and plan type.
    ///
    /// Each plan counts once, in its fact's year: completed when it has an actual end date, open
    /// otherwise. Open plus completed is each row's total and the plan types add up to all plans,
    /// so the table is suppressed with its margins as an ``AdditiveTable`` (primary, then
    /// secondary so that no withheld count can be worked out).
    public static func supportPlans(_ plans: [SupportPlanFact], years: ClosedRange<Int>? = nil, rule: SuppressionRule) -> [SupportPlanYear] {
        let reported = reportedYears(years, plans.map(\.year))
        let published = supportPlanTable(plans, years: reported).suppression(rule)
        return reported.map { year in
            SupportPlanYear(year: year, rows: planRows.map { type in
                SupportPlanRow(
                    planType: type,
                    open: published[SupportPlanCell(year: year, planType: type, completed: false)]!,
                    completed: published[SupportPlanCell(year: year, planType: type, completed: true)]!,
                    total: published[SupportPlanCell(year: year, planType: type, completed: nil)]!
                )
            })
        }
    }

    /// The cells of each year (all plans first, then each type; open, completed, total) and the
    /// sums: each row's total, and each column over the types.
    static func supportPlanTable(_ plans: [SupportPlanFact], years: [Int]) -> AdditiveTable<SupportPlanCell> {
        var counts: [SupportPlanCell: Int] = [:]
        for plan in plans {
            for type in [nil, plan.planType] {
                for state in [nil, plan.completed] {
                    counts[SupportPlanCell(year: plan.year, planType: type, completed: state), default: 0] += 1
                }
            }
        }
        let states: [Bool?] = [false, true, nil]
        var table = AdditiveTable<SupportPlanCell>()
        for year in years {
            for type in planRows {
                for state in states {
                    let cell = SupportPlanCell(year: year, planType: type, completed: state)
                    table.add(cell, count: counts[cell] ?? 0)
                }
            }
            for type in planRows {
                table.require(SupportPlanCell(year: year, planType: type, completed: nil), isSumOf: [false, true].map { SupportPlanCell(year: year, planType: type, completed: $0) })
            }
            for state in states {
                table.require(SupportPlanCell(year: year, planType: nil, completed: state), isSumOf: SupportPlanType.allCases.map { SupportPlanCell(year: year, planType: $0, completed: state) })
            }
        }
        return table
    }

    /// All plans, then each type in code-list order.
    private static let planRows: [SupportPlanType?] = [nil] + SupportPlanType.allCases.map { $0 }

    private static func published(_ count: Int, _ rule: SuppressionRule) -> ReportedValue {
        rule.isSmall(count) ? .suppressed(.primary) : .count(count)
    }

    /// `years` in order, or every year from the first to the last in the data.
    private static func reportedYears(_ years: ClosedRange<Int>?, _ present: [Int]) -> [Int] {
        if let years { return Array(years) }
        guard let first = present.min(), let last = present.max() else { return [] }
        return Array(first...last)
    }
}
