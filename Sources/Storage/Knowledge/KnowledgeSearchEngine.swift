import Foundation
import KnowledgeSearch

/// The in-memory search index (`InvertedIndex`) of one database's portal,
/// rebuilt when the index generation changes.
///
/// A search uses it only when it was built at the generation the search reads,
/// so its answers are the database's; until then, and for the queries it does
/// not take (`InvertedIndex.plan`), the database answers. A server calls
/// `refresh` in the background (`KnowledgeEngineRefresh` in WebApp), never
/// in a request: a build reads and splits every published text, 40 to 80
/// seconds on two cores at 100,000 decisions.
public final class KnowledgeSearchEngine: @unchecked Sendable {
    private let lock = NSLock()
    private var held: InvertedIndex?
    private var building = false
    /// Stems of query words that no record has, as the database gave them.
    private var queryStems: [String: String?] = [:]
    /// Beyond this many remembered stems the table starts again, so odd queries cannot grow it without end.
    private let queryStemCapacity = 100_000

    public init() {}

    /// The index if it was built at `generation`.
    func index(at generation: String) -> InvertedIndex? {
        lock.withLock { held?.generation == generation ? held : nil }
    }

    /// The database's stems of query words, remembered for later queries.
    func stems(of tokens: [String], from source: KnowledgeIndex) async throws -> [String: String?] {
        var result: [String: String?] = [:]
        var unknown: [String] = []
        lock.withLock {
            for token in tokens {
                if let stem = queryStems[token] { result.updateValue(stem, forKey: token) } else { unknown.append(token) }
            }
        }
        guard !unknown.isEmpty else { return result }
        let learned = try await source.stems(of: unknown)
        lock.withLock {
            if queryStems.count + learned.count > queryStemCapacity { queryStems.removeAll(keepingCapacity: true) }
            queryStems.merge(learned) { $1 }
        }
        return result.merging(learned) { $1 }
    }

    /// The index held, whatever its generation.
    public var current: InvertedIndex? {
        lock.withLock { held }
    }

    /// The generation of the index held, if any.
    public var generation: String? {
        current?.generation
    }

    /// Builds the index from `source` unless it is current. Returns whether
    /// the engine holds an index built at the generation it read; a build
    /// that the database changed under is dropped, to be tried again, and a
    /// call while another builds returns `false` at once.
    @discardableResult
    public func refresh(from source: KnowledgeIndex) async throws -> Bool {
        if try await self.generation == source.generation() { return true }
        guard lock.withLock({ () -> Bool in
            if building { return false }
            building = true
            return true
        }) else { return false }
        defer { lock.withLock { building = false } }
        guard let built = try await source.buildInvertedIndex() else { return false }
        lock.withLock { held = built }
        return true
    }
}
