/// Which small counts are withheld from anyone without access to personal data.
///
/// UNODC publishes counts from 1 to 4 as `<5`; the threshold is configurable because some national
/// statistics offices use 3 or 10. Zero is always shown: it discloses nothing about a person.
public struct SuppressionRule: Hashable, Sendable, Codable {
    /// Counts `1 ..< threshold` are withheld. A threshold of 1 or less withholds nothing.
    public var threshold: Int

    public init(threshold: Int = 5) {
        self.threshold = threshold
    }

    /// No suppression: for readers who may see the records themselves.
    public static let none = SuppressionRule(threshold: 0)

    /// Whether `count` is small enough to withhold on its own.
    public func isSmall(_ count: Int) -> Bool {
        count >= 1 && count < threshold
    }

    /// How a value is written in tables and exports: the count, `<5` for a small one (with the
    /// configured threshold), and `x` for one withheld to protect a small one (secondary suppression).
    public func text(_ value: ReportedValue) -> String {
        switch value {
        case .count(let count): String(count)
        case .suppressed(.primary): "<\(threshold)"
        case .suppressed(.secondary): "x"
        }
    }

    /// The sentence every export carries about this rule.
    public var description: String {
        threshold <= 1
            ? "No small-cell suppression."
            : "Counts from 1 to \(threshold - 1) are shown as <\(threshold). Cells marked x are withheld so that a small count cannot be worked out from the totals (secondary suppression)."
    }
}
