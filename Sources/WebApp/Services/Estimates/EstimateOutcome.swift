import Estimation
import Foundation
import Reporting

/// An estimate with the tables around it, as the API, the page and the command line show it.
///
/// Every count here is a `ReportedValue`: for a table from the registry, counts from 1 to the
/// threshold minus one are withheld (and cells that would reveal them), while the estimate itself
/// was computed from the true counts. Interfaces must take counts from here, never from
/// `estimate.observed` or `estimate.fit.cells`, which hold the true ones.
public struct EstimateOutcome: Sendable {
    /// One observable pattern of the lists.
    public struct Cell: Sendable {
        public let pattern: CapturePattern
        /// The names of the lists the pattern is on.
        public let lists: [String]
        public let count: ReportedValue
        /// The chosen model's fitted count; nil for cells left out of the fit or whose count is withheld
        /// (where a model fits a cell exactly, its fitted count would give the count away).
        public let fitted: Double?
    }

    /// A caution about the data or the fit: the library's, or one rewritten without the count it quoted.
    public struct Warning: Sendable {
        public let kind: DataWarning.Kind
        public let message: String
    }

    /// Why a stratum has no estimate.
    public enum TooSparse: Sendable, CustomStringConvertible {
        /// Fewer cases than the minimum.
        case fewCases(minimum: Int)
        /// Fewer cases on two or more lists than the minimum.
        case fewOverlaps(minimum: Int)
        /// The library's own reason (no counts in it, or counts the reader may see).
        case other(String)

        public var description: String {
            switch self {
            case .fewCases(let minimum): "fewer than \(minimum) cases observed."
            case .fewOverlaps(let minimum): "fewer than \(minimum) cases are on more than one list; without overlaps the lists cannot be compared."
            case .other(let reason): reason
            }
        }
    }

    /// One stratum of a stratified estimate.
    public struct Stratum: Sendable {
        /// The GLOTIP category (sex, age or form), `Unknown` when not recorded.
        public let label: String
        public let observed: ReportedValue
        public let estimate: Estimation.PopulationEstimate?
        public let tooSparse: TooSparse?
        /// Lists without a case in this stratum, left out of its estimate.
        public let droppedLists: [String]
    }

    public let listNames: [String]
    /// The rule the counts were withheld by (`.none` for a table the caller supplied).
    public let rule: SuppressionRule
    public let observed: ReportedValue
    /// Cases on each list, in list order.
    public let listTotals: [ReportedValue]
    /// Every observable pattern, by bitmask.
    public let cells: [Cell]
    public let estimate: Estimation.PopulationEstimate
    /// Cautions, without any count the reader may not see.
    public let warnings: [Warning]
    public let deviance: Double
    public let degreesOfFreedom: Int
    /// The estimate without each list in turn (empty for two lists).
    public let listInfluence: [Diagnostics.ListInfluence]
    /// What the strata are (`sex`, `age`, `form`), when stratified.
    public let stratifiedBy: String?
    public let strata: [Stratum]
}
