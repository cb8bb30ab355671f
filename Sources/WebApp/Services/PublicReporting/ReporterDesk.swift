import Fluent
import Foundation
import PublicReporting
import Storage

/// What the holder of a report's code and secret may do: see where the report
/// stands, read back what they added, and add more. Never the operators'
/// notes, never the contact details or the original description: a code and
/// secret found on a scrap of paper should reveal as little as possible.
struct ReporterDesk {
    let database: any Database
    let context: LibertasContext

    /// The reporter's view of their report.
    struct Status: Sendable {
        var code: String
        var status: PublicReportModel.Status
        var receivedAt: Date
        var dateOnly: Bool
        var followUps: [FollowUp]
        var attachments: Int
    }

    struct FollowUp: Sendable {
        var text: String
        var addedAt: Date
    }

    /// The report these credentials open; 404 with an explanation otherwise (and 429 after too many wrong secrets).
    func open(code: String?, secret: String?) async throws -> PublicReportModel {
        var validator = Validator()
        let typedCode = validator.requireText(code, field: "code", maxLength: 20)
        let typedSecret = validator.requireText(secret, field: "secret", maxLength: 100)
        try validator.throwIfInvalid()
        guard let normalised = ReportCredentials.normalisedCode(typedCode) else { throw AppError.notFoundExplained(.reportNotFound) }
        let report = try await PublicReportModel.query(on: database).filter(\.$code == normalised).first()
        guard let report, ReportCredentials.matches(typedSecret, hash: report.secretHash) else {
            try context.publicLimits.countFailedCheck(code: normalised, now: context.now())
            throw AppError.notFoundExplained(.reportNotFound)
        }
        return report
    }

    func status(code: String?, secret: String?) async throws -> Status {
        let report = try await open(code: code, secret: secret)
        return try await status(of: report)
    }

    func status(of report: PublicReportModel) async throws -> Status {
        let id = try report.requireID()
        let rows = try await PublicReportFollowUpModel.query(on: database).filter(\.$reportID == id).sort(\.$position).all()
        let followUps = try rows.map { row in
            FollowUp(text: try context.cipher.open(row.bodyCipher, field: PublicReportFollowUpModel.EncryptedField.body, rowID: try row.requireID()), addedAt: row.addedAt)
        }
        let attachments = try await PublicReportAttachmentModel.query(on: database).filter(\.$reportID == id).count()
        return Status(code: report.code, status: PublicReportModel.Status(rawValue: report.status) ?? .new, receivedAt: report.receivedAt,
                      dateOnly: report.dateOnly, followUps: followUps, attachments: attachments)
    }

    /// Adds information to the report; returns the report's new state.
    func addFollowUp(code: String?, secret: String?, text: String?, upload: ReportIntake.Upload? = nil) async throws -> Status {
        let report = try await open(code: code, secret: secret)
        let id = try report.requireID()
        var problems: [InputProblem] = []
        let body = ReportInput.text(text, field: "text", limit: ReportInput.Limits.followUpCharacters, required: upload == nil || upload?.data.isEmpty == true, into: &problems)
        var errors = problems.map(\.fieldError)
        var file: ReportAttachments.CheckedFile?
        if let upload, !upload.data.isEmpty {
            switch ReportAttachments.check(fileName: upload.fileName, data: upload.data) {
            case .success(let checked): file = checked
            case .failure(let refusal): errors.append(refusal.fieldError)
            }
            if try await PublicReportAttachmentModel.query(on: database).filter(\.$reportID == id).count() >= ReportAttachments.maximumPerReport {
                errors.append(FieldError("file", .reportTooManyFiles, ["max": String(ReportAttachments.maximumPerReport)]))
            }
        }
        if !errors.isEmpty { throw AppError.invalid(errors) }
        let policy = ReportPrivacyPolicy(coordinateDecimals: report.coordinateDecimals, dateOnly: report.dateOnly, hideReporterFromOperators: report.hideReporter)
        let now = policy.blurred(context.now())
        let attachments = ReportAttachments(context: context)
        let stored = try file.map { try attachments.prepare($0, reportID: id, addedAt: now) }
        // Two additions at once may pick the same position; the unique index refuses one, which tries again.
        for attempt in 1...3 {
            do {
                try await database.transaction { tx in
                    if let body {
                        let last = try await PublicReportFollowUpModel.query(on: tx).filter(\.$reportID == id).max(\.$position) ?? 0
                        let rowID = UUID.random()
                        let sealed = try context.cipher.seal(body, field: PublicReportFollowUpModel.EncryptedField.body, rowID: rowID)
                        try await PublicReportFollowUpModel(id: rowID, reportID: id, position: last + 1, bodyCipher: sealed, addedAt: now).create(on: tx)
                    }
                    if let stored { try await stored.create(on: tx) }
                }
                break
            } catch {
                if attempt < 3, body != nil { continue }
                if let stored { attachments.files.remove(stored.id!) }
                throw error
            }
        }
        return try await status(of: report)
    }
}
