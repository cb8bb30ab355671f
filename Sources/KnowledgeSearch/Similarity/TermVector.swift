import Foundation

/// A sparse, L2-normalised TF-IDF vector.
struct TermVector: Sendable {
    let weights: [String: Double]

    /// Weights are `(1 + ln tf) × idf`: sub-linear term frequency stops a term
    /// repeated fifty times in a long judgment from swamping everything else.
    init(counts: [String: Int], idf: [String: Double]) {
        var weights: [String: Double] = [:]
        var squared = 0.0
        for (term, count) in counts {
            let weight = (1 + log(Double(count))) * (idf[term] ?? 0)
            weights[term] = weight
            squared += weight * weight
        }
        let norm = squared.squareRoot()
        if norm > 0 {
            for (term, weight) in weights { weights[term] = weight / norm }
        }
        self.weights = weights
    }

    /// Cosine similarity; both vectors are unit length so this is a dot product.
    func cosine(_ other: TermVector) -> Double {
        let (small, large) = weights.count <= other.weights.count ? (weights, other.weights) : (other.weights, weights)
        var sum = 0.0
        for (term, weight) in small {
            if let otherWeight = large[term] { sum += weight * otherWeight }
        }
        // Rounding can push identical vectors a hair above 1.
        return min(1, sum)
    }
}
