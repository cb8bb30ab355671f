import Foundation
import PublicReporting
import Vapor

/// `/report`, `/report/status` and `/report/status/add`: the public report
/// pages, open to anyone, on the same services as the public API.
enum PublicReportPagesController {
    static func register(on routes: any RoutesBuilder) {
        routes.get("report", use: showForm)
        routes.on(.POST, "report", body: .collect(maxSize: bodyLimit), use: submit)
        routes.get("report", "status", use: showStatus)
        routes.post("report", "status", use: checkStatus)
        routes.on(.POST, "report", "status", "add", body: .collect(maxSize: bodyLimit), use: addInformation)
    }

    static let bodyLimit = ByteCount(value: AttachmentPolicy.maximumBytes + 64 * 1024)

    static func showForm(_ request: Request) async throws -> Response {
        formPage(request, ReportFormPage.Values())
    }

    static func submit(_ request: Request) async throws -> Response {
        let form = try request.content.decode(ReportFormFields.self)
        let values = form.values
        do {
            try request.libertas.publicLimits.admit(address: request.clientAddress, device: nil, now: request.libertas.now())
            let spam: SpamCheck = (form.proof_nonce ?? "").isEmpty
                ? .patience(challenge: form.proof_challenge)
                : .proof(challenge: form.proof_challenge, nonce: form.proof_nonce)
            let upload = form.file.map { ReportIntake.Upload(fileName: $0.filename, data: Data(buffer: $0.data)) }
            let credentials = try await ReportIntake(database: request.db, context: request.libertas)
                .submit(form.input, spamCheck: spam, upload: upload, address: request.clientAddress)
            return withLocation(request.page { ReportReceivedPage.render($0, credentials: credentials) })
        } catch let error as AppError {
            let t = request.localizer
            let errors = FormErrors(error.fieldErrors.map(pageField), t: t)
            let response = formPage(request, values, errors: errors, message: errors.isEmpty ? error.message(t) : nil, status: error.status)
            if case .tooManyAttempts(let seconds) = error { response.headers.replaceOrAdd(name: .retryAfter, value: String(seconds)) }
            return response
        }
    }

    static func showStatus(_ request: Request) async throws -> Response {
        request.page { ReportStatusPage.render($0, ReportStatusPage.Model()) }
    }

    static func checkStatus(_ request: Request) async throws -> Response {
        let form = try request.content.decode(ReportStatusFields.self)
        return await statusPage(request, code: form.code, secret: form.secret) { desk in
            try await desk.status(code: form.code, secret: form.secret)
        }
    }

    static func addInformation(_ request: Request) async throws -> Response {
        let form = try request.content.decode(ReportStatusFields.self)
        let upload = form.file.map { ReportIntake.Upload(fileName: $0.filename, data: Data(buffer: $0.data)) }
        var model = ReportStatusPage.Model(code: form.code ?? "", secret: form.secret ?? "")
        do {
            try request.libertas.publicLimits.admit(address: request.clientAddress, device: nil, now: request.libertas.now())
            let desk = ReporterDesk(database: request.db, context: request.libertas)
            do {
                model.status = try await desk.addFollowUp(code: form.code, secret: form.secret, text: form.text, upload: upload)
                model.added = true
                return request.page { ReportStatusPage.render($0, model) }
            } catch AppError.invalid(let fields) {
                // The person stays on their report, with what they typed and why it was refused.
                model.status = try await desk.status(code: form.code, secret: form.secret)
                model.text = form.text ?? ""
                model.errors = FormErrors(fields, t: request.localizer)
                return request.page({ ReportStatusPage.render($0, model) }, status: .unprocessableEntity)
            }
        } catch let error as AppError {
            return refusedStatus(request, code: form.code, error: error)
        }
    }

    private static func statusPage(_ request: Request, code: String?, secret: String?, _ body: (ReporterDesk) async throws -> ReporterDesk.Status) async -> Response {
        do {
            try request.libertas.publicLimits.admit(address: request.clientAddress, device: nil, now: request.libertas.now())
            let status = try await body(ReporterDesk(database: request.db, context: request.libertas))
            return request.page { ReportStatusPage.render($0, ReportStatusPage.Model(code: status.code, secret: secret ?? "", status: status)) }
        } catch let error as AppError {
            return refusedStatus(request, code: code, error: error)
        } catch {
            return ErrorMapping.response(for: error, to: request)
        }
    }

    /// The code form again, with the reason (a wrong code or secret, too many tries); the secret is never echoed.
    private static func refusedStatus(_ request: Request, code: String?, error: AppError) -> Response {
        let t = request.localizer
        let model = ReportStatusPage.Model(code: code ?? "", errors: FormErrors(error.fieldErrors, t: t), message: error.fieldErrors.isEmpty ? error.message(t) : nil)
        let response = request.page({ ReportStatusPage.render($0, model) }, status: error.status)
        if case .tooManyAttempts(let seconds) = error { response.headers.replaceOrAdd(name: .retryAfter, value: String(seconds)) }
        return response
    }

    private static func formPage(_ request: Request, _ values: ReportFormPage.Values, errors: FormErrors = .none, message: String? = nil,
                                 status: HTTPResponseStatus = .ok) -> Response {
        let model = ReportFormPage.Model(values: values, errors: errors, message: message,
                                         challenge: request.libertas.proofOfWork.challenge(now: request.libertas.now()),
                                         policy: request.libertas.config.publicReporting.privacy)
        return withLocation(request.page({ ReportFormPage.render($0, model) }, status: status))
    }

    /// The form may ask for the browser's position ("use my location"); every other page may not.
    private static func withLocation(_ response: Response) -> Response {
        response.headers.replaceOrAdd(name: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(self)")
        return response
    }

    /// The API's field names as the form spells them (`contact.phone` → `contact_phone`).
    static func pageField(_ error: FieldError) -> FieldError {
        var copy = error
        copy.field = error.field.replacingOccurrences(of: "location.", with: "").replacingOccurrences(of: ".", with: "_")
        return copy
    }
}

/// The report form as posted (multipart, or URL-encoded without a file).
struct ReportFormFields: Content {
    var language: String?
    var description: String?
    var latitude: String?
    var longitude: String?
    var accuracy_m: String?
    var occurred_at: String?
    var anonymous: String?
    var contact_name: String?
    var contact_phone: String?
    var contact_email: String?
    var contact_preferred: String?
    var website: String?
    var proof_challenge: String?
    var proof_nonce: String?
    var file: File?

    /// What the person typed, to show again after a refusal.
    var values: ReportFormPage.Values {
        ReportFormPage.Values(
            description: description ?? "", latitude: latitude ?? "", longitude: longitude ?? "", accuracy: accuracy_m ?? "",
            occurredAt: occurred_at ?? "", leaveContact: anonymous == "false", name: contact_name ?? "", phone: contact_phone ?? "",
            email: contact_email ?? "", preferred: contact_preferred ?? ""
        )
    }

    /// The form as the service's input. Contact fields hidden behind "stay anonymous" are dropped,
    /// not refused: the person never saw them. A coordinate that is not a number is refused by name.
    var input: ReportInput {
        let anonymous = self.anonymous != "false"
        let contact = anonymous ? nil : ReportInput.ContactInput(name: contact_name, phone: contact_phone, email: contact_email, preferred: contact_preferred)
        let lat = Self.number(latitude), lon = Self.number(longitude)
        let location = (latitude ?? "").isEmpty && (longitude ?? "").isEmpty ? nil
            : ReportInput.LocationInput(latitude: lat, longitude: lon, accuracyM: Self.number(accuracy_m))
        return ReportInput(language: language, description: description, location: location, occurredAt: occurred_at,
                           anonymous: anonymous, contact: contact, website: website, proof: nil)
    }

    /// A typed number; an unreadable one becomes NaN so that validation names the field.
    static func number(_ text: String?) -> Double? {
        guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        return Double(text.replacingOccurrences(of: ",", with: ".")) ?? .nan
    }
}

/// The status form and the additions form.
struct ReportStatusFields: Content {
    var code: String?
    var secret: String?
    var text: String?
    var file: File?
}
