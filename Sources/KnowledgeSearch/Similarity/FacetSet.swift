/// Facet values flattened to `field=value` strings so values of different
/// fields never collide (a country code that equals a language code).
struct FacetSet: Sendable {
    let members: Set<String>

    init(_ facets: [String: Set<String>]) {
        var members = Set<String>()
        for (field, values) in facets {
            for value in values { members.insert(field + "=" + value) }
        }
        self.members = members
    }

    /// |A ∩ B| / |A ∪ B|, and 0 when both are empty (nothing known is not "identical").
    func jaccard(_ other: FacetSet) -> Double {
        let union = members.union(other.members).count
        guard union > 0 else { return 0 }
        return Double(members.intersection(other.members).count) / Double(union)
    }
}
