/// An edge between two records with its match weight.
public struct WeightedEdge: Sendable, Hashable {
    public var first: Int32
    public var second: Int32
    public var weight: Float

    public init(_ first: Int, _ second: Int, weight: Double) {
        self.first = Int32(first)
        self.second = Int32(second)
        self.weight = Float(weight)
    }
}

/// Connected components of the links above the threshold, with a guard
/// against chaining.
///
/// Transitive closure lets a few false links join distinct people into one
/// long chain (A–B–C–D, where A and D share nothing). A true person's
/// records are linked nearly pairwise, so a component that is large and
/// sparse (links ÷ possible pairs below `minimumDensity`) is suspect: its
/// weakest links are removed, a tenth at a time, until every part is small
/// or dense enough. With `splitSparseComponents` off, such components are
/// only flagged for review.
public struct Clusterer: Sendable {
    public var minimumDensity: Double
    /// Components with more records than this are checked.
    public var guardMinimumSize: Int
    public var splitSparseComponents: Bool

    public init(minimumDensity: Double = 0.4, guardMinimumSize: Int = 4, splitSparseComponents: Bool = true) {
        self.minimumDensity = minimumDensity
        self.guardMinimumSize = guardMinimumSize
        self.splitSparseComponents = splitSparseComponents
    }

    public struct Flag: Sendable, Codable, Hashable {
        /// Cluster number in ``Result/clusterOf``, or of the first part when split.
        public var cluster: Int32
        public var records: Int
        public var links: Int
        public var density: Double
        /// The number of clusters it was split into (1 = not split).
        public var parts: Int
    }

    public struct Result: Sendable {
        /// Cluster number of every record, 0..<clusterCount.
        public var clusterOf: [Int32]
        public var clusterCount: Int
        public var flagged: [Flag]
    }

    public func cluster(recordCount: Int, edges: [WeightedEdge]) -> Result {
        var sets = UnionFind(count: recordCount)
        for edge in edges { sets.union(Int(edge.first), Int(edge.second)) }

        // Group edges by component.
        var componentEdges: [Int: [WeightedEdge]] = [:]
        var componentSize: [Int: Int] = [:]
        for record in 0..<recordCount { componentSize[sets.find(record), default: 0] += 1 }
        for edge in edges where componentSize[sets.find(Int(edge.first))]! > guardMinimumSize {
            componentEdges[sets.find(Int(edge.first)), default: []].append(edge)
        }

        var clusterOf = [Int32](repeating: -1, count: recordCount)
        var next: Int32 = 0
        var flagged: [Flag] = []
        // Sparse large components first, in root order for determinism.
        for root in componentEdges.keys.sorted() {
            let edges = componentEdges[root]!
            let size = componentSize[root]!
            let density = Self.density(links: edges.count, records: size)
            guard density < minimumDensity else { continue }
            let first = next
            if splitSparseComponents {
                for part in split(edges) {
                    for record in part { clusterOf[record] = next }
                    next += 1
                }
            } else {
                for record in Set(edges.flatMap { [Int($0.first), Int($0.second)] }) { clusterOf[record] = next }
                next += 1
            }
            flagged.append(Flag(cluster: first, records: size, links: edges.count, density: density,
                                parts: Int(next - first)))
        }
        // Everything else: one cluster per component.
        var numberOfRoot: [Int: Int32] = [:]
        for record in 0..<recordCount where clusterOf[record] < 0 {
            let root = sets.find(record)
            if let number = numberOfRoot[root] {
                clusterOf[record] = number
            } else {
                numberOfRoot[root] = next
                clusterOf[record] = next
                next += 1
            }
        }
        return Result(clusterOf: clusterOf, clusterCount: Int(next), flagged: flagged)
    }

    static func density(links: Int, records: Int) -> Double {
        records < 2 ? 1 : Double(links) / Double(records * (records - 1) / 2)
    }

    /// Splits the records touched by `edges` into parts that pass the guard,
    /// dropping the weakest tenth of the links each round.
    func split(_ edges: [WeightedEdge]) -> [[Int]] {
        var result: [[Int]] = []
        var stack: [[WeightedEdge]] = [edges.sorted { $0.weight != $1.weight ? $0.weight < $1.weight : ($0.first, $0.second) < ($1.first, $1.second) }]
        while let current = stack.popLast() {
            let drop = max(1, current.count / 10)
            let kept = Array(current.dropFirst(drop))
            var records = Set<Int>()
            for edge in current { records.insert(Int(edge.first)); records.insert(Int(edge.second)) }
            // Components of the remaining links (records left without links
            // become singletons).
            let ordered = records.sorted()
            var local: [Int: Int] = [:]
            for (index, record) in ordered.enumerated() { local[record] = index }
            var sets = UnionFind(count: ordered.count)
            for edge in kept { sets.union(local[Int(edge.first)]!, local[Int(edge.second)]!) }
            var parts: [Int: [Int]] = [:]
            for (index, record) in ordered.enumerated() { parts[sets.find(index), default: []].append(record) }
            var partEdges: [Int: [WeightedEdge]] = [:]
            for edge in kept { partEdges[sets.find(local[Int(edge.first)]!), default: []].append(edge) }
            for (root, members) in parts.sorted(by: { $0.key < $1.key }) {
                let links = partEdges[root] ?? []
                if members.count > guardMinimumSize && Self.density(links: links.count, records: members.count) < minimumDensity {
                    stack.append(links)
                } else {
                    result.append(members)
                }
            }
        }
        return result
    }
}
