import Fluent
import Foundation
import KnowledgeBase
import KnowledgeSearch
import SQLKit
@testable import Storage
import Testing
@testable import WebApp

/// A bulk load into a smaller index drops the search tables' secondary indexes
/// and builds them at the end (`KnowledgeIndex.bulkLoad`); whatever happens,
/// the indexes must be there afterwards, or every later search would scan.
@Suite("Knowledge bulk load and the search indexes")
struct KnowledgeBulkLoadIndexTests {
    struct Stop: Error {}

    /// The secondary indexes the schema defines.
    static func expected(_ database: any Database) -> Set<String> {
        Set(KnowledgeIndexSchema.for(database).secondaryIndexes.map(\.name))
    }

    /// The indexes of the search tables that the database holds, read from its catalogue.
    static func present(_ database: any Database) async throws -> Set<String> {
        let sql = Backend.sqlDatabase(database)
        let rows = sql.dialect.name == "postgresql"
            ? try await sql.raw("SELECT indexname AS name FROM pg_indexes WHERE schemaname = current_schema() AND tablename LIKE 'knowledge_%'").all()
            : try await sql.raw("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name LIKE 'knowledge_%'").all()
        return Set(try rows.map { try $0.decode(column: "name", as: String.self) })
    }

    @Test("Into an empty index the indexes are dropped during the load and built at its end")
    func deferredIntoEmptyIndex() async throws {
        try await TestApp.run { world in
            let expected = Self.expected(world.app.db)
            #expect(expected.count >= 6, "six B-trees, and the GIN index on PostgreSQL")
            #expect(expected.isSubset(of: try await Self.present(world.app.db)), "a new database has them all")
            var during: Set<String> = []
            var announced = false
            try await KnowledgeIndex(world.app.db).bulkLoad(adding: 10, building: { announced = true }) {
                during = try await Self.present(world.app.db)
            }
            #expect(during.isDisjoint(with: expected), "dropped during the load: \(during.intersection(expected))")
            #expect(announced)
            #expect(expected.isSubset(of: try await Self.present(world.app.db)), "built at the end")
        }
    }

    @Test("A seed into an empty portal searches as well as one added to a larger portal, and leaves every index")
    func seedLeavesIndexes() async throws {
        try await TestApp.run { world in
            _ = try await SyntheticKnowledge.seed(world.app, count: 60, seed: 7)
            #expect(Self.expected(world.app.db).isSubset(of: try await Self.present(world.app.db)))
            // Into an index that already holds more records than a load adds, the indexes stay.
            var during: Set<String> = []
            try await KnowledgeIndex(world.app.db).bulkLoad(adding: 5) {
                during = try await Self.present(world.app.db)
            }
            #expect(Self.expected(world.app.db).isSubset(of: during))
            let request = KnowledgeSearchRequest(query: try KnowledgeQueryInput.parse("labour type:case"), sort: .oldest, limit: 100)
            let hits = try await KnowledgeIndex(world.app.db).search(request)
            #expect(hits.total > 0, "the rebuilt indexes answer a word and a facet")
        }
    }

    @Test("A load that fails still leaves the indexes, and start-up rebuilds any a stopped load left out")
    func failuresAndStartUp() async throws {
        try await TestApp.run { world in
            let expected = Self.expected(world.app.db)
            await #expect(throws: Stop.self) {
                try await KnowledgeIndex(world.app.db).bulkLoad(adding: 10) { throw Stop() }
            }
            #expect(expected.isSubset(of: try await Self.present(world.app.db)), "rebuilt after the failure")

            // A process killed mid-load: the indexes are gone until the next start.
            try await KnowledgeIndexSchema.for(world.app.db).dropSecondaryIndexes(on: Backend.sqlDatabase(world.app.db))
            #expect(try await Self.present(world.app.db).isDisjoint(with: expected))
            try await Bootstrap.prepareDatabase(world.app)
            #expect(expected.isSubset(of: try await Self.present(world.app.db)), "start-up built them")
        }
    }
}
