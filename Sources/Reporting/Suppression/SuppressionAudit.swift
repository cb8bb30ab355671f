/// Checks a release the way a careful reader would attack it: with the published values put into
/// every published sum, can any withheld cell be solved for exactly?
///
/// The withheld cells are the unknowns; each ``AdditiveConstraint`` is one linear equation in them.
/// Exact integer Gauss–Jordan elimination brings the equations to reduced row-echelon form; a
/// withheld cell is determined exactly when some reduced row has its only non-zero coefficient on
/// that cell. The audit does not use the true counts, only what would be published, and it knows
/// nothing of how the cells were chosen, so it can check any suppression pattern.
///
/// Limits: it looks for unique values, not narrow intervals (two withheld cells known to add up to 2
/// with one of them at least 1 are not reported), and it ignores that counts are non-negative.
public enum SuppressionAudit {
    /// The withheld cells a reader can work out, with the value they would find.
    ///
    /// - Parameters:
    ///   - constraints: The sums the published table satisfies.
    ///   - published: Every cell of the constraints, as it would be published.
    /// - Returns: Each withheld cell whose value follows from the constraints, with that value.
    ///   Empty when the release is safe in this sense.
    public static func disclosures<Cell: Hashable & Sendable>(
        constraints: [AdditiveConstraint<Cell>], published: [Cell: ReportedValue]
    ) -> [Cell: Int] {
        var unknowns: [Cell] = []
        var column: [Cell: Int] = [:]
        for constraint in constraints {
            for cell in constraint.cells where published[cell]?.isSuppressed == true && column[cell] == nil {
                column[cell] = unknowns.count
                unknowns.append(cell)
            }
        }
        guard !unknowns.isEmpty else { return [:] }

        // Σ parts − total = 0, with every published value moved to the right-hand side.
        var equations = IntegerRowReduction(unknowns: unknowns.count)
        for constraint in constraints {
            var row = [Int](repeating: 0, count: unknowns.count + 1)
            let signed = constraint.parts.map { ($0, 1) } + [(constraint.total, -1)]
            for (cell, sign) in signed {
                if let index = column[cell] {
                    row[index] += sign
                } else {
                    row[unknowns.count] -= sign * (published[cell]?.count ?? 0)
                }
            }
            equations.append(row)
        }
        var found: [Cell: Int] = [:]
        for (index, value) in equations.determinedUnknowns() {
            found[unknowns[index]] = value
        }
        return found
    }
}
