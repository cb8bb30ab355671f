/// Estimates per stratum (sex, age group, form of exploitation…), with a clear "too sparse"
/// result where a stratum cannot support an estimate.
public enum StratifiedEstimation {
    /// When a stratum is too thin to estimate. The defaults are cautious judgement calls:
    /// below them an MSE figure would be mostly noise.
    public struct Rules: Sendable, Equatable {
        /// The fewest observed cases.
        public var minimumObserved: Int
        /// The fewest cases on two or more lists (the overlaps carry the information).
        public var minimumOverlapping: Int

        /// Rules with the defaults: 20 cases, 5 of them on more than one list.
        public init(minimumObserved: Int = 20, minimumOverlapping: Int = 5) {
            self.minimumObserved = minimumObserved
            self.minimumOverlapping = minimumOverlapping
        }
    }

    /// The result for one stratum.
    public struct Result: Sendable {
        /// The stratum label (empty when the table had none).
        public let stratum: String
        /// Cases observed in the stratum.
        public let observed: Int
        /// The estimate, or nil when the stratum is too sparse.
        public let estimate: PopulationEstimate?
        /// Why there is no estimate.
        public let tooSparseReason: String?
        /// Lists left out in this stratum because they have no case in it.
        public let droppedLists: [String]

        /// True when the stratum could not be estimated.
        public var isTooSparse: Bool { estimate == nil }
    }

    /// Estimates each stratum with the same options.
    /// - Parameters:
    ///   - strata: one table per stratum (e.g. from `CaptureHistoryCSV.readStrata`).
    ///   - options: as for `PopulationEstimator.estimate`.
    ///   - rules: when a stratum counts as too sparse.
    /// - Returns: one result per stratum, in the given order. Failures become "too sparse"
    ///   results with the reason; nothing is thrown.
    public static func estimate(_ strata: [CaptureHistory], options: EstimationOptions = EstimationOptions(),
                                rules: Rules = Rules()) -> [Result] {
        strata.map { estimate($0, options: options, rules: rules) }
    }

    private static func estimate(_ table: CaptureHistory, options: EstimationOptions, rules: Rules) -> Result {
        let label = table.stratum ?? ""
        let observed = table.observedTotal
        func sparse(_ reason: String, dropped: [String] = []) -> Result {
            Result(stratum: label, observed: observed, estimate: nil, tooSparseReason: reason, droppedLists: dropped)
        }
        if observed < rules.minimumObserved {
            return sparse("only \(observed) cases observed (at least \(rules.minimumObserved) needed).")
        }
        // A list with no case in this stratum carries no information here; leave it out.
        var reduced = table
        var dropped: [String] = []
        for list in (0..<table.listCount).reversed() where table.listTotal(list) == 0 {
            dropped.insert(table.listNames[list], at: 0)
            guard reduced.listCount > 2, let smaller = try? reduced.droppingList(list) else {
                return sparse("fewer than two lists have cases in this stratum.", dropped: dropped)
            }
            reduced = smaller
        }
        let overlapping = reduced.allPatterns.filter { $0.pattern.listCount >= 2 }.reduce(0) { $0 + $1.count }
        if overlapping < rules.minimumOverlapping {
            return sparse("only \(overlapping) cases are on more than one list (at least \(rules.minimumOverlapping) needed); "
                + "without overlaps the lists cannot be compared.", dropped: dropped)
        }
        do {
            let estimate = try PopulationEstimator.estimate(reduced, options: options)
            return Result(stratum: label, observed: observed, estimate: estimate, tooSparseReason: nil, droppedLists: dropped)
        } catch {
            return sparse(String(describing: error), dropped: dropped)
        }
    }
}
