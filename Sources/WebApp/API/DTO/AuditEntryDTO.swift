import Foundation
import Storage
import Vapor

struct AuditEntryDTO: Content {
    var sequence: Int64
    var timestamp: Date
    var actorUserId: UUID?
    var actor: String
    var organisationId: UUID?
    var action: String
    var recordType: String
    var recordId: String?
    var ipAddress: String?
    var requestId: String?
    var summary: JSONValue
    var previousHash: String
    var hash: String

    init(_ model: AuditEntryModel) {
        sequence = model.id ?? 0
        timestamp = model.timestamp
        actorUserId = model.actorUserID
        actor = model.actorLabel
        organisationId = model.organisationID
        action = model.action
        recordType = model.recordType
        recordId = model.recordID
        ipAddress = model.ipAddress
        requestId = model.requestID
        summary = JSONValue(parsing: model.summary) ?? .object([:])
        previousHash = model.previousHash
        hash = model.hash
    }

    static let schema = JSONSchema.object([
        ("sequence", .integer(minimum: 1)),
        ("timestamp", .dateTime),
        ("actorUserId", .nullable(.uuid)),
        ("actor", .string()),
        ("organisationId", .nullable(.uuid)),
        ("action", .string()),
        ("recordType", .string()),
        ("recordId", .nullable(.string())),
        ("ipAddress", .nullable(.string())),
        ("requestId", .nullable(.string())),
        ("summary", .anyObject),
        ("previousHash", .string()),
        ("hash", .string()),
    ], required: ["sequence", "timestamp", "actor", "action", "recordType", "summary", "previousHash", "hash"])
}

struct AuditVerificationDTO: Content {
    struct Problem: Content {
        var sequence: Int64
        var message: String
    }

    var intact: Bool
    var checked: Int64
    var headSequence: Int64?
    var headHash: String
    var problems: [Problem]

    init(_ report: AuditVerificationReport) {
        intact = report.isIntact
        checked = report.checkedCount
        headSequence = report.headSequence
        headHash = report.headHash
        problems = report.problems.map { Problem(sequence: $0.sequence, message: $0.description) }
    }

    static let schema = JSONSchema.object([
        ("intact", .boolean),
        ("checked", .integer(minimum: 0)),
        ("headSequence", .nullable(.integer(minimum: 1))),
        ("headHash", .string()),
        ("problems", .array(.object([("sequence", .integer()), ("message", .string())], required: ["sequence", "message"]))),
    ], required: ["intact", "checked", "headHash", "problems"])
}
