import AccessControl
import AuditTrail
import Foundation
import Interchange
import Localization
import Storage
import Vapor

/// An import started from a page or the API: the uploaded file is written to a
/// private temporary file, imported into the caller's organisation, and removed.
struct CaseImportRequest {
    let request: Request

    typealias Outcome = ImportOutcome

    func run(_ caller: Caller, format: CaseImportFormat, fileName: String, data: ByteBuffer) async throws -> Outcome {
        let context = request.libertas
        if context.policy.scope(for: caller.principal, action: .create, kind: .caseFile) == nil {
            try await context.refuse(caller, .create, .caseFile, on: request.db)
        }
        let files = try ImportUpload(request: request, caller: caller, fileName: fileName, data: data, allowed: ["csv", "xlsx"], wrongType: .validationImportFileType)
        defer { files.removeUpload() }
        let importer = CaseImport(app: request.application, organisationID: caller.user.organisationID, actor: caller.actor, origin: caller.origin)
        do {
            let summary = try await importer.run(format, url: files.upload, source: fileName, errorsURL: files.errorsURL)
            return try files.outcome(summary)
        } catch let error as CTDCError {
            throw AppError.invalid([FieldError("file", .validationImportUnreadable, ["reason": error.description])])
        } catch let error as CSVError {
            throw AppError.invalid([FieldError("file", .validationImportUnreadable, ["reason": error.description])])
        } catch let error as XLSXError {
            throw AppError.invalid([FieldError("file", .validationImportUnreadable, ["reason": error.description])])
        }
    }

    /// The path of one of the caller's error files, or 404.
    static func errorsFile(_ request: Request, _ caller: Caller, id: UUID) throws -> URL {
        let url = ImportPolicy.errorsDirectory(dataDirectory: request.libertas.config.dataDirectory, userID: caller.user.id)
            .appendingPathComponent("\(id.uuidString.lowercased()).errors.csv")
        guard FileManager.default.fileExists(atPath: url.path) else { throw AppError.notFound }
        return url
    }
}

/// An uploaded import file in the caller's private import folder, and where its error file goes.
struct ImportUpload {
    let upload: URL
    let errorsID: UUID
    let errorsURL: URL

    /// Checks the file's type and size and writes it to the caller's folder (readable by the server only).
    init(request: Request, caller: Caller, fileName: String, data: ByteBuffer, allowed: Set<String>, wrongType: TextKey) throws {
        let extensionName = (fileName as NSString).pathExtension.lowercased()
        guard allowed.contains(extensionName) else { throw AppError.invalid([FieldError("file", wrongType)]) }
        guard data.readableBytes > 0 else { throw AppError.invalid([FieldError("file", .validationRequired)]) }
        let directory = ImportPolicy.errorsDirectory(dataDirectory: request.libertas.config.dataDirectory, userID: caller.user.id)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        upload = directory.appendingPathComponent("\(UUID().uuidString).\(extensionName)")
        try Data(buffer: data).write(to: upload, options: .atomic)
        errorsID = UUID()
        errorsURL = directory.appendingPathComponent("\(errorsID.uuidString.lowercased()).errors.csv")
    }

    func removeUpload() {
        try? FileManager.default.removeItem(at: upload)
    }

    /// The outcome to show, keeping the error file only when there were errors.
    func outcome(_ summary: ImportSummary) throws -> ImportOutcome {
        let errors = try ErrorFile.read(errorsURL, limit: ImportPolicy.errorsShown)
        if summary.errors == 0 { try? FileManager.default.removeItem(at: errorsURL) }
        return ImportOutcome(summary: summary, errors: errors, errorsID: summary.errors > 0 ? errorsID : nil)
    }
}

/// What an import from a page or the API did: the counts, the first rejected
/// rows, and the error file's id when there is one to download.
struct ImportOutcome: Sendable {
    let summary: ImportSummary
    let errors: [ImportRowError]
    /// The id of the error file the caller may download, when there were errors.
    let errorsID: UUID?
}

/// Reading back the first errors of an error file for display.
enum ErrorFile {
    static func read(_ url: URL, limit: Int) throws -> [ImportRowError] {
        guard FileManager.default.fileExists(atPath: url.path) else { return [] }
        let reader = try CSVReader(url: url)
        _ = try reader.readHeader()
        var errors: [ImportRowError] = []
        while errors.count < limit, let row = try reader.next() {
            guard row.fields.count >= 4 else { continue }
            errors.append(ImportRowError(row: Int(row.fields[0]) ?? 0, column: row.fields[1], value: row.fields[2], message: row.fields[3]))
        }
        return errors
    }
}
