import Fluent
import Foundation
import Storage
import Vapor

/// `/estimates`: the estimate of the hidden number of victims from the registry, for those who may
/// read national statistics. The form is a GET, so an estimate can be linked and bookmarked.
enum EstimatesPagesController {
    static func register(on routes: any RoutesBuilder) {
        routes.get("estimates", use: show)
    }

    static func show(_ request: Request) async throws -> Response {
        let caller = try request.caller()
        try await request.estimateService.authorize(caller)
        let organisations = try await OrganisationModel.query(on: request.db).sort(\.$nameKey).all()
        var model = EstimatesPage.Model(form: EstimatesPage.Form(request, asked: nil),
                                        organisations: try organisations.map { (id: try $0.requireID().uuidString, name: $0.name) })
        do {
            let asked = try EstimateRequest.parse(request)
            model.form = EstimatesPage.Form(request, asked: asked)
            let (lists, outcome) = try await request.estimateService.fromRegistry(caller, asked)
            model.form.organisations.formUnion(lists.ids.map(\.uuidString))
            model.outcome = outcome
        } catch let error as AppError where !error.fieldErrors.isEmpty {
            model.errors = FormErrors(error.fieldErrors, t: request.localizer)
            return request.page({ EstimatesPage.render($0, model) }, status: error.status)
        }
        return request.page({ EstimatesPage.render($0, model) })
    }
}
