extension AdditiveTable {
    /// Primary suppression only: every count `1 ..< rule.threshold` is withheld, everything else shown.
    ///
    /// On its own this is not safe when the table has margins (``SuppressionAudit`` shows why); it is
    /// public for cells that take part in no sum and for tests.
    public func primarySuppression(_ rule: SuppressionRule) -> [Cell: ReportedValue] {
        counts.mapValues { rule.isSmall($0) ? .suppressed(.primary) : .count($0) }
    }

    /// The values to publish: primary suppression, then secondary suppression until no withheld cell
    /// can be worked out from the published ones.
    ///
    /// Secondary suppression first applies the usual line rule: while some constraint has exactly one
    /// withheld cell, it withholds the smallest positive count among the constraint's other parts
    /// (the earliest added on a tie), or the constraint's total when every other part is zero.
    /// Then it runs ``SuppressionAudit``; if the audit can still solve for a withheld cell (this can
    /// happen where tables are linked in three dimensions), it withholds the smallest positive
    /// published cell of a constraint through that cell and starts again (a published zero only when
    /// every such constraint has no positive published cell left). So the result guarantees
    /// that no withheld value is *unique*; it does not guarantee a wide interval (a reader may still
    /// learn that two withheld cells add up to 6).
    ///
    /// A threshold of 1 or less publishes every count.
    public func suppression(_ rule: SuppressionRule) -> [Cell: ReportedValue] {
        guard rule.threshold > 1 else { return counts.mapValues { .count($0) } }
        var run = SecondarySuppression(table: self)
        run.withholdSmallCounts(rule)
        run.protectWithheldCells()
        return run.values
    }
}
