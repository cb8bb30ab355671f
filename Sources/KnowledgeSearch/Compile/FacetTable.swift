/// A table of `(key, field, value, number)` rows holding each document's field
/// values, one row per value.
///
/// When a target names one, filters are written as membership tests on it
/// (`key IN (SELECT key FROM facets WHERE field = ? AND value IN (?, ?))`)
/// instead of column comparisons. That is what multi-valued fields need (a
/// case tried in two countries, citing five articles), and the same rows give
/// the facet counts.
public struct FacetTable: Sendable, Equatable {
    /// The facet table.
    public let table: String
    /// Its column holding the document key.
    public let keyColumn: String
    /// Its column holding the field name, as in the `FieldCatalog`.
    public let fieldColumn: String
    /// Its column holding a text value.
    public let valueColumn: String
    /// Its column holding the value as an integer, for numeric ranges.
    public let numberColumn: String
    /// The column of the searched table that holds the document key (`rowid` for FTS5).
    public let rowKey: String
    /// Whether membership tests are written `+rowKey IN (…)`, which keeps
    /// SQLite from driving the scan of the searched table by them.
    ///
    /// An FTS5 table needs this: given `rowid IN (…)` beside `MATCH`, SQLite
    /// looks each listed key up in the full-text index, one doclist walk per
    /// key, and `debt country:GBR` took 115 s at 100,000 records instead of
    /// 0.2 s when the MATCH drives and the test only filters.
    public let filtersOnly: Bool

    /// Creates a facet table description. Names are quoted as identifiers when rendered.
    public init(table: String, keyColumn: String = "key", fieldColumn: String = "field", valueColumn: String = "value",
                numberColumn: String = "number", rowKey: String, filtersOnly: Bool = false) {
        self.table = table
        self.keyColumn = keyColumn
        self.fieldColumn = fieldColumn
        self.valueColumn = valueColumn
        self.numberColumn = numberColumn
        self.rowKey = rowKey
        self.filtersOnly = filtersOnly
    }
}
