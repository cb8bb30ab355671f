import Foundation
import PublicReporting
import Storage
import Vapor

/// The public report form's API: no token, rate-limited per address and device.
/// Code and secret always travel in the body, never in the address, so they
/// stay out of logs and browser histories.
enum PublicReportsAPI {
    static let tag = PublicReportingAPI.tag
    static let device = APIOperation.Parameter.header("X-Libertas-Device", "A random id the page keeps for this device, for the per-device limit.")
    /// A report of 10,000 characters in any script, escaped, fits with room to spare.
    static let maximumBody = ByteCount(value: 64 * 1024)

    static let location = JSONSchema.object([("latitude", .number), ("longitude", .number), ("accuracy_m", .number)], required: ["latitude", "longitude"])
    static let contact = JSONSchema.object([
        ("name", .string()), ("phone", .string()), ("email", .string()), ("preferred", .string(values: ReporterContact.Way.allCases.map(\.rawValue))),
    ], required: [])
    static let report = JSONSchema.object([
        ("language", .string(description: "The site language the person used (`en`, `zh-Hans`); default `en`.")),
        ("description", .string(description: "What happened; at most \(ReportInput.Limits.descriptionCharacters) characters.")),
        ("location", location),
        ("occurred_at", .string(description: "The day (`2025-03-01`) or moment (ISO 8601) of what is reported.")),
        ("anonymous", .boolean),
        ("contact", contact),
        ("website", .string(description: "A spam trap: must be missing or empty.")),
        ("proof", .object([("challenge", .string()), ("nonce", .string())], required: ["challenge", "nonce"])),
    ], required: ["description", "proof"])
    static let credentials = JSONSchema.object([("code", .string(description: "For example R-7K3M-9Q2X.")), ("secret", .string())], required: ["code", "secret"])
    static let status = JSONSchema.object([
        ("code", .string()),
        ("status", .string(values: PublicReportModel.Status.allCases.map(\.rawValue))),
        ("received_at", .dateTime),
        ("date_only", .boolean),
        ("followups", .array(.object([("text", .string()), ("added_at", .dateTime)], required: ["text", "added_at"]))),
        ("attachments", .integer(minimum: 0)),
    ], required: ["code", "status", "received_at", "date_only", "followups", "attachments"])

    static func register(on api: APIRegistry) {
        api.add(APIOperation(
            method: .GET, path: "/public/reports/challenge", operationID: "getReportChallenge",
            summary: "A proof-of-work challenge for one report: find a `nonce` such that SHA-256 of `challenge:nonce` starts with `bits` zero bits, and send both as `proof`. Valid for 10 minutes, good for one report.",
            tag: tag, parameters: [device],
            success: .init(status: 200, description: "A signed challenge.", schema: .object([("challenge", .string()), ("bits", .integer(minimum: 0)), ("expires_in", .integer(minimum: 0))], required: ["challenge", "bits", "expires_in"])),
            errors: [429], isPublic: true
        )) { request in
            try admit(request)
            let pow = request.libertas.proofOfWork
            return ReportChallengeDTO(challenge: pow.challenge(now: request.libertas.now()), bits: pow.bits, expires_in: Int(pow.lifetime))
        }

        api.add(APIOperation(
            method: .POST, path: "/public/reports", operationID: "sendPublicReport",
            summary: "A report from the public form. Only `description` (and the spam check) is required; the report is anonymous unless `anonymous` is false, and then `contact` needs a phone or an email. The description, contact and exact position are stored encrypted; no address or browser of the sender is stored. Answers the report code and a secret (shown once; only its hash is kept).",
            tag: tag, parameters: [device], requestBody: report,
            success: .init(status: 201, description: "Received.", schema: credentials),
            errors: [400, 413, 422, 429], maxBodySize: maximumBody, isPublic: true
        )) { request in
            try admit(request, maximumBody: maximumBody)
            let input = try request.content.decode(ReportInput.self)
            let spam = SpamCheck.proof(challenge: input.proof?.challenge, nonce: input.proof?.nonce)
            let made = try await ReportIntake(database: request.db, context: request.libertas).submit(input, spamCheck: spam, address: request.clientAddress)
            return Created(body: ReportReceiptDTO(code: made.code, secret: made.secret))
        }

        api.add(APIOperation(
            method: .POST, path: "/public/reports/status", operationID: "checkPublicReport",
            summary: "Where a report stands, and what its reporter added, for the holder of its code and secret (in the body, never in the address). Operators' notes, the contact details and the original description are never returned. A wrong code or secret answers 404; many wrong secrets for one code, 429.",
            tag: tag, parameters: [device], requestBody: credentials,
            success: .init(status: 200, description: "The report's status.", schema: status),
            errors: [400, 404, 422, 429], maxBodySize: maximumBody, isPublic: true
        )) { request in
            try admit(request)
            let body = try request.content.decode(ReportCredentialsBody.self)
            return ReporterStatusDTO(try await ReporterDesk(database: request.db, context: request.libertas).status(code: body.code, secret: body.secret))
        }

        api.add(APIOperation(
            method: .POST, path: "/public/reports/followups", operationID: "addToPublicReport",
            summary: "Adds information to a report, for the holder of its code and secret. `text` at most \(ReportInput.Limits.followUpCharacters) characters.",
            tag: tag, parameters: [device],
            requestBody: .object([("code", .string()), ("secret", .string()), ("text", .string())], required: ["code", "secret", "text"]),
            success: .init(status: 201, description: "Added; the report's status with everything the reporter added.", schema: status),
            errors: [400, 404, 413, 422, 429], maxBodySize: maximumBody, isPublic: true
        )) { request in
            try admit(request, maximumBody: maximumBody)
            let body = try request.content.decode(ReportFollowUpBody.self)
            let state = try await ReporterDesk(database: request.db, context: request.libertas).addFollowUp(code: body.code, secret: body.secret, text: body.text)
            return Created(body: ReporterStatusDTO(state))
        }

        api.add(APIOperation(
            method: .POST, path: "/public/reports/attachments", operationID: "attachToPublicReport",
            summary: "Attaches a file to a report (multipart/form-data: `code`, `secret`, `file`). PDF, JPEG, PNG, text, DOCX, ODT, MP3, M4A or Ogg, at most 10 MB and \(ReportAttachments.maximumPerReport) files per report; stored encrypted.",
            tag: tag, parameters: [device],
            success: .init(status: 201, description: "Attached; the report's status.", schema: status),
            errors: [400, 404, 413, 422, 429], maxBodySize: ByteCount(value: AttachmentPolicy.maximumBytes + 64 * 1024), isPublic: true
        )) { request in
            try admit(request)
            let upload = try request.content.decode(ReportAttachmentUpload.self)
            let state = try await ReporterDesk(database: request.db, context: request.libertas).addFollowUp(
                code: upload.code, secret: upload.secret, text: nil,
                upload: ReportIntake.Upload(fileName: upload.file.filename, data: Data(buffer: upload.file.data)))
            return Created(body: ReporterStatusDTO(state))
        }
    }

    /// Counts the request against the limits, and refuses a body over `maximumBody` with 413 (the route's
    /// streaming limit does this too; checking here holds the limit however the body arrived).
    static func admit(_ request: Request, maximumBody: ByteCount? = nil) throws {
        if let maximumBody, (request.body.data?.readableBytes ?? 0) > maximumBody.value { throw Abort(.payloadTooLarge) }
        try request.libertas.publicLimits.admit(address: request.clientAddress, device: request.headers.first(name: "X-Libertas-Device"), now: request.libertas.now())
    }
}

struct ReportChallengeDTO: Content {
    var challenge: String
    var bits: Int
    var expires_in: Int
}

struct ReportReceiptDTO: Content {
    var code: String
    var secret: String
}

struct ReportCredentialsBody: Content {
    var code: String?
    var secret: String?
}

struct ReportFollowUpBody: Content {
    var code: String?
    var secret: String?
    var text: String?
}

struct ReportAttachmentUpload: Content {
    var code: String?
    var secret: String?
    var file: File
}

/// What the holder of a code and secret is told.
struct ReporterStatusDTO: Content {
    struct FollowUp: Content {
        var text: String
        var added_at: Date
    }

    var code: String
    var status: String
    var received_at: Date
    var date_only: Bool
    var followups: [FollowUp]
    var attachments: Int

    init(_ state: ReporterDesk.Status) {
        code = state.code
        status = state.status.rawValue
        received_at = state.receivedAt
        date_only = state.dateOnly
        followups = state.followUps.map { FollowUp(text: $0.text, added_at: $0.addedAt) }
        attachments = state.attachments
    }
}
