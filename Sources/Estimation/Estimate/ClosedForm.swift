/// Classical closed-form estimators for two lists, for explanation and cross-checks.
public enum ClosedForm {
    /// Lincoln–Petersen: `N = n₁·n₂ / m`, with `m` the cases on both lists. It equals the
    /// main-effects log-linear estimate for two lists. Nil when `m` is 0 (no finite estimate).
    public static func lincolnPetersen(firstList n1: Int, secondList n2: Int, both m: Int) -> Double? {
        guard m > 0 else { return nil }
        return Double(n1) * Double(n2) / Double(m)
    }

    /// Chapman's nearly unbiased variant: `(n₁ + 1)(n₂ + 1)/(m + 1) − 1`, finite even when m = 0.
    public static func chapman(firstList n1: Int, secondList n2: Int, both m: Int) -> Double {
        Double(n1 + 1) * Double(n2 + 1) / Double(m + 1) - 1
    }
}
