import Foundation

/// Everything that can stop an estimate, each with a message a user can act on.
public enum EstimationError: Error, Equatable, Sendable, CustomStringConvertible, LocalizedError {
    /// Fewer than two lists: overlaps between lists are what MSE needs.
    case tooFewLists(found: Int)
    /// More lists than the library supports (`CaptureHistory.maximumListCount`).
    case tooManyLists(found: Int, limit: Int)
    /// Two lists share a name, so terms such as `A:B` would be ambiguous.
    case duplicateListName(String)
    /// A list has an empty name.
    case emptyListName(index: Int)
    /// A count below zero.
    case negativeCount(pattern: String, count: Int)
    /// A row for the pattern on no list: that cell is the unknown being estimated.
    case allZeroPattern(count: Int)
    /// A pattern names a list the table does not have.
    case patternOutOfRange(mask: Int, listCount: Int)
    /// The same pattern given twice.
    case duplicatePattern(String)
    /// No case observed at all.
    case emptyTable
    /// A problem in a CSV file, at a 1-based line of the file (the header is line 1).
    case csv(line: Int, column: String?, problem: String)
    /// A list name used in a model term or option that the table does not have.
    case unknownList(String)
    /// A model term that is not a set of at least two distinct lists.
    case invalidTerm(String)
    /// The maximum-likelihood estimate does not exist (some fitted count would have to be zero
    /// or infinite), found by the linear-programming check.
    case estimateDoesNotExist(model: String, reason: String)
    /// The model has more parameters than the table can determine.
    case notIdentifiable(model: String, reason: String)
    /// Iteratively reweighted least squares did not settle.
    case fitDidNotConverge(model: String, iterations: Int)
    /// An option outside its allowed range.
    case invalidOption(String)
    /// Exhaustive AIC/BIC search is limited to a small number of lists.
    case tooManyListsForExhaustiveSearch(lists: Int, limit: Int)

    public var description: String {
        switch self {
        case .tooFewLists(let found):
            return "Multiple systems estimation needs at least 2 lists; the table has \(found)."
        case .tooManyLists(let found, let limit):
            return "The table has \(found) lists; at most \(limit) are supported. Merge or drop some lists."
        case .duplicateListName(let name):
            return "The list name '\(name)' is used twice; list names must be unique."
        case .emptyListName(let index):
            return "List \(index + 1) has an empty name."
        case .negativeCount(let pattern, let count):
            return "Pattern \(pattern) has a negative count (\(count)); counts must be 0 or more."
        case .allZeroPattern(let count):
            return "A row has the pattern on no list (count \(count)). That cell is the unobserved dark "
                + "figure, which MSE estimates; remove the row."
        case .patternOutOfRange(let mask, let listCount):
            return "Pattern bitmask \(mask) refers to a list beyond the \(listCount) lists of the table."
        case .duplicatePattern(let pattern):
            return "Pattern \(pattern) appears more than once; give one row per pattern."
        case .emptyTable:
            return "The table has no observed cases, so there is nothing to estimate from."
        case .csv(let line, let column, let problem):
            if let column { return "CSV line \(line), column '\(column)': \(problem)" }
            return "CSV line \(line): \(problem)"
        case .unknownList(let name):
            return "There is no list called '\(name)' in the table."
        case .invalidTerm(let term):
            return "'\(term)' is not a valid model term; write two or more distinct list names joined by ':'."
        case .estimateDoesNotExist(let model, let reason):
            return "The maximum-likelihood estimate does not exist for the model \(model): \(reason)"
        case .notIdentifiable(let model, let reason):
            return "The dark figure is not identifiable under the model \(model): \(reason)"
        case .fitDidNotConverge(let model, let iterations):
            return "The fit of the model \(model) did not converge in \(iterations) iterations."
        case .invalidOption(let message):
            return message
        case .tooManyListsForExhaustiveSearch(let lists, let limit):
            return "Searching all models is limited to \(limit) lists (2^\(limit * (limit - 1) / 2) models); "
                + "the table has \(lists). Use stepwise selection instead."
        }
    }

    public var errorDescription: String? { description }
}
