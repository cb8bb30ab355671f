/// Five (or fewer) classes of values for a choropleth, by quantiles.
///
/// Method: sort the finite values; the upper bound of class k (k = 1…4) is the value at
/// nearest rank ⌈k·n/5⌉ (1-based), and the last class ends at the maximum. Bounds are therefore
/// always data values (counts give whole-number bounds), each class holds about a fifth of the
/// countries, and one outlier cannot squash every other country into the lightest class, as equal
/// intervals would with skewed counts. Equal bounds are merged, so data with few distinct values
/// gets fewer classes rather than empty ones. A value belongs to the first class whose upper bound
/// is at or above it.
public struct ClassBreaks: Sendable, Equatable {
    /// Inclusive upper bound of each class, strictly increasing; the last is the maximum value.
    public let upperBounds: [Double]

    /// Quantile classes for `values` (non-finite values are ignored).
    public init(quantilesOf values: [Double], classes: Int = 5) {
        let sorted = values.filter(\.isFinite).sorted()
        guard !sorted.isEmpty else {
            upperBounds = []
            return
        }
        let count = max(1, classes)
        var bounds: [Double] = []
        for k in 1..<count {
            let rank = (k * sorted.count + count - 1) / count  // ⌈k·n/count⌉
            bounds.append(sorted[max(0, rank - 1)])
        }
        bounds.append(sorted[sorted.count - 1])
        var unique: [Double] = []
        for bound in bounds where unique.last.map({ bound > $0 }) ?? true {
            unique.append(bound)
        }
        upperBounds = unique
    }

    /// Explicit bounds, e.g. fixed for comparability across years; sorted and de-duplicated.
    public init(upperBounds: [Double]) {
        var unique: [Double] = []
        for bound in upperBounds.filter(\.isFinite).sorted() where unique.last.map({ bound > $0 }) ?? true {
            unique.append(bound)
        }
        self.upperBounds = unique
    }

    /// How many classes there are.
    public var count: Int { upperBounds.count }

    /// The class (0-based) of `value`; values above the last bound go in the last class, and nil
    /// means no class (no bounds, or a non-finite value).
    public func classIndex(of value: Double) -> Int? {
        guard value.isFinite, !upperBounds.isEmpty else { return nil }
        return upperBounds.firstIndex { value <= $0 } ?? upperBounds.count - 1
    }

    /// The fill for class `index`: the sequential palette spread over however many classes exist,
    /// so two classes get the lightest and darkest blue rather than the two lightest.
    public func color(ofClass index: Int) -> String {
        let palette = Palette.sequential
        guard count > 1 else { return palette[palette.count / 2] }
        let position = Double(index) * Double(palette.count - 1) / Double(count - 1)
        return palette[min(palette.count - 1, max(0, Int(position.rounded())))]
    }
}
