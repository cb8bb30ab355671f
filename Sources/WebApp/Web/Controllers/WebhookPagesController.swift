import Storage
import Vapor

/// `/organisations/:id/webhooks`: an organisation's webhook endpoints and delivery log.
enum WebhookPagesController {
    struct Form: Content {
        var url: String?
        var kinds: [String]?
    }

    static func register(on routes: any RoutesBuilder) {
        let webhooks = routes.grouped("organisations", ":id", "webhooks")
        webhooks.get(use: index)
        webhooks.post(use: create)
        webhooks.get("deliveries", use: deliveries)
        routes.post("webhooks", ":id", "deactivate", use: deactivate)
        routes.post("webhooks", ":id", "test", use: test)
    }

    static func index(_ request: Request) async throws -> Response {
        let organisationID = try request.uuidParameter("id")
        let endpoints = try await request.webhookService.list(try request.caller(), organisationID: organisationID)
        return request.page { WebhookPages.index($0, organisationID: organisationID, endpoints: endpoints, form: Form(), errors: .none) }
    }

    static func create(_ request: Request) async throws -> Response {
        let caller = try request.caller()
        let organisationID = try request.uuidParameter("id")
        let form = try request.content.decode(Form.self)
        do {
            let (endpoint, secret) = try await request.webhookService.create(caller, organisationID: organisationID, NewWebhookEndpoint(url: form.url, kinds: form.kinds ?? []))
            return request.page { WebhookPages.created($0, endpoint: endpoint, secret: secret) }
        } catch let error as AppError where !error.fieldErrors.isEmpty {
            let endpoints = try await request.webhookService.list(caller, organisationID: organisationID)
            let errors = FormErrors(error.fieldErrors, t: request.localizer)
            return request.page({ WebhookPages.index($0, organisationID: organisationID, endpoints: endpoints, form: form, errors: errors) }, status: .unprocessableEntity)
        }
    }

    static func deactivate(_ request: Request) async throws -> Response {
        let endpoint = try await request.webhookService.deactivate(try request.caller(), id: try request.uuidParameter("id"))
        return request.redirect(to: "/organisations/\(endpoint.organisationID.uuidString)/webhooks", flash: .webhooksDeactivated)
    }

    static func test(_ request: Request) async throws -> Response {
        let caller = try request.caller()
        let id = try request.uuidParameter("id")
        _ = try await request.webhookService.sendTest(caller, id: id)
        let endpoint = try await request.webhookService.load(caller, id: id, for: .read)
        return request.redirect(to: "/organisations/\(endpoint.organisationID.uuidString)/webhooks/deliveries", flash: .webhooksTestQueued)
    }

    static func deliveries(_ request: Request) async throws -> Response {
        let organisationID = try request.uuidParameter("id")
        let cursor = request.queryValue("cursor")
        let page = try await request.webhookService.deliveries(try request.caller(), organisationID: organisationID, status: nil, cursor: cursor, limit: nil)
        return request.page { WebhookPages.deliveries($0, organisationID: organisationID, page: page, isFirstPage: cursor == nil) }
    }
}
