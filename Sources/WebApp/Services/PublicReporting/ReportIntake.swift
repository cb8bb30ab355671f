import Fluent
import Foundation
import Localization
import PublicReporting
import Storage

/// Receives reports from the public form: checks them, seals what is personal,
/// applies the form's privacy policy before anything is written, and hands the
/// reporter a code and a secret (only the secret's hash is kept).
///
/// Nothing about the sender's connection reaches the database, and the audit
/// log is not written: its exact timestamp would undo a date-only policy and
/// tie the report to the moment of a request. Operators' reads are audited.
struct ReportIntake {
    let database: any Database
    let context: LibertasContext

    /// A file sent with the report.
    struct Upload: Sendable {
        var fileName: String
        var data: Data
    }

    func submit(_ input: ReportInput, spamCheck: SpamCheck, upload: Upload? = nil, address: String?) async throws -> ReportCredentials {
        let now = context.now()
        var errors: [FieldError] = []
        var submission: ReportSubmission?
        switch input.validated(now: now, languages: Set(Language.allCases.map(\.tag))) {
        case .success(let value): submission = value
        case .failure(let problems): errors += problems.problems.map(\.fieldError)
        }
        var file: ReportAttachments.CheckedFile?
        if let upload, !upload.data.isEmpty {
            switch ReportAttachments.check(fileName: upload.fileName, data: upload.data) {
            case .success(let checked): file = checked
            case .failure(let refusal): errors.append(refusal.fieldError)
            }
        }
        errors += spamCheck.problems(context, now: now)
        guard errors.isEmpty, let submission else { throw AppError.invalid(errors) }
        try spamCheck.spend(context, address: address, now: now)

        let policy = context.config.publicReporting.privacy
        let id = UUID.random()
        let cipher = context.cipher
        let model = PublicReportModel(
            id: id, code: "", secretHash: "", language: submission.language,
            descriptionCipher: try cipher.seal(submission.description, field: PublicReportModel.EncryptedField.description, rowID: id),
            receivedAt: policy.blurred(now), anonymous: submission.isAnonymous,
            coordinateDecimals: policy.coordinateDecimals, dateOnly: policy.dateOnly, hideReporter: policy.hideReporterFromOperators
        )
        if let exact = submission.location {
            let shown = policy.blurred(exact)
            model.latitude = shown.latitude
            model.longitude = shown.longitude
            model.accuracyMeters = shown.accuracyMeters
            model.exactLocationCipher = try cipher.seal(ExactLocation(exact).text, field: PublicReportModel.EncryptedField.exactLocation, rowID: id)
        }
        if let occurred = submission.occurred?.kept(under: policy) {
            model.occurredAt = occurred.date
            model.occurredTimeKnown = occurred.timeKnown
        }
        if let contact = submission.contact {
            let json = String(decoding: try JSONEncoder().encode(contact), as: UTF8.self)
            model.contactCipher = try cipher.seal(json, field: PublicReportModel.EncryptedField.contact, rowID: id)
        }
        let attachments = ReportAttachments(context: context)
        let stored = try file.map { try attachments.prepare($0, reportID: id, addedAt: policy.blurred(now)) }
        // A code is 40 random bits: a clash is rare, and the unique index catches it.
        for attempt in 1...5 {
            let credentials = ReportCredentials.make()
            model.code = credentials.code
            model.secretHash = ReportCredentials.hash(credentials.secret)
            do {
                // In turn with every other write of the process, committed with those queued
                // alongside (group commit, one multi-row insert): SQLite has one writer, and writers
                // racing for it would wait in SQLite's busy handler instead. Nothing is audited:
                // see the docs.
                try await context.audit.insert(PublicIntakeRows(reports: [model], attachments: stored.map { [$0] } ?? []), on: database)
                return credentials
            } catch {
                model.$id.exists = false
                let clash = try await PublicReportModel.query(on: database).filter(\.$code == credentials.code).count() > 0
                guard clash, attempt < 5 else {
                    if let stored { attachments.files.remove(stored.id!) }
                    throw error
                }
            }
        }
        throw AppError.conflict(FieldError("code", .errorInternal))
    }
}

/// The exact position as sealed: `latitude,longitude[,accuracy]`.
struct ExactLocation {
    let fix: GeoFix

    init(_ fix: GeoFix) { self.fix = fix }

    init?(text: String) {
        let parts = text.split(separator: ",").map { Double($0) }
        guard parts.count >= 2, let latitude = parts[0], let longitude = parts[1] else { return nil }
        fix = GeoFix(latitude: latitude, longitude: longitude, accuracyMeters: parts.count > 2 ? parts[2] : nil)
    }

    var text: String {
        "\(fix.latitude),\(fix.longitude)" + (fix.accuracyMeters.map { ",\($0)" } ?? "")
    }
}
