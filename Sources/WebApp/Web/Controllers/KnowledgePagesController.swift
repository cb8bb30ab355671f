import AccessControl
import Foundation
import KnowledgeBase
import Storage
import Vapor

/// The knowledge portal's pages: public search and records (no sign-in), saved
/// searches for signed-in users, and the editors' desk.
enum KnowledgePagesController {
    static func register(public routes: any RoutesBuilder, signedIn: any RoutesBuilder) {
        routes.get("knowledge", use: search)
        routes.get("knowledge", "records", ":id", use: record)
        routes.get("knowledge", "digest", use: digest)
        routes.get("knowledge", "digest.pdf", use: digestPDF)

        let saved = signedIn.grouped("knowledge", "saved-searches")
        saved.get(use: savedSearches)
        saved.post(use: saveSearch)
        saved.post(":id", "delete", use: deleteSavedSearch)

        let desk = signedIn.grouped("knowledge", "desk")
        desk.get(use: deskList)
        desk.get("new", use: new)
        desk.get("import", use: importForm)
        desk.on(.POST, "import", body: .collect(maxSize: ByteCount(value: ImportPolicy.maximumUploadBytes + 64 * 1024)), use: importFile)
        desk.get("import", "errors", ":id") { request -> Response in
            let url = try CaseImportRequest.errorsFile(request, try request.caller(), id: try request.uuidParameter("id"))
            return try await CSVDownload.file(url, name: "knowledge-import-errors.csv", request: request)
        }
        // A full decision typed or attached runs to megabytes; the default 16 KB body limit is for short forms.
        let editorBody = ByteCount(value: DocumentText.maximumBytes + (1 << 20))
        desk.on(.POST, body: .collect(maxSize: editorBody), use: create)
        desk.get(":id", use: deskRecord)
        desk.get(":id", "edit", use: edit)
        desk.on(.POST, ":id", body: .collect(maxSize: editorBody), use: update)
        desk.post(":id", "publish", use: publish)
        desk.post(":id", "withdraw", use: withdraw)
    }

    // MARK: Public

    static func search(_ request: Request) async throws -> Response {
        // Titles and snippets in the reader's language where the record has it.
        let language = KnowledgeLabels.readerLanguage(request.localizer)
        let input = KnowledgeQueryInput(q: request.queryValue("q"), lang: language?.alpha3, sort: request.queryValue("sort"), cursor: request.queryValue("cursor"), limit: nil)
        var model = KnowledgeSearchPage.Model(input: input, page: nil, error: nil, language: language, mayEdit: mayEdit(request))
        do {
            model.page = try await request.knowledgePortal.search(input)
        } catch let error as AppError where error.status == .badRequest {
            model.error = error.message(request.localizer)
        }
        return request.page({ KnowledgeSearchPage.render($0, model) }, status: model.error == nil ? .ok : .badRequest)
    }

    static func record(_ request: Request) async throws -> Response {
        let portal = request.knowledgePortal
        let published = try await portal.record(try request.uuidParameter("id"))
        let language = try KnowledgeQueryInput(lang: request.queryValue("lang")).language() ?? KnowledgeLabels.readerLanguage(request.localizer)
        let links = try await portal.links(of: published)
        let model = KnowledgeRecordPage.Model(published: published, citedBy: links.citedBy, cites: links.cites, similar: try await portal.similar(to: published),
                                              language: language, mayEdit: mayEdit(request))
        return request.page { KnowledgeRecordPage.render($0, model) }
    }

    // MARK: Case digest

    struct DigestQuery: Content {
        var issue: [String]?
        var q: String?

        /// The chosen issues; an unknown name is a 400 rather than silently dropped.
        func issues() throws -> [KnowledgeIssue] {
            try (issue ?? []).map { name in
                guard let issue = KnowledgeIssue(rawValue: name) else { throw AppError.badRequest(.knowledgeFieldValueUnknown, ["field": "issue", "value": name, "allowed": ""]) }
                return issue
            }
        }
    }

    static func digest(_ request: Request) async throws -> Response {
        let query = try request.query.decode(DigestQuery.self)
        var model = CaseDigestPages.Model(issues: [], q: query.q, digest: nil, error: nil, language: KnowledgeLabels.readerLanguage(request.localizer))
        do {
            model.issues = try query.issues()
            if !model.issues.isEmpty { model.digest = try await request.knowledgePortal.digest(issues: model.issues, query: query.q) }
        } catch let error as AppError where error.status == .badRequest {
            model.error = error.message(request.localizer)
        }
        return request.page({ CaseDigestPages.render($0, model) }, status: model.error == nil ? .ok : .badRequest)
    }

    static func digestPDF(_ request: Request) async throws -> Response {
        let query = try request.query.decode(DigestQuery.self)
        let issues = try query.issues()
        guard !issues.isEmpty else { throw AppError.badRequest(.knowledgeDigestChoose) }
        let digest = try await request.knowledgePortal.digest(issues: issues, query: query.q)
        let t = request.localizer
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "application", subType: "pdf")
        headers.contentDisposition = .init(.attachment, filename: "case-digest.pdf")
        return Response(status: .ok, headers: headers, body: .init(data: CaseDigestPages.pdf(digest, t: t, language: KnowledgeLabels.readerLanguage(t), now: request.libertas.now())))
    }

    // MARK: Saved searches

    static func savedSearches(_ request: Request) async throws -> Response {
        let searches = try await request.savedSearches.list(try request.caller())
        return request.page { SavedSearchPages.list($0, searches) }
    }

    static func saveSearch(_ request: Request) async throws -> Response {
        struct Form: Content { var name: String?; var query: String? }
        let form = try request.content.decode(Form.self)
        _ = try await request.savedSearches.create(try request.caller(), name: form.name ?? "", query: form.query ?? "", language: nil)
        return request.redirect(to: "/knowledge/saved-searches", flash: .knowledgeSaved)
    }

    static func deleteSavedSearch(_ request: Request) async throws -> Response {
        try await request.savedSearches.delete(try request.caller(), id: try request.uuidParameter("id"))
        return request.redirect(to: "/knowledge/saved-searches", flash: .knowledgeSavedDeleted)
    }

    // MARK: Editors' desk

    static func deskList(_ request: Request) async throws -> Response {
        let status = request.queryValue("status").flatMap(KnowledgeStatus.init(rawValue:))
        let page = try await request.knowledgeEditing.list(try request.caller(), status: status, cursor: request.queryValue("cursor"), limit: nil)
        return request.page { KnowledgeDeskPages.list($0, page, status: status, isFirstPage: request.queryValue("cursor") == nil) }
    }

    struct ImportForm: Content {
        var file: File?
        var publish: String?
    }

    static func importForm(_ request: Request) async throws -> Response {
        try await request.libertas.authorize(try request.caller(), .create, KnowledgeEditing.facts, on: request.db)
        return request.page { KnowledgeDeskPages.importForm($0, errors: .none) }
    }

    static func importFile(_ request: Request) async throws -> Response {
        let caller = try request.caller()
        let form = try? request.content.decode(ImportForm.self)
        do {
            guard let file = form?.file, file.data.readableBytes > 0 else { throw AppError.invalid([FieldError("file", .validationRequired)]) }
            let outcome = try await KnowledgeImportRequest(request: request).run(caller, fileName: file.filename, data: file.data, publish: form?.publish == "true")
            return request.page { KnowledgeDeskPages.importResult($0, outcome) }
        } catch let error as AppError where !error.fieldErrors.isEmpty {
            return request.page({ KnowledgeDeskPages.importForm($0, errors: FormErrors(error.fieldErrors, t: request.localizer)) }, status: .unprocessableEntity)
        }
    }

    static func deskRecord(_ request: Request) async throws -> Response {
        let caller = try request.caller()
        let id = try request.uuidParameter("id")
        let model = try await request.knowledgeEditing.load(caller, id: id)
        let revisions = try await request.knowledgeEditing.revisions(caller, id: id)
        let draft = try KnowledgeEditing.decode(model.draft)
        return request.page { KnowledgeDeskPages.show($0, model, draft: draft, revisions: revisions) }
    }

    static func new(_ request: Request) async throws -> Response {
        let caller = try request.caller()
        try await request.libertas.authorize(caller, .create, KnowledgeEditing.facts, on: request.db)
        let type = request.queryValue("type").flatMap(KnowledgeRecordType.init(rawValue:)) ?? .courtCase
        var form = KnowledgeForm()
        form.type = type.rawValue
        form.language = KnowledgeLabels.readerLanguage(request.localizer)?.alpha3
        let model = KnowledgeDeskPages.EditorModel(form: form, type: type, id: nil, errors: .none)
        return request.page { KnowledgeDeskPages.editor($0, model) }
    }

    static func create(_ request: Request) async throws -> Response {
        let caller = try request.caller()
        let form = try request.content.decode(KnowledgeForm.self)
        let type = KnowledgeRecordType(rawValue: form.type ?? "") ?? .courtCase
        do {
            let id = try await request.knowledgeEditing.create(caller, try await form.withAttachment(request).record(existing: nil))
            return request.redirect(to: "/knowledge/desk/\(id)", flash: .knowledgeCreated)
        } catch let error as AppError where !error.fieldErrors.isEmpty {
            return editorWithErrors(request, form: form, type: type, id: nil, error)
        }
    }

    static func edit(_ request: Request) async throws -> Response {
        let model = try await request.knowledgeEditing.load(try request.caller(), id: try request.uuidParameter("id"), for: .update)
        let draft = try KnowledgeEditing.decode(model.draft)
        let editor = KnowledgeDeskPages.EditorModel(form: KnowledgeForm(draft), type: draft.type, id: model.id, errors: .none)
        return request.page { KnowledgeDeskPages.editor($0, editor) }
    }

    static func update(_ request: Request) async throws -> Response {
        let caller = try request.caller()
        let id = try request.uuidParameter("id")
        let existing = try KnowledgeEditing.decode(try await request.knowledgeEditing.load(caller, id: id, for: .update).draft)
        let form = try request.content.decode(KnowledgeForm.self)
        do {
            try await request.knowledgeEditing.update(caller, id: id, try await form.withAttachment(request).record(existing: existing))
            return request.redirect(to: "/knowledge/desk/\(id)", flash: .knowledgeUpdated)
        } catch let error as AppError where !error.fieldErrors.isEmpty {
            return editorWithErrors(request, form: form, type: existing.type, id: id, error)
        }
    }

    static func publish(_ request: Request) async throws -> Response {
        let id = try request.uuidParameter("id")
        try await request.knowledgeEditing.publish(try request.caller(), id: id)
        return request.redirect(to: "/knowledge/desk/\(id)", flash: .knowledgePublished)
    }

    static func withdraw(_ request: Request) async throws -> Response {
        let id = try request.uuidParameter("id")
        try await request.knowledgeEditing.withdraw(try request.caller(), id: id)
        return request.redirect(to: "/knowledge/desk/\(id)", flash: .knowledgeWithdrawnFlash)
    }

    /// The editor again with the problems beside their fields (record paths mapped to form names).
    static func editorWithErrors(_ request: Request, form: KnowledgeForm, type: KnowledgeRecordType, id: UUID?, _ error: AppError) -> Response {
        let fields = error.fieldErrors.map { FieldError(KnowledgeDeskPages.formField(for: $0.field), $0.key, $0.arguments) }
        let model = KnowledgeDeskPages.EditorModel(form: form, type: type, id: id, errors: FormErrors(fields, t: request.localizer))
        return request.page({ KnowledgeDeskPages.editor($0, model) }, status: .unprocessableEntity)
    }

    static func mayEdit(_ request: Request) -> Bool {
        guard let user = request.auth.get(SignedInUser.self) else { return false }
        return request.libertas.policy.scope(for: user.principal, action: .update, kind: .knowledgeRecord) != nil
    }
}
