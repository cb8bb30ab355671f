import AccessControl
import Vapor

/// `/learn`, `/learn/<topic>` and `/learn/help`: the public awareness section,
/// open to anyone, no account. Reads are not audited: they touch no personal
/// data, and a trail of who read about trafficking could endanger the reader.
enum AwarenessPagesController {
    static func register(on routes: any RoutesBuilder) {
        routes.get("learn") { request in request.page { AwarenessPage.render($0, AwarenessContent.index) } }
        routes.get("learn", "help", use: helpDirectory)
        routes.get("learn", ":topic") { request -> Response in
            guard let topic = AwarenessContent.topic(slug: request.parameters.get("topic") ?? "") else { throw AppError.notFound }
            return request.page { AwarenessPage.render($0, topic) }
        }
    }

    static func helpDirectory(_ request: Request) async throws -> Response {
        let service = request.helpDirectory
        let facets = try await service.facets()
        let form = HelpDirectoryFilter { request.queryValue($0) }
        let signedIn = request.auth.get(SignedInUser.self)
        var model = HelpDirectoryPage.Model(
            filter: form, page: nil, errors: .none, isFirstPage: request.queryValue("cursor") == nil,
            countries: facets.countries, languages: facets.languages, directoryIsEmpty: facets.kinds.isEmpty,
            mayManage: signedIn.map { request.libertas.policy.scope(for: $0.principal, action: .list, kind: .helpContact) != nil } ?? false
        )
        do {
            model.page = try await service.publicList(try form.checked(), cursor: request.queryValue("cursor"), limit: nil)
        } catch let error as AppError where !error.fieldErrors.isEmpty {
            model.errors = FormErrors(error.fieldErrors, t: request.localizer)
        }
        return request.page({ HelpDirectoryPage.render($0, model) }, status: model.errors.isEmpty ? .ok : .unprocessableEntity)
    }
}
