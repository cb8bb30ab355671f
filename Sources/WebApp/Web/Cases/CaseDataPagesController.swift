import AccessControl
import Foundation
import Storage
import Vapor

/// `/cases/import`, `/cases/export.csv` and `/cases/template.csv`.
enum CaseDataPagesController {
    struct ImportForm: Content {
        var format: String?
        var file: File?
    }

    static func register(on routes: any RoutesBuilder) {
        let cases = routes.grouped("cases")
        cases.get("import") { request -> Response in
            let caller = try request.caller()
            try await CasePageSupport.requireCreate(request, caller)
            return request.page { CaseDataPages.importForm($0, errors: .none) }
        }
        cases.on(.POST, "import", body: .collect(maxSize: ByteCount(value: ImportPolicy.maximumUploadBytes + 64 * 1024))) { request -> Response in
            let caller = try request.caller()
            let form = try? request.content.decode(ImportForm.self)
            do {
                guard let file = form?.file, file.data.readableBytes > 0 else { throw AppError.invalid([FieldError("file", .validationRequired)]) }
                guard let format = form?.format.flatMap(CaseImportFormat.init(rawValue:)) else { throw AppError.invalid([FieldError("format", .validationChoice)]) }
                let outcome = try await CaseImportRequest(request: request).run(caller, format: format, fileName: file.filename, data: file.data)
                return request.page { CaseDataPages.result($0, outcome: outcome) }
            } catch let error as AppError where !error.fieldErrors.isEmpty {
                return request.page({ CaseDataPages.importForm($0, errors: FormErrors(error.fieldErrors, t: request.localizer)) }, status: .unprocessableEntity)
            }
        }
        cases.get("import", "errors", ":id") { request -> Response in
            let url = try CaseImportRequest.errorsFile(request, try request.caller(), id: try request.uuidParameter("id"))
            return try await CSVDownload.file(url, name: "import-errors.csv", request: request)
        }
        cases.get("export.csv") { request -> Response in
            try await CSVDownload.export(request, try request.caller())
        }
        cases.get("template.csv") { request -> Response in
            CSVDownload.text(CaseDataPages.template, name: "libertas-htcds-template.csv")
        }
    }
}

/// CSV files sent as downloads.
enum CSVDownload {
    static func text(_ body: String, name: String) -> Response {
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "text/csv; charset=utf-8")
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(name)\"")
        return Response(status: .ok, headers: headers, body: .init(string: body))
    }

    static func file(_ url: URL, name: String, request: Request) async throws -> Response {
        let data = try Data(contentsOf: url)
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "text/csv; charset=utf-8")
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(name)\"")
        return Response(status: .ok, headers: headers, body: .init(data: data))
    }

    /// The caller's cases in the HTCDS layout, written to a private temporary file and sent.
    static func export(_ request: Request, _ caller: Caller) async throws -> Response {
        let context = request.libertas
        let filter = context.listFilter(caller, .caseFile, action: .export)
        if filter == .nothing { try await context.refuse(caller, .export, .caseFile, on: request.db) }
        let directory = ImportPolicy.errorsDirectory(dataDirectory: context.config.dataDirectory, userID: caller.user.id)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let url = directory.appendingPathComponent("export-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: url) }
        try await CaseExporter(database: request.db, context: context).exportHTCDS(to: url, filter: filter, actor: caller.actor, origin: caller.origin)
        return try await file(url, name: "libertas-cases-htcds.csv", request: request)
    }
}
