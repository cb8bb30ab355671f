import Storage
import Vapor

/// An organisation's webhook endpoints and delivery log, for its administrator.
enum WebhooksAPI {
    static let tag = "Webhooks"
    static let organisationID = APIOperation.Parameter.path("id", "The organisation's id.")
    static let endpointID = APIOperation.Parameter.path("id", "The endpoint's id.")

    static func register(on api: APIRegistry) {
        api.add(APIOperation(
            method: .GET, path: "/organisations/{id}/webhooks", operationID: "listWebhooks",
            summary: "The organisation's webhook endpoints, newest first (organisation or system administrators).", tag: tag,
            parameters: [organisationID],
            success: .init(status: 200, description: "The endpoints.", schema: .array(.ref("WebhookEndpoint"))), errors: [403, 404]
        )) { request in
            try await request.webhookService.list(try request.caller(), organisationID: try request.uuidParameter("id")).map(WebhookEndpointDTO.init)
        }

        api.add(APIOperation(
            method: .POST, path: "/organisations/{id}/webhooks", operationID: "createWebhook",
            summary: "Add a webhook endpoint for some event kinds. Its signing secret is generated and returned this once.", tag: tag,
            parameters: [organisationID], requestBody: .ref("NewWebhookEndpoint"),
            success: .init(status: 201, description: "Created; `secret` is shown this once.", schema: .ref("CreatedWebhookEndpoint")), errors: [403, 404, 422]
        )) { request in
            let body = try request.content.decode(WebhookEndpointRequest.self)
            let (endpoint, secret) = try await request.webhookService.create(
                try request.caller(), organisationID: try request.uuidParameter("id"), NewWebhookEndpoint(url: body.url, kinds: body.kinds ?? []))
            return Created(body: CreatedWebhookEndpointDTO(endpoint: try WebhookEndpointDTO(endpoint), secret: secret))
        }

        api.add(APIOperation(
            method: .POST, path: "/webhooks/{id}/deactivate", operationID: "deactivateWebhook",
            summary: "Stop sending to an endpoint. Deliveries still queued for it fail.", tag: tag,
            parameters: [endpointID],
            success: .init(status: 200, description: "The endpoint.", schema: .ref("WebhookEndpoint")), errors: [403, 404]
        )) { request in
            try WebhookEndpointDTO(try await request.webhookService.deactivate(try request.caller(), id: try request.uuidParameter("id")))
        }

        api.add(APIOperation(
            method: .POST, path: "/webhooks/{id}/test", operationID: "testWebhook",
            summary: "Queue a `webhook.test` event for this endpoint alone; it appears in the delivery log.", tag: tag,
            parameters: [endpointID],
            success: .init(status: 202, description: "Queued.", schema: .ref("WebhookTest")), errors: [403, 404, 409]
        )) { request in
            Created(body: WebhookTestDTO(eventId: try await request.webhookService.sendTest(try request.caller(), id: try request.uuidParameter("id"))), status: .accepted)
        }

        api.add(APIOperation(
            method: .GET, path: "/organisations/{id}/webhook-deliveries", operationID: "listWebhookDeliveries",
            summary: "The organisation's webhook delivery log, newest first: event ids and kinds, statuses, attempts, status codes.", tag: tag,
            parameters: [organisationID, .query("status", "Only deliveries with this status.", .string(values: WebhookDeliveryModel.Status.allCases.map(\.rawValue)))]
                + APIOperation.Parameter.pagination,
            success: .init(status: 200, description: "A page of deliveries.", schema: PageDTO<WebhookDeliveryDTO>.schema(of: "WebhookDelivery")), errors: [400, 403, 404]
        )) { request in
            let page = try await request.webhookService.deliveries(
                try request.caller(), organisationID: try request.uuidParameter("id"), status: try request.queryChoice("status"),
                cursor: request.queryValue("cursor"), limit: try request.limit()
            )
            return PageDTO(page, WebhookDeliveryDTO.init)
        }
    }
}
