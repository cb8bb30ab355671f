import Foundation
import Localization
import Storage

/// An organisation's webhook endpoints, the page that shows a new secret once, and the delivery log.
enum WebhookPages {
    static func index(_ context: PageContext, organisationID: UUID, endpoints: [WebhookEndpointModel], form values: WebhookPagesController.Form,
                      errors: FormErrors) -> String {
        let t = context.t
        let base = "/organisations/\(organisationID.uuidString)/webhooks"
        return Layout.render(context, title: t(.webhooksTitle), section: .webhooks) {
            h1 { t(.webhooksTitle) }
            p { t(.webhooksIntro) }
            p { a(.href(base + "/deliveries")) { t(.webhooksDeliveriesLink) } }
            div(.class("table-wrap")) {
                table {
                    caption(.class("visually-hidden")) { t(.webhooksTitle) }
                    thead { tr {
                        th(.scope("col")) { t(.webhooksURL) }
                        th(.scope("col")) { t(.webhooksKinds) }
                        th(.scope("col")) { t(.webhooksSecret) }
                        th(.scope("col")) { t(.fieldCreated) }
                        th(.scope("col")) { t(.fieldStatus) }
                        th(.scope("col")) { span(.class("visually-hidden")) { t(.webhooksActions) } }
                    } }
                    tbody {
                        for endpoint in endpoints { row(context, endpoint) }
                    }
                }
                if endpoints.isEmpty { p(.class("empty")) { t(.webhooksEmpty) } }
            }
            h2 { t(.webhooksNew) }
            Components.errorSummary(errors, t: t)
            form(.class("stacked card"), .method("post"), .action(base)) {
                Components.csrfField(context.csrfToken)
                Components.textField("url", label: t(.webhooksURL), value: values.url, type: "url", hint: t(.webhooksURLHint), errors: errors, required: true, maxLength: 2000)
                Components.checkboxes("kinds", legend: t(.webhooksKinds),
                                      options: DomainEvent.Kind.subscribable.map { (value: $0.rawValue, label: t($0.label), hint: String?.none) },
                                      checked: Set(values.kinds ?? []), errors: errors)
                div { button(.type("submit")) { t(.webhooksCreateSubmit) } }
            }
        }
    }

    private static func row(_ context: PageContext, _ endpoint: WebhookEndpointModel) -> HTMLNode {
        let t = context.t
        let id = endpoint.id?.uuidString ?? ""
        return tr {
            td(.class("mono")) { endpoint.url }
            td { kindLabels(endpoint.kinds, t: t) }
            td(.class("mono")) { endpoint.secretPrefix + "…" }
            td { Components.dateTime(endpoint.createdAt, t: t) }
            td { Components.activeBadge(endpoint.active, t: t) }
            td {
                if endpoint.active {
                    form(.class("inline-form"), .method("post"), .action("/webhooks/\(id)/test")) {
                        Components.csrfField(context.csrfToken)
                        button(.type("submit"), .class("secondary"), .aria("label", t(.webhooksTestNamed, ["url": endpoint.url]))) { t(.webhooksTest) }
                    }
                    form(.class("inline-form"), .method("post"), .action("/webhooks/\(id)/deactivate")) {
                        Components.csrfField(context.csrfToken)
                        button(.type("submit"), .class("secondary"), .aria("label", t(.webhooksDeactivateNamed, ["url": endpoint.url]))) { t(.webhooksDeactivate) }
                    }
                }
            }
        }
    }

    static func created(_ context: PageContext, endpoint: WebhookEndpointModel, secret: String) -> String {
        let t = context.t
        return Layout.render(context, title: t(.webhooksCreatedTitle), section: .webhooks) {
            section(.class("card narrow")) {
                h1 { t(.webhooksCreatedTitle) }
                Components.notice(t(.webhooksCreated, ["url": endpoint.url]), kind: "success")
                p { t(.webhooksCopySecret) }
                p(.class("secret"), .id("new-secret")) { secret }
                p { a(.class("button"), .href("/organisations/\(endpoint.organisationID.uuidString)/webhooks")) { t(.oneTimePasswordDone) } }
            }
        }
    }

    static func deliveries(_ context: PageContext, organisationID: UUID, page: ListPage<WebhookService.Delivery>, isFirstPage: Bool) -> String {
        let t = context.t
        let base = "/organisations/\(organisationID.uuidString)/webhooks"
        return Layout.render(context, title: t(.webhooksDeliveriesTitle), section: .webhooks) {
            h1 { t(.webhooksDeliveriesTitle) }
            p { a(.href(base)) { t(.webhooksBack) } }
            div(.class("table-wrap")) {
                table {
                    caption(.class("visually-hidden")) { t(.webhooksDeliveriesTitle) }
                    thead { tr {
                        th(.scope("col")) { t(.webhooksEvent) }
                        th(.scope("col")) { t(.webhooksEventType) }
                        th(.scope("col")) { t(.webhooksEndpoint) }
                        th(.scope("col")) { t(.fieldStatus) }
                        th(.scope("col")) { t(.webhooksAttempts) }
                        th(.scope("col")) { t(.webhooksLastResult) }
                        th(.scope("col")) { t(.fieldCreated) }
                        th(.scope("col")) { t(.webhooksLastAttempt) }
                        th(.scope("col")) { t(.webhooksNextAttempt) }
                        th(.scope("col")) { t(.webhooksDeliveredAt) }
                    } }
                    tbody {
                        for line in page.items {
                            tr {
                                td(.class("mono")) { line.eventID.uuidString }
                                td { kindLabels(line.kind, t: t) }
                                td(.class("mono")) { line.url }
                                td { statusBadge(line.status, t: t) }
                                td { String(line.attempts) }
                                td { line.lastError ?? line.lastStatusCode.map { String($0) } ?? "—" }
                                td { Components.dateTime(line.createdAt, t: t) }
                                td { Components.dateTime(line.lastAttemptAt, t: t) }
                                td { Components.dateTime(line.nextAttemptAt, t: t) }
                                td { Components.dateTime(line.deliveredAt, t: t) }
                            }
                        }
                    }
                }
                if page.items.isEmpty { p(.class("empty")) { t(.webhooksDeliveriesEmpty) } }
            }
            Components.pagination(nextCursor: page.nextCursor, baseQuery: [], path: base + "/deliveries", isFirstPage: isFirstPage, t: t)
        }
    }

    /// `;`-separated kinds as their labels.
    private static func kindLabels(_ kinds: String, t: Localizer) -> String {
        kinds.split(separator: ";").map { DomainEvent.Kind(rawValue: String($0)).map { t($0.label) } ?? String($0) }.joined(separator: ", ")
    }

    private static func statusBadge(_ status: WebhookDeliveryModel.Status, t: Localizer) -> HTMLNode {
        switch status {
        case .pending: Components.badge(t(.webhooksStatusPending))
        case .delivered: Components.badge(t(.webhooksStatusDelivered), kind: "active")
        case .failed: Components.badge(t(.webhooksStatusFailed), kind: "inactive")
        }
    }
}
