import Foundation
import KnowledgeBase
import Vapor

/// A knowledge import started from the editors' desk or the API: the upload is
/// written to the caller's private import folder, imported, and removed; the
/// error file stays there for download, like the registry import's.
struct KnowledgeImportRequest {
    let request: Request

    func run(_ caller: Caller, fileName: String, data: ByteBuffer, publish: Bool) async throws -> ImportOutcome {
        try await request.libertas.authorize(caller, .create, KnowledgeEditing.facts, on: request.db)
        let files = try ImportUpload(request: request, caller: caller, fileName: fileName, data: data, allowed: ["csv", "json"], wrongType: .knowledgeImportFileType)
        defer { files.removeUpload() }
        // Attachments name files beside the import file; an upload has none beside it, so only inline text is read.
        let result = try await KnowledgeImport(app: request.application, author: KnowledgeEditing.Author(caller), publishByDefault: publish)
            .run(url: files.upload, errorsURL: files.errorsURL)
        return try files.outcome(result.summary)
    }
}
