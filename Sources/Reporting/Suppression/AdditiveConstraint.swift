/// One published sum: the `parts` add up to the `total`.
///
/// Each line of a table with margins is one constraint (the categories of a row add up to the row's
/// margin); so is "the forms of exploitation add up to all victims". A reader who knows every cell
/// of a constraint but one can work the missing one out, which is what secondary suppression prevents.
public struct AdditiveConstraint<Cell: Hashable & Sendable>: Hashable, Sendable {
    /// The margin.
    public var total: Cell
    /// The cells that add up to `total`; each appears once.
    public var parts: [Cell]

    /// - Parameters:
    ///   - total: The margin.
    ///   - parts: The cells that add up to it.
    public init(total: Cell, parts: [Cell]) {
        self.total = total
        self.parts = parts
    }

    /// The parts followed by the total.
    public var cells: [Cell] { parts + [total] }
}
