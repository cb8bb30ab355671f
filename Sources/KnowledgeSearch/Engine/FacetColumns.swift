/// The field values of every document (`country`=`MEX`, `year`=`2015`, …), in
/// compressed-row form: the value ids of key `k` are `ids[starts[k]..<starts[k + 1]]`.
public struct FacetColumns<Value: Sendable>: Sendable {
    /// The distinct values; a value id indexes this.
    public let values: [Value]
    let starts: [Int32]
    let ids: [Int32]

    /// From (key, value id) pairs in any order; `capacity` is one more than the largest key.
    public init(values: [Value], keys: [Int32], ids pairIDs: [Int32], capacity: Int) {
        var starts = [Int32](repeating: 0, count: capacity + 1)
        for key in keys { starts[Int(key) + 1] += 1 }
        for index in stride(from: 1, to: starts.count, by: 1) { starts[index] += starts[index - 1] }
        var ids = [Int32](repeating: 0, count: pairIDs.count)
        var fill = starts
        for (key, id) in zip(keys, pairIDs) {
            ids[Int(fill[Int(key)])] = id
            fill[Int(key)] += 1
        }
        self.values = values
        self.starts = starts
        self.ids = ids
    }

    /// One more than the largest key.
    public var capacity: Int { starts.count - 1 }

    /// The value ids of `key`, which must be below `capacity`.
    public func ids(of key: Int) -> ArraySlice<Int32> {
        ids[Int(starts[key])..<Int(starts[key + 1])]
    }
}

/// One distinct value of one field, as the in-memory index filters by it.
struct IndexedValue: Sendable {
    let field: String
    let value: String
    let number: Int?
}

extension FacetColumns where Value == IndexedValue {
    /// Which value ids a filter accepts (ignoring its negation).
    func accepted(by filter: FieldFilter) -> [Bool] {
        values.map { value in
            guard value.field == filter.field else { return false }
            if let range = filter.range {
                guard let number = value.number else { return false }
                return (range.lower.map { number >= $0 } ?? true) && (range.upper.map { number <= $0 } ?? true)
            }
            return filter.values.contains(value.value)
        }
    }
}
