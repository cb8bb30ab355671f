import Foundation
import KnowledgeBase
import Vapor

/// A knowledge import started from the editors' desk or the API: the upload is
/// written to the caller's private import folder, imported, and removed; the
/// error file stays there for download, like the registry import's.
struct KnowledgeImportRequest {
    let request: Request

    func run(_ caller: Caller, fileName: String, data: ByteBuffer, publish: Bool) async throws -> ImportOutcome {
        let context = request.libertas
        try await context.authorize(caller, .create, KnowledgeEditing.facts, on: request.db)
        let extensionName = (fileName as NSString).pathExtension.lowercased()
        guard ["csv", "json"].contains(extensionName) else { throw AppError.invalid([FieldError("file", .knowledgeImportFileType)]) }
        guard data.readableBytes > 0 else { throw AppError.invalid([FieldError("file", .validationRequired)]) }
        let directory = ImportPolicy.errorsDirectory(dataDirectory: context.config.dataDirectory, userID: caller.user.id)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let upload = directory.appendingPathComponent("\(UUID().uuidString).\(extensionName)")
        try Data(buffer: data).write(to: upload, options: .atomic)
        defer { try? FileManager.default.removeItem(at: upload) }
        let errorsID = UUID()
        let errorsURL = directory.appendingPathComponent("\(errorsID.uuidString.lowercased()).errors.csv")
        // Attachments name files beside the import file; an upload has none beside it, so only inline text is read.
        let result = try await KnowledgeImport(app: request.application, author: KnowledgeEditing.Author(caller), publishByDefault: publish)
            .run(url: upload, errorsURL: errorsURL)
        if result.summary.errors == 0 { try? FileManager.default.removeItem(at: errorsURL) }
        return ImportOutcome(summary: result.summary, errors: Array(result.errors.prefix(ImportPolicy.errorsShown)), errorsID: result.summary.errors > 0 ? errorsID : nil)
    }
}
