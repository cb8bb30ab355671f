/// Which lists a case appears on: bit `i` is set when the case is on list `i`.
///
/// Patterns are the cells of a capture-history table. With K lists there are
/// `2^K − 1` observable patterns; the all-zero pattern is the unobserved
/// "dark figure" that multiple systems estimation extrapolates to.
public struct CapturePattern: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The bitmask; bit `i` (counting from 0) stands for list `i`.
    public let mask: Int

    /// A pattern from its bitmask.
    public init(mask: Int) {
        self.mask = mask
    }

    /// A pattern from the indices (0-based) of the lists the case is on.
    public init(lists: [Int]) {
        self.mask = lists.reduce(0) { $0 | (1 << $1) }
    }

    /// A pattern from one presence flag per list, in list order.
    public init(presence: [Bool]) {
        var mask = 0
        for (index, present) in presence.enumerated() where present { mask |= 1 << index }
        self.mask = mask
    }

    /// Whether the case is on list `list` (0-based).
    public func contains(list: Int) -> Bool { mask & (1 << list) != 0 }

    /// Whether every list of `other` is also in this pattern.
    public func contains(_ other: CapturePattern) -> Bool { mask & other.mask == other.mask }

    /// How many lists the case is on.
    public var listCount: Int { mask.nonzeroBitCount }

    /// True for the unobservable pattern (on no list).
    public var isEmpty: Bool { mask == 0 }

    /// The 0/1 flags for `listCount` lists, e.g. "101" for lists 1 and 3 of three.
    public func flags(listCount: Int) -> String {
        String((0..<listCount).map { contains(list: $0) ? "1" : "0" })
    }

    /// The list indices in this pattern, ascending.
    public var lists: [Int] {
        var result: [Int] = []
        var rest = mask
        while rest != 0 {
            let index = rest.trailingZeroBitCount
            result.append(index)
            rest &= rest - 1
        }
        return result
    }

    public var description: String { "pattern(\(lists.map(String.init).joined(separator: ",")))" }

    /// Orders by bitmask.
    public static func < (lhs: CapturePattern, rhs: CapturePattern) -> Bool { lhs.mask < rhs.mask }
}
