import Estimation
import Foundation
import Vapor

/// A capture-history table as researchers send it: list names, and one row per observed pattern
/// with one 0/1 flag per list, e.g. `{"lists":["A","B","C"],"rows":[{"pattern":[1,0,1],"count":12}]}`.
struct CaptureHistoryInput: Content {
    struct Row: Content {
        var pattern: [Int]
        var count: Int
    }

    var lists: [String]
    var rows: [Row]
    var method: String?
    var pthresh: Double?
    var interval: String?
    var replicates: Int?
    var seed: UInt64?
    var level: Double?

    var options: EstimateOptionsInput {
        EstimateOptionsInput(method: method, pThreshold: pthresh.map { "\($0)" }, interval: interval, replicates: replicates.map(String.init),
                             seed: seed.map(String.init), level: level.map { "\($0)" })
    }

    /// The validated table, or a 422 saying what is wrong with which row.
    func table() throws -> CaptureHistory {
        for (index, row) in rows.enumerated() {
            guard row.pattern.count == lists.count else {
                throw AppError.invalid([FieldError("rows", .estimatesPatternLength, ["row": "\(index + 1)", "found": "\(row.pattern.count)", "lists": "\(lists.count)"])])
            }
            guard row.pattern.allSatisfy({ $0 == 0 || $0 == 1 }) else {
                throw AppError.invalid([FieldError("rows", .estimatesPatternFlags, ["row": "\(index + 1)"])])
            }
        }
        do {
            return try CaptureHistory(listNames: lists, rows: rows.map {
                CaptureHistory.Row(pattern: CapturePattern(presence: $0.pattern.map { $0 == 1 }), count: $0.count)
            })
        } catch let error as EstimationError {
            throw AppError.invalid([FieldError(error.isAboutLists ? "lists" : "rows", .estimatesRefused, ["reason": error.description])])
        }
    }

    static let schema: JSONSchema = .object([
        ("lists", .array(.string())),
        ("rows", .array(.object([("pattern", .array(.integer(minimum: 0, maximum: 1))), ("count", .integer(minimum: 0))], required: ["pattern", "count"]))),
        ("method", .string(values: EstimateOptionsInput.methods)), ("pthresh", .number),
        ("interval", .string(values: EstimateOptionsInput.intervals)),
        ("replicates", .integer(minimum: 1, maximum: EstimateOptionsInput.maximumReplicates)), ("seed", .integer(minimum: 0)), ("level", .number),
    ], required: ["lists", "rows"])
}

private extension EstimationError {
    /// Whether the problem is with the list names rather than the rows.
    var isAboutLists: Bool {
        switch self {
        case .tooFewLists, .tooManyLists, .duplicateListName, .emptyListName: true
        default: false
        }
    }
}
