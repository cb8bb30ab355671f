import Foundation
import KnowledgeBase
import KnowledgeSearch
import Storage

extension KnowledgePortal {
    /// The published court cases addressing each of `issues`, narrowed by an
    /// optional query, grouped as a case digest.
    func digest(issues: [KnowledgeIssue], query text: String?) async throws -> CaseDigest {
        let narrowing = try KnowledgeQueryInput.parse(text)
        let index = KnowledgeIndex(database)
        var keys: [Int] = []
        for issue in issues {
            var parts: [QueryNode] = [
                .field(FieldQuery(name: KnowledgeField.type.rawValue, value: .text(KnowledgeRecordType.courtCase.rawValue))),
                .field(FieldQuery(name: KnowledgeField.issue.rawValue, value: .text(issue.rawValue))),
            ]
            if let narrowing { parts.append(narrowing.root) }
            let result = try await index.search(KnowledgeSearchRequest(query: SearchQuery(root: .and(parts)), sort: .newest, limit: CaseDigest.maximumCasesPerIssue))
            keys += result.hits.map(\.key)
        }
        let records = try await published(keys: keys)
        return CaseDigest(issues: issues, cases: records.values.map { ($0.id, $0.record) })
    }
}
