extension CaptureHistory {
    /// The table without list `list`, as if that source had never been consulted: its cases
    /// seen by no other list become unobserved. Used for drop-one-list influence.
    /// - Throws: `EstimationError.tooFewLists` when fewer than two lists would remain,
    ///   `.emptyTable` when no case would remain.
    public func droppingList(_ list: Int) throws -> CaptureHistory {
        guard listCount > 2 else { throw EstimationError.tooFewLists(found: listCount - 1) }
        var names = listNames
        names.remove(at: list)
        var reduced = [Int](repeating: 0, count: 1 << (listCount - 1))
        for mask in 1..<cells.count {
            let low = mask & ((1 << list) - 1)
            let high = (mask >> (list + 1)) << list
            reduced[low | high] += cells[mask]
        }
        reduced[0] = 0
        guard reduced.contains(where: { $0 > 0 }) else { throw EstimationError.emptyTable }
        return CaptureHistory(validatedListNames: names, cells: reduced, stratum: stratum)
    }

    /// The table with several lists merged into one (a case is on the merged list when it is on
    /// any of them), placed where the first of them was. SparseMSE's `UKdat_5` is `UKdat` with
    /// PF and NCA merged.
    /// - Throws: `EstimationError.tooFewLists` when fewer than two lists would remain,
    ///   `.duplicateListName` when `name` is already used by a list that stays.
    public func mergingLists(_ lists: [Int], name: String) throws -> CaptureHistory {
        let merged = Set(lists)
        guard let first = lists.min() else { return self }
        let kept = (0..<listCount).filter { !merged.contains($0) || $0 == first }
        guard kept.count >= 2 else { throw EstimationError.tooFewLists(found: kept.count) }
        let names = kept.map { $0 == first ? name : listNames[$0] }
        try Self.validate(listNames: names)
        var combined = [Int](repeating: 0, count: 1 << kept.count)
        for mask in 1..<cells.count {
            var target = 0
            for (position, list) in kept.enumerated() {
                let present = list == first ? lists.contains { mask & (1 << $0) != 0 } : mask & (1 << list) != 0
                if present { target |= 1 << position }
            }
            combined[target] += cells[mask]
        }
        return CaptureHistory(validatedListNames: names, cells: combined, stratum: stratum)
    }

    /// The table with its lists in a different order: list `order[i]` becomes list `i`.
    public func reorderingLists(_ order: [Int]) -> CaptureHistory {
        var reordered = [Int](repeating: 0, count: cells.count)
        for mask in 1..<cells.count {
            var target = 0
            for (position, list) in order.enumerated() where mask & (1 << list) != 0 { target |= 1 << position }
            reordered[target] = cells[mask]
        }
        return CaptureHistory(validatedListNames: order.map { listNames[$0] }, cells: reordered, stratum: stratum)
    }

    /// The same table with another stratum label.
    public func labelled(_ stratum: String?) -> CaptureHistory {
        CaptureHistory(validatedListNames: listNames, cells: cells, stratum: stratum)
    }
}
