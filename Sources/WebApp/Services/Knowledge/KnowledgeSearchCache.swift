import Foundation
import Storage

/// Recent pages of portal searches, so that a query many readers type (or a
/// reader pages back to) is answered without searching again.
///
/// Why: ranking is most of a broad search's cost. At 100,000 decisions,
/// `recruitment` matches 95,000 of them and BM25 over every match takes about
/// 0.2 s on SQLite; neither FTS5 nor PostgreSQL can stop early at the best
/// twenty. Search engines keep such results (Solr's query result cache,
/// Elasticsearch's request cache); so does this.
///
/// The pages stay exact. Each entry is kept under the index generation that
/// every write to the index renews (`KnowledgeIndex.generation()`), read
/// before the search; after a publication or a withdrawal no entry of the old
/// generation is ever looked up again. The least recently used entry goes
/// first once `capacity` pages are held; a page is a few kilobytes (hits hold
/// titles and snippets, not records).
final class KnowledgeSearchCache: @unchecked Sendable {
    struct Key: Hashable {
        let generation: String
        let request: KnowledgeSearchRequest
        let language: String?
    }

    private let lock = NSLock()
    private var pages: [Key: (page: KnowledgePortal.Page, used: UInt64)] = [:]
    private var clock: UInt64 = 0
    private var hitCount = 0
    private var missCount = 0
    /// At most this many pages are kept; 0 turns the cache off.
    let capacity: Int

    init(capacity: Int) {
        self.capacity = max(0, capacity)
    }

    var isEnabled: Bool { capacity > 0 }

    func page(for key: Key) -> KnowledgePortal.Page? {
        lock.withLock {
            clock += 1
            guard let entry = pages[key] else {
                missCount += 1
                return nil
            }
            hitCount += 1
            pages[key] = (entry.page, clock)
            return entry.page
        }
    }

    func store(_ page: KnowledgePortal.Page, for key: Key) {
        guard isEnabled else { return }
        lock.withLock {
            clock += 1
            if pages.count >= capacity, pages[key] == nil {
                // Entries of an older generation can never be read again: drop
                // them all first; otherwise the least recently used one.
                let stale = pages.keys.filter { $0.generation != key.generation }
                if stale.isEmpty {
                    if let oldest = pages.min(by: { $0.value.used < $1.value.used })?.key { pages[oldest] = nil }
                } else {
                    for old in stale { pages[old] = nil }
                }
            }
            pages[key] = (page, clock)
        }
    }

    var count: Int { lock.withLock { pages.count } }
    /// Pages answered from memory, and searches that had to run (read under the lock: searches update them concurrently).
    var hits: Int { lock.withLock { hitCount } }
    var misses: Int { lock.withLock { missCount } }
}
