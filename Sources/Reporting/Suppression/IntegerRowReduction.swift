/// Exact Gauss–Jordan elimination over the integers, for ``SuppressionAudit``.
///
/// Rows are `[a₀, …, aₙ₋₁, b]` meaning `Σ aᵢ·xᵢ = b`. Elimination is fraction-free: a row is
/// replaced by an integer combination of itself and the pivot row, then divided by the greatest
/// common divisor of its entries, which keeps the numbers as small as the table's ±1 coefficients
/// allow. Floating point would be wrong here: "is this coefficient zero?" must be answered exactly.
struct IntegerRowReduction {
    let unknowns: Int
    private(set) var rows: [[Int]] = []

    init(unknowns: Int) {
        self.unknowns = unknowns
    }

    mutating func append(_ row: [Int]) {
        precondition(row.count == unknowns + 1)
        rows.append(row)
    }

    /// The unknowns whose value the equations fix, with that value (rounded toward zero if the
    /// equations are inconsistent with integer counts, which consistent tallies never are).
    mutating func determinedUnknowns() -> [(index: Int, value: Int)] {
        var pivots: [(row: Int, column: Int)] = []
        var next = 0
        for column in 0..<unknowns where next < rows.count {
            guard let found = (next..<rows.count).first(where: { rows[$0][column] != 0 }) else { continue }
            rows.swapAt(next, found)
            for other in rows.indices where other != next && rows[other][column] != 0 {
                eliminate(column, from: other, using: next)
            }
            pivots.append((next, column))
            next += 1
        }
        return pivots.compactMap { pivot in
            let row = rows[pivot.row]
            let alone = (0..<unknowns).allSatisfy { $0 == pivot.column || row[$0] == 0 }
            return alone ? (pivot.column, row[unknowns] / row[pivot.column]) : nil
        }
    }

    private mutating func eliminate(_ column: Int, from target: Int, using pivot: Int) {
        let a = rows[pivot][column], b = rows[target][column]
        let divisor = greatestCommonDivisor(a, b)
        let keep = a / divisor, take = b / divisor
        var row = zip(rows[target], rows[pivot]).map { keep * $0 - take * $1 }
        let common = row.reduce(0, greatestCommonDivisor)
        if common > 1 { row = row.map { $0 / common } }
        rows[target] = row
    }
}

/// The non-negative greatest common divisor; `gcd(0, 0) = 0`.
func greatestCommonDivisor(_ a: Int, _ b: Int) -> Int {
    var (x, y) = (abs(a), abs(b))
    while y != 0 { (x, y) = (y, x % y) }
    return x
}
