import CaseModel
import Foundation

/// A case digest in the manner of UNODC's "Evidential issues in trafficking in
/// persons cases": the chosen issues in the order given, and under each the
/// published court cases that address it, newest first. A case tagged with two
/// chosen issues appears under both, as in the UNODC digest.
public struct CaseDigest: Sendable, Equatable {
    /// One case under an issue.
    public struct Entry: Sendable, Equatable {
        public let id: UUID
        public let record: KnowledgeRecord
    }

    /// An issue and its cases.
    public struct Section: Sendable, Equatable {
        public let issue: KnowledgeIssue
        public let entries: [Entry]
    }

    public let sections: [Section]

    /// Groups `cases` under `issues`. Records that are not court cases are left
    /// out; an issue no case addresses keeps an empty section, so the reader
    /// sees it was asked for.
    public init(issues: [KnowledgeIssue], cases: [(id: UUID, record: KnowledgeRecord)]) {
        var seen = Set<KnowledgeIssue>()
        let courtCases = cases.filter { $0.record.type == .courtCase }
        sections = issues.filter { seen.insert($0).inserted }.map { issue in
            let entries = courtCases.filter { $0.record.issues.contains(issue) }
                .sorted { left, right in
                    let l = left.record.date, r = right.record.date
                    if l != r { return (l.map { r == nil || $0 > r! }) ?? false }
                    return left.id.uuidString < right.id.uuidString
                }
                .map { Entry(id: $0.id, record: $0.record) }
            return Section(issue: issue, entries: entries)
        }
    }

    /// How many distinct cases the digest holds.
    public var caseCount: Int {
        Set(sections.flatMap { $0.entries.map(\.id) }).count
    }

    /// The most cases one digest takes per issue; a larger selection should be narrowed by query.
    public static let maximumCasesPerIssue = 200
}
