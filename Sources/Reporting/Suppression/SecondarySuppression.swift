/// The state of one suppression run over an ``AdditiveTable``: which cells are withheld and why.
struct SecondarySuppression<Cell: Hashable & Sendable> {
    let table: AdditiveTable<Cell>
    /// A cell's place in the table, to break ties the same way every time.
    private let rank: [Cell: Int]
    private(set) var withheld: [Cell: SuppressionReason] = [:]

    init(table: AdditiveTable<Cell>) {
        self.table = table
        rank = Dictionary(uniqueKeysWithValues: table.cells.enumerated().map { ($1, $0) })
    }

    var values: [Cell: ReportedValue] {
        var values: [Cell: ReportedValue] = [:]
        for (cell, count) in table.counts {
            values[cell] = withheld[cell].map { .suppressed($0) } ?? .count(count)
        }
        return values
    }

    mutating func withholdSmallCounts(_ rule: SuppressionRule) {
        for cell in table.cells where rule.isSmall(table.count(of: cell)) {
            withheld[cell] = .primary
        }
    }

    /// The line rule, then the audit, until the audit solves for nothing.
    mutating func protectWithheldCells() {
        while true {
            closeSingleWithheldCells()
            let disclosed = SuppressionAudit.disclosures(constraints: table.constraints, published: values)
            guard !disclosed.isEmpty, widenAroundFirst(of: disclosed.keys) else { return }
        }
    }

    /// Until no constraint has exactly one withheld cell, withholds a second one in each that has.
    private mutating func closeSingleWithheldCells() {
        var changed = true
        while changed {
            changed = false
            for constraint in table.constraints {
                let cells = constraint.cells
                guard cells.filter({ withheld[$0] != nil }).count == 1 else { continue }
                // The total comes last in `cells`, so it is taken only when no part qualifies.
                let partner = smallestPositivePublished(among: constraint.parts) ?? published(among: [constraint.total]).first
                    ?? published(among: constraint.parts).first
                if let partner {
                    withheld[partner] = .secondary
                    changed = true
                }
            }
        }
    }

    /// Withholds one more cell in a sum through a disclosed cell: the smallest positive published
    /// one, trying the disclosed cells in table order; a published zero only when no disclosed cell
    /// has a positive neighbour (a withheld zero protects less, since counts cannot go below it).
    /// False when every cell of every such sum is withheld already, so nothing more can be done.
    private mutating func widenAroundFirst(of disclosed: Dictionary<Cell, Int>.Keys) -> Bool {
        let ordered = disclosed.sorted { rank[$0, default: .max] < rank[$1, default: .max] }
        for allowZero in [false, true] {
            for cell in ordered {
                for constraint in table.constraints where constraint.cells.contains(cell) {
                    let partner = allowZero ? published(among: constraint.cells).first : smallestPositivePublished(among: constraint.cells)
                    if let partner {
                        withheld[partner] = .secondary
                        return true
                    }
                }
            }
        }
        return false
    }

    private func published(among cells: [Cell]) -> [Cell] {
        cells.filter { withheld[$0] == nil }
    }

    private func smallestPositivePublished(among cells: [Cell]) -> Cell? {
        published(among: cells)
            .filter { table.count(of: $0) > 0 }
            .min { (table.count(of: $0), rank[$0, default: .max]) < (table.count(of: $1), rank[$1, default: .max]) }
    }
}
