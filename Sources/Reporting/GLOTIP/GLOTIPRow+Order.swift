import CaseModel

extension GLOTIPRow {
    /// The order ``GLOTIPTables`` returns rows in: by indicator, dimension, category, sex, age, year.
    ///
    /// Indicators, dimensions, sexes and ages follow their declaration order (so `Total` comes
    /// before the categories it sums). Categories follow ``GLOTIPFormCategory`` for forms,
    /// `ExploitationType` for detailed forms, and for countries the English name alphabetically
    /// with `Unknown` last.
    ///
    /// - Returns: Whether `lhs` comes before `rhs`.
    public static func reportingOrder(_ lhs: GLOTIPRow, _ rhs: GLOTIPRow) -> Bool {
        let left = (position(lhs.indicator), position(lhs.dimension))
        let right = (position(rhs.indicator), position(rhs.dimension))
        if left != right { return left < right }
        if lhs.category != rhs.category { return GLOTIPTables.categoryPrecedes(lhs.category, rhs.category, in: lhs.dimension) }
        return (lhs.sex, lhs.age, lhs.year) < (rhs.sex, rhs.age, rhs.year)
    }

    private static func position<Value: CaseIterable & Equatable>(_ value: Value) -> Value.AllCases.Index {
        Value.allCases.firstIndex(of: value)!
    }
}

extension GLOTIPTables {
    /// Category order within one dimension; see ``GLOTIPRow/reportingOrder(_:_:)``.
    static func categoryPrecedes(_ lhs: String, _ rhs: String, in dimension: GLOTIPDimension) -> Bool {
        switch dimension {
        case .total:
            return lhs < rhs
        case .formOfExploitation:
            return rank(lhs, among: GLOTIPFormCategory.allCases.map(\.rawValue)) < rank(rhs, among: GLOTIPFormCategory.allCases.map(\.rawValue))
        case .detailedForm:
            return rank(lhs, among: ExploitationType.allCases.map(\.rawValue)) < rank(rhs, among: ExploitationType.allCases.map(\.rawValue))
        case .citizenship, .repatriation:
            return countryCategoryPrecedes(lhs, rhs)
        }
    }

    /// Country names alphabetically, `Unknown` last.
    static func countryCategoryPrecedes(_ lhs: String, _ rhs: String) -> Bool {
        (lhs == "Unknown" ? 1 : 0, lhs) < (rhs == "Unknown" ? 1 : 0, rhs)
    }

    /// Unlisted values sort after listed ones, by name, so the order stays total.
    private static func rank(_ value: String, among listed: [String]) -> (Int, String) {
        (listed.firstIndex(of: value) ?? listed.count, value)
    }
}
