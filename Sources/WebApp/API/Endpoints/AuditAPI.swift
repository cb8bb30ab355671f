import Foundation
import Storage
import Vapor

enum AuditAPI {
    static func register(on api: APIRegistry) {
        api.add(APIOperation(
            method: .GET, path: "/audit-entries", operationID: "listAuditEntries", summary: "Audit-log entries the token user may see, newest first.", tag: "Audit",
            parameters: [
                .query("actorUserId", "Only actions by this user.", .uuid),
                .query("action", "An action (`user.create`) or a prefix of actions (`user`)."),
                .query("recordType", "Only entries about this kind of record, e.g. `user`."),
                .query("recordId", "Only entries about this record."),
                .query("from", "Only entries at or after this instant.", .dateTime),
                .query("until", "Only entries before this instant.", .dateTime),
            ] + APIOperation.Parameter.pagination,
            success: .init(status: 200, description: "A page of entries.", schema: PageDTO<AuditEntryDTO>.schema(of: "AuditEntry")), errors: [403]
        )) { request in
            let criteria = AuditCriteria(
                actorUserID: try request.uuidQuery("actorUserId"),
                action: request.queryValue("action"),
                recordType: request.queryValue("recordType"),
                recordID: request.queryValue("recordId"),
                from: try request.dateQuery("from"),
                until: try request.dateQuery("until")
            )
            let page = try await request.auditService.list(try request.caller(), criteria: criteria, cursor: request.queryValue("cursor"), limit: try request.limit())
            return PageDTO(page, AuditEntryDTO.init)
        }

        api.add(APIOperation(
            method: .GET, path: "/audit-entries/verification", operationID: "verifyAuditLog",
            summary: "Check the audit log's hash chain from the first entry to the last.", tag: "Audit",
            success: .init(status: 200, description: "The result; `intact` is false when an entry was altered or removed.", schema: .ref("AuditVerification")), errors: [403]
        )) { request in
            AuditVerificationDTO(try await request.auditService.verify(try request.caller()))
        }
    }
}

extension Request {
    func uuidQuery(_ name: String) throws -> UUID? {
        guard let text = queryValue(name) else { return nil }
        guard let id = UUID(uuidString: text) else { throw AppError.badRequest(.errorBadID, ["name": name]) }
        return id
    }

    func dateQuery(_ name: String) throws -> Date? {
        guard let text = queryValue(name) else { return nil }
        guard let date = ISO8601DateFormatter().date(from: text) else { throw AppError.badRequest(.errorBadDate) }
        return date
    }
}
