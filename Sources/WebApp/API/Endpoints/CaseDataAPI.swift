import Foundation
import Vapor

/// Importing and exporting cases through the API.
enum CaseDataAPI {
    static func register(on api: APIRegistry) {
        api.add(APIOperation(
            method: .POST, path: "/cases/import", operationID: "importCases",
            summary: "Import a CSV or XLSX file (multipart/form-data: `file`, and `format` = htcds or ctdc) into the token user's organisation. Bad rows are reported; good rows are kept.", tag: CasesAPI.tag,
            success: .init(status: 200, description: "What was imported, and the first rejected rows.", schema: ImportResponse.schema), errors: [403, 413, 422],
            maxBodySize: ByteCount(value: ImportPolicy.maximumUploadBytes + 64 * 1024)
        )) { request in
            struct Body: Content { var format: String?; var file: File }
            let body = try request.content.decode(Body.self)
            guard let format = CaseImportFormat(rawValue: body.format ?? "htcds") else { throw AppError.invalid([FieldError("format", .validationChoice)]) }
            let outcome = try await CaseImportRequest(request: request).run(try request.caller(), format: format, fileName: body.file.filename, data: body.file.data)
            return ImportResponse(outcome)
        }

        api.add(APIOperation(
            method: .GET, path: "/cases/export", operationID: "exportCases",
            summary: "The cases the token user may export, as HTCDS CSV (one row per victim). The export is audited.", tag: CasesAPI.tag,
            success: .init(status: 200, description: "A CSV file."), errors: [403]
        )) { request in
            try await CSVDownload.export(request, try request.caller())
        }

        api.add(APIOperation(
            method: .GET, path: "/cases/template", operationID: "caseTemplate", summary: "An empty HTCDS CSV with every column Libertas reads.", tag: CasesAPI.tag,
            success: .init(status: 200, description: "A CSV file with a header row.")
        )) { _ in
            CSVDownload.text(CaseDataPages.template, name: "libertas-htcds-template.csv")
        }
    }
}

struct ImportResponse: Content {
    struct Rejected: Content {
        var row: Int
        var column: String
        var value: String
        var message: String
    }

    var read: Int
    var imported: Int
    var skipped: Int
    var errors: Int
    var rejected: [Rejected]

    /// Shared by every import operation of the API.
    static let schema = JSONSchema.object([
        ("read", .integer(minimum: 0)), ("imported", .integer(minimum: 0)), ("skipped", .integer(minimum: 0)), ("errors", .integer(minimum: 0)),
        ("rejected", .array(.object([("row", .integer()), ("column", .string()), ("value", .string()), ("message", .string())], required: ["row", "column", "value", "message"]))),
    ], required: ["read", "imported", "skipped", "errors", "rejected"])

    init(_ outcome: ImportOutcome) {
        read = outcome.summary.read
        imported = outcome.summary.imported
        skipped = outcome.summary.skipped
        errors = outcome.summary.errors
        rejected = outcome.errors.map { Rejected(row: $0.row, column: $0.column, value: $0.value, message: $0.message) }
    }
}
