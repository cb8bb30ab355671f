import Foundation
import PublicReporting
import Vapor

/// The public channel's API: no token, rate-limited per address and device.
enum PublicReportingAPI {
    static let tag = "Public reporting"

    static func register(on api: APIRegistry) {
        api.add(APIOperation(
            method: .POST, path: "/public/alerts", operationID: "sendPanicAlert",
            summary: "A panic alert from the public page: the device's own id for the alert, the position from the Geolocation API (optional), when the button was pressed, and the details the person registered on their device (optional; stored sealed). Sending the same id again (an alert queued offline and retried) stores nothing new. No token; rate-limited per address and per device (`X-Libertas-Device`). The sender's address is not stored.",
            tag: tag,
            parameters: [.header("X-Libertas-Device", "A random id the page keeps for this device, for the per-device limit.")],
            requestBody: .object([
                ("id", .uuid), ("latitude", .number), ("longitude", .number), ("accuracy_m", .number), ("sent_at", .dateTime),
                ("basic_data", .object([
                    ("name", .string(description: "At most \(PanicBasicData.Limits.name) characters.")),
                    ("phone", .string(description: "At most \(PanicBasicData.Limits.phone) characters.")),
                    ("note", .string(description: "At most \(PanicBasicData.Limits.note) characters.")),
                ], required: [])),
            ], required: ["id", "sent_at"]),
            success: .init(status: 201, description: "Stored. 200 with the same body when this id was already stored.", schema: .object([("id", .uuid), ("status", .string(values: ["stored", "alreadyStored"]))], required: ["id", "status"])),
            errors: [400, 422, 429], isPublic: true
        )) { request in
            try request.libertas.publicLimits.admit(address: request.clientAddress, device: request.headers.first(name: "X-Libertas-Device"), now: request.libertas.now())
            let input = try request.content.decode(PanicAlertInput.self)
            let outcome = try await PanicAlertIntake(database: request.db, context: request.libertas).receive(input)
            let body = PanicAlertReceipt(id: UUID(uuidString: input.id ?? "")!, status: outcome == .stored ? "stored" : "alreadyStored")
            return Created(body: body, status: outcome == .stored ? .created : .ok)
        }
    }
}

/// The answer to a panic alert.
struct PanicAlertReceipt: Content {
    var id: UUID
    var status: String
}
