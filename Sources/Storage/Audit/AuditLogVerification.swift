import AuditTrail
import FluentKit

/// The result of checking the whole audit log.
public struct AuditVerificationReport: Sendable {
    public var checkedCount: Int64
    public var headSequence: Int64?
    public var headHash: String
    public var problems: [AuditChainVerifier.Problem]

    public var isIntact: Bool { problems.isEmpty }
}

extension AuditLogWriter {
    /// Reads the log in sequence order, in pages, and checks every link of the chain.
    ///
    /// - Parameter pageSize: rows read per query; the log is never loaded whole.
    public static func verify(on database: any Database, pageSize: Int = 1_000) async throws -> AuditVerificationReport {
        var verifier = AuditChainVerifier()
        var problems: [AuditChainVerifier.Problem] = []
        var after: Int64 = 0
        var head: Int64?
        while true {
            let page = try await AuditEntryModel.query(on: database)
                .filter(\.$id > after)
                .sort(\.$id, .ascending)
                .limit(pageSize)
                .all()
            for entry in page {
                problems += verifier.check(entry.content, storedHash: entry.hash)
                head = entry.id
            }
            guard page.count == pageSize, let last = page.last?.id else { break }
            after = last
        }
        return AuditVerificationReport(checkedCount: verifier.checkedCount, headSequence: head, headHash: verifier.headHash, problems: problems)
    }
}
