/// A cell's value as it may be published.
public enum ReportedValue: Hashable, Sendable {
    /// The count itself.
    case count(Int)
    /// Withheld: either small (`primary`: 1 ≤ count < threshold), or withheld so that a small one
    /// cannot be worked out from the totals (`secondary`).
    case suppressed(SuppressionReason)

    /// The count, when it may be shown.
    public var count: Int? {
        if case .count(let value) = self { return value }
        return nil
    }

    public var isSuppressed: Bool { count == nil }
}

/// Why a cell is withheld.
public enum SuppressionReason: String, Hashable, Codable, Sendable {
    /// The count is between 1 and the threshold minus one: shown as `<5` (for the default threshold 5), as UNODC does.
    case primary
    /// The count may be large, but showing it would reveal a small one through a row or column total.
    case secondary
}
