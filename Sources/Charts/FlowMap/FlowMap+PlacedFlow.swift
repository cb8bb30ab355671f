extension FlowMap {
    /// A flow whose countries both have a shape, after merging duplicates.
    struct PlacedFlow: Equatable {
        let from: CountryShape
        let to: CountryShape
        /// nil when withheld.
        let count: Int?

        var isDomestic: Bool { from.code == to.code }

        static func == (lhs: PlacedFlow, rhs: PlacedFlow) -> Bool {
            lhs.from.code == rhs.from.code && lhs.to.code == rhs.to.code && lhs.count == rhs.count
        }
    }

    /// The flows to draw, in painting order: withheld flows first (they carry no size), then by
    /// ascending count so the largest come last and never hide the small ones; ties by codes, so the
    /// order never depends on the caller's.
    ///
    /// Unknown codes and counts of zero or less are dropped. Flows given twice between the same
    /// countries are merged: their counts add up, but if any part is withheld the whole is
    /// withheld, because printing the known part next to a suppressed total would let a reader
    /// work out the suppressed cell.
    static func placedFlows(_ flows: [Flow]) -> [PlacedFlow] {
        var merged: [String: (from: CountryShape, to: CountryShape, count: Int?)] = [:]
        for flow in flows {
            guard let from = WorldShapes.shape(for: flow.from), let to = WorldShapes.shape(for: flow.to) else { continue }
            if let count = flow.count, count <= 0 { continue }
            let key = from.code + ">" + to.code
            if let existing = merged[key] {
                let sum = existing.count.flatMap { known in flow.count.map(known.addingSaturating) }
                merged[key] = (from, to, sum)
            } else {
                merged[key] = (from, to, flow.count)
            }
        }
        return merged.values.map { PlacedFlow(from: $0.from, to: $0.to, count: $0.count) }.sorted { lhs, rhs in
            (lhs.count ?? -1, lhs.from.code, lhs.to.code) < (rhs.count ?? -1, rhs.from.code, rhs.to.code)
        }
    }

    /// Each touched country's role, sorted by code.
    static func roles(_ placed: [PlacedFlow]) -> [(code: String, role: Role)] {
        var leaves: Set<String> = [], arrives: Set<String> = []
        for flow in placed {
            leaves.insert(flow.from.code)
            arrives.insert(flow.to.code)
        }
        return leaves.union(arrives).sorted().map { code in
            let role: Role = leaves.contains(code) && arrives.contains(code) ? .both : leaves.contains(code) ? .origin : .destination
            return (code, role)
        }
    }
}

extension Int {
    /// The sum, stopping at `Int.max`: absurd input must neither trap nor wrap to a negative count.
    func addingSaturating(_ other: Int) -> Int {
        let (sum, overflow) = addingReportingOverflow(other)
        return overflow ? (other > 0 ? .max : .min) : sum
    }
}
