extension Routes {
    /// Counts after primary suppression, in the order they are listed: the published counts from
    /// largest to smallest, then the withheld ones; ties, and the withheld ones among themselves,
    /// in the keys' own order.
    ///
    /// Withheld counts are not ordered by their true value: the order would tell a reader which
    /// small count is the larger.
    static func ranked<Key: Hashable & Comparable>(_ counts: [Key: Int], rule: SuppressionRule) -> [(key: Key, value: ReportedValue)] {
        counts
            .map { (key: $0.key, value: rule.isSmall($0.value) ? ReportedValue.suppressed(.primary) : .count($0.value)) }
            .sorted { lhs, rhs in
                let left = lhs.value.count ?? -1, right = rhs.value.count ?? -1
                return left != right ? left > right : lhs.key < rhs.key
            }
    }
}
