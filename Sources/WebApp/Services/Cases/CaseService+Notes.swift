import AuditTrail
import Crypto
import Fluent
import Foundation
import Storage

/// Case comments and attachments.
extension CaseService {
    func addComment(_ caller: Caller, caseID: UUID, body: String) async throws -> UUID {
        let model = try await load(caller, id: caseID, for: .update)
        var validator = Validator()
        let text = validator.requireText(body, field: "body", maxLength: 20_000)
        try validator.throwIfInvalid()
        let id = UUID()
        let row = CaseCommentModel(id: id, caseID: caseID, authorID: caller.user.id,
                                   bodyCipher: try context.cipher.seal(text, field: CaseCommentModel.EncryptedField.body, rowID: id))
        try await context.audit.transaction(on: database) { tx, audit in
            try await row.create(on: tx)
            var summary = AuditSummary()
            summary.note("comment", id.uuidString)
            summary.setRedacted("body")
            try await audit.record(AuditEvent(actor: caller.actor, origin: caller.origin, action: "case.comment.add", recordType: "caseFile", recordID: caseID.uuidString, organisationID: model.$organisation.id, summary: summary))
        }
        return id
    }

    /// Stores a file on the case, encrypted on disk.
    func addAttachment(_ caller: Caller, caseID: UUID, fileName: String, data: Data) async throws -> UUID {
        let model = try await load(caller, id: caseID, for: .update)
        var validator = Validator()
        let name = validator.requireText((fileName as NSString).lastPathComponent, field: "file", maxLength: 255)
        if data.isEmpty { validator.add("file", .validationRequired) }
        if data.count > AttachmentPolicy.maximumBytes {
            validator.add("file", .validationFileTooLarge, ["max": "\(AttachmentPolicy.maximumBytes / 1_048_576) MB"])
        }
        let kind = AttachmentPolicy.sniff(data, fileName: name)
        if kind == nil, !data.isEmpty { validator.add("file", .validationFileType) }
        try validator.throwIfInvalid()
        let id = UUID()
        let cipher = context.cipher
        let sealed = try cipher.seal(data: data, field: AttachmentModel.EncryptedField.content, rowID: id)
        let row = AttachmentModel(
            id: id, caseID: caseID, uploadedBy: caller.user.id,
            fileNameCipher: try cipher.seal(name, field: AttachmentModel.EncryptedField.fileName, rowID: id),
            contentType: kind!.rawValue, sizeBytes: data.count,
            sha256: SHA256.hash(data: data).hexString
        )
        let files = AttachmentFiles(dataDirectory: context.config.dataDirectory)
        try files.write(sealed, for: id)
        do {
            try await context.audit.transaction(on: database) { tx, audit in
                try await row.create(on: tx)
                var summary = AuditSummary()
                summary.note("attachment", id.uuidString)
                summary.set("contentType", from: nil, to: kind!.rawValue)
                summary.set("size", from: nil, to: String(data.count))
                summary.setRedacted("fileName")
                try await audit.record(AuditEvent(actor: caller.actor, origin: caller.origin, action: "case.attachment.add", recordType: "caseFile", recordID: caseID.uuidString, organisationID: model.$organisation.id, summary: summary))
            }
        } catch {
            files.remove(id)
            throw error
        }
        return id
    }

    /// Reads an attachment back; every download is audited.
    func downloadAttachment(_ caller: Caller, caseID: UUID, attachmentID: UUID) async throws -> (fileName: String, contentType: String, data: Data) {
        let model = try await load(caller, id: caseID, for: .read)
        guard let row = try await AttachmentModel.query(on: database).filter(\.$id == attachmentID).filter(\.$caseFile.$id == caseID).first() else {
            throw AppError.notFound
        }
        let cipher = context.cipher
        let sealed = try AttachmentFiles(dataDirectory: context.config.dataDirectory).read(attachmentID)
        let data = try cipher.open(data: sealed, field: AttachmentModel.EncryptedField.content, rowID: attachmentID)
        guard SHA256.hash(data: data).hexString == row.sha256 else {
            throw AttachmentFiles.Failure.damaged(attachmentID)
        }
        let name = try cipher.open(row.fileNameCipher, field: AttachmentModel.EncryptedField.fileName, rowID: attachmentID)
        try await context.audit.record(
            AuditEvent(actor: caller.actor, origin: caller.origin, action: "case.attachment.download", recordType: "caseFile", recordID: caseID.uuidString, organisationID: model.$organisation.id,
                       summary: { var s = AuditSummary(); s.note("attachment", attachmentID.uuidString); return s }()),
            on: database
        )
        return (name, row.contentType, data)
    }
}

/// Where encrypted attachments live: `<data-dir>/attachments/ab/<uuid>`.
struct AttachmentFiles {
    let dataDirectory: URL

    enum Failure: Error, CustomStringConvertible {
        case missing(UUID)
        case damaged(UUID)

        var description: String {
            switch self {
            case .missing(let id): "the file of attachment \(id) is missing from the data directory"
            case .damaged(let id): "the file of attachment \(id) does not match its checksum"
            }
        }
    }

    func url(_ id: UUID) -> URL {
        let name = id.uuidString.lowercased()
        return dataDirectory.appendingPathComponent("attachments").appendingPathComponent(String(name.prefix(2))).appendingPathComponent(name)
    }

    /// Writes to a temporary name and renames, so a crash never leaves half a file under the real name.
    func write(_ data: Data, for id: UUID) throws {
        let target = url(id)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let temporary = target.appendingPathExtension("partial")
        try data.write(to: temporary, options: .atomic)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: temporary.path)
        try FileManager.default.moveItem(at: temporary, to: target)
    }

    func read(_ id: UUID) throws -> Data {
        guard let data = FileManager.default.contents(atPath: url(id).path) else { throw Failure.missing(id) }
        return data
    }

    func remove(_ id: UUID) {
        try? FileManager.default.removeItem(at: url(id))
    }
}
