/// Disjoint sets over 0..<count with path halving and union by size.
public struct UnionFind: Sendable {
    private var parent: [Int32]
    private var size: [Int32]

    public init(count: Int) {
        parent = (0..<count).map { Int32($0) }
        size = [Int32](repeating: 1, count: count)
    }

    public mutating func find(_ element: Int) -> Int {
        var x = Int32(element)
        while parent[Int(x)] != x {
            parent[Int(x)] = parent[Int(parent[Int(x)])]
            x = parent[Int(x)]
        }
        return Int(x)
    }

    /// Merges the sets of `a` and `b`; false when they were already one.
    @discardableResult
    public mutating func union(_ a: Int, _ b: Int) -> Bool {
        var x = find(a), y = find(b)
        if x == y { return false }
        if size[x] < size[y] { swap(&x, &y) }
        parent[y] = Int32(x)
        size[x] += size[y]
        return true
    }

    public mutating func sizeOfSet(containing element: Int) -> Int { Int(size[find(element)]) }
}
