import Foundation

/// An interaction between two or more lists, such as `PF:NCA`.
///
/// A two-list term lets the odds of being on one list depend on being on the other
/// (positive or negative dependence between the lists); higher terms do the same for
/// three or more lists at once.
public struct InteractionTerm: Hashable, Sendable, Comparable {
    /// The lists of the term (at least two).
    public let lists: CapturePattern

    /// A term from 0-based list indices.
    /// - Throws: `EstimationError.invalidTerm` when fewer than two distinct lists are given.
    public init(_ lists: [Int]) throws {
        let pattern = CapturePattern(lists: lists)
        guard pattern.listCount >= 2, pattern.listCount == lists.count, lists.allSatisfy({ $0 >= 0 }) else {
            throw EstimationError.invalidTerm(lists.map(String.init).joined(separator: ":"))
        }
        self.lists = pattern
    }

    /// A two-list term; `first` and `second` must differ.
    init(pair first: Int, _ second: Int) {
        self.lists = CapturePattern(lists: [first, second])
    }

    init(validated lists: CapturePattern) {
        self.lists = lists
    }

    /// Parses `"A:B"` (or `"A:B:C"`) against the table's list names.
    /// - Throws: `EstimationError.unknownList` or `.invalidTerm`.
    public init(parsing text: String, listNames: [String]) throws {
        let names = text.split(separator: ":").map { String($0).trimmingCharacters(in: .whitespaces) }
        var indices: [Int] = []
        for name in names {
            guard let index = listNames.firstIndex(of: name) else { throw EstimationError.unknownList(name) }
            indices.append(index)
        }
        guard Set(indices).count == indices.count else { throw EstimationError.invalidTerm(text) }
        try self.init(indices)
    }

    /// The number of lists in the term: 2 for a two-list interaction.
    public var order: Int { lists.listCount }

    /// The name R and SparseMSE would print, e.g. `"PF:NCA"`.
    public func name(listNames: [String]) -> String {
        lists.lists.map { listNames[$0] }.joined(separator: ":")
    }

    /// Orders by order, then lexicographically by list indices: (1,2), (1,3), …, (2,3), …,
    /// which is SparseMSE's order for two-list terms (and its tie-break in stepwise selection).
    public static func < (lhs: InteractionTerm, rhs: InteractionTerm) -> Bool {
        if lhs.order != rhs.order { return lhs.order < rhs.order }
        return lhs.lists.lists.lexicographicallyPrecedes(rhs.lists.lists)
    }

    /// All two-list terms for `listCount` lists, in SparseMSE's order.
    public static func allPairs(listCount: Int) -> [InteractionTerm] {
        var terms: [InteractionTerm] = []
        for first in 0..<listCount {
            for second in (first + 1)..<max(first + 1, listCount) {
                terms.append(InteractionTerm(pair: first, second))
            }
        }
        return terms
    }
}
