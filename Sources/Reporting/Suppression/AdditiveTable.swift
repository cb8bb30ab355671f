/// The cells of one release unit (for GLOTIP: one indicator in one year) with their true counts and
/// the sums that tie them together, which is what suppression works on.
///
/// Cells shared by several tables are one cell here: the grand total of the victims grid is also the
/// total the forms of exploitation and the citizenships add up to, so withholding it withholds it
/// everywhere. The order cells are added in breaks ties when secondary suppression chooses a cell.
public struct AdditiveTable<Cell: Hashable & Sendable>: Sendable {
    /// Every cell, in the order it was added.
    public private(set) var cells: [Cell] = []
    /// The true count of every cell.
    public private(set) var counts: [Cell: Int] = [:]
    /// The sums the published cells satisfy.
    public private(set) var constraints: [AdditiveConstraint<Cell>] = []

    /// An empty table.
    public init() {}

    /// Adds a cell with its true count; adding a cell again replaces its count and keeps its place.
    public mutating func add(_ cell: Cell, count: Int) {
        if counts.updateValue(count, forKey: cell) == nil { cells.append(cell) }
    }

    /// Records that `parts` add up to `total`. Every cell must have been added first.
    public mutating func require(_ total: Cell, isSumOf parts: [Cell]) {
        precondition(counts[total] != nil && parts.allSatisfy { counts[$0] != nil }, "constraint on a cell not in the table")
        constraints.append(AdditiveConstraint(total: total, parts: parts))
    }

    /// The true count of `cell`, zero for a cell not in the table.
    public func count(of cell: Cell) -> Int { counts[cell] ?? 0 }
}
