import Fluent
import CaseModel
import Foundation
import KnowledgeBase
import Storage
import SyntheticData
import Testing
@testable import WebApp

@Suite("Synthetic knowledge seeding")
struct SyntheticKnowledgeTests {
    @Test("Seeding publishes and indexes the records, audits the run once, and a re-run adds only what is missing")
    func seedsPublishedRecords() async throws {
        try await TestApp.run { world in
            let first = try await SyntheticKnowledge.seed(world.app, count: 30, seed: 5)
            #expect(first.summary.imported == 30 && first.summary.skipped == 0)

            // The demo seed it runs first also publishes the UN documents (when ../shared is there); they are not synthetic.
            let unDocuments = try await KnowledgeRecordModel.query(on: world.app.db).filter(\.$sourceID ~~ DemoKnowledge.documents.map { "un-documents/\($0.file)" }).count()
            let models = try await KnowledgeRecordModel.query(on: world.app.db).sort(\.$searchKey).all().filter { $0.sourceID?.hasPrefix("un-documents/") != true }
            #expect(models.count == 30)
            #expect(Set(models.map(\.searchKey)).count == 30)
            for model in models {
                #expect(model.recordStatus == .published && model.published == model.draft && model.revision == 1 && model.publishedAt != nil)
                #expect(model.sourceID?.hasPrefix("synthetic-knowledge-5-") == true)
            }
            #expect(try await KnowledgeRevisionModel.query(on: world.app.db).count() == 30 + 2 * unDocuments)
            #expect(try await world.auditEntries("knowledgeRecord.seed").count == 1)

            // The records are what the generator makes, and the public search finds them with their facets.
            var generator = SyntheticKnowledgeGenerator(seed: 5, today: .today(world.context.now()))
            let expected = generator.next()
            let stored = try KnowledgeEditing.decode(try #require(models.first?.published))
            #expect(stored == expected)
            let page = try await KnowledgePortal(database: world.app.db, context: world.context).search(KnowledgeQueryInput(q: nil, limit: 50))
            #expect(page.total == 30 + unDocuments && page.hits.count == 30 + unDocuments)
            #expect(page.facets[.type]?.reduce(0) { $0 + $1.count } == 30 + unDocuments)
            let word = try await KnowledgePortal(database: world.app.db, context: world.context).search(KnowledgeQueryInput(q: "trafficking", limit: 50))
            #expect(word.total > 0)

            let again = try await SyntheticKnowledge.seed(world.app, count: 40, seed: 5)
            #expect(again.summary.imported == 10 && again.summary.skipped == 30)
            #expect(try await KnowledgeRecordModel.query(on: world.app.db).count() == 40 + unDocuments)
            #expect(try await world.auditEntries("knowledgeRecord.seed").count == 2)
        }
    }

    @Test("The knowledge tables' bulk columns and values equal Fluent's")
    func bulkColumnsMatchFluent() throws {
        let model = KnowledgeRecordModel(searchKey: 7, createdBy: UUID())
        model.type = "case"
        model.title = "Prosecutor v. Okafor"
        model.draft = "{}"
        model.published = "{}"
        model.publishedAt = Date(timeIntervalSince1970: 1_800_000_000)
        model.sourceID = "synthetic-knowledge-1-0"
        try BulkInsertTests.check([model])
        try BulkInsertTests.check([KnowledgeRevisionModel(recordID: UUID(), number: 1, action: .published, data: "{}", userID: UUID())])
    }
}
