/// A caution about the data or the fit that a report should show next to the estimate.
public struct DataWarning: Sendable, Equatable, CustomStringConvertible {
    /// What the warning is about.
    public enum Kind: String, Sendable, Equatable {
        /// Few cases in total.
        case fewCases = "few-cases"
        /// A list with very few cases.
        case smallList = "small-list"
        /// A list sharing no case with any other list.
        case isolatedList = "isolated-list"
        /// Two lists sharing no case.
        case emptyOverlap = "empty-overlap"
        /// Few cases on more than one list: the overlaps carry all the information.
        case fewOverlaps = "few-overlaps"
        /// Most observable patterns have no case.
        case sparseTable = "sparse-table"
        /// The chosen model has terms with empty overlaps, left out of the fit.
        case droppedTerms = "dropped-terms"
        /// Bootstrap replicates whose estimate did not exist.
        case bootstrapFailures = "bootstrap-failures"
        /// The interval has no finite upper limit.
        case unboundedInterval = "unbounded-interval"
    }

    /// The kind, for programs.
    public let kind: Kind
    /// A sentence for people.
    public let message: String

    public var description: String { message }
}
