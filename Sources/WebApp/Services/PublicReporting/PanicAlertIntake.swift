import Fluent
import Foundation
import PublicReporting
import Storage

/// Receives panic alerts: checks them, stores each id once, and says whether
/// this request stored it (201) or it was already there (200), so a device
/// that resends a queued alert learns it arrived without creating a second one.
struct PanicAlertIntake {
    let database: any Database
    let context: LibertasContext

    enum Outcome: Equatable, Sendable {
        case stored, alreadyStored
    }

    func receive(_ input: PanicAlertInput) async throws -> Outcome {
        let alert: PanicAlert
        switch input.validated(now: context.now()) {
        case .success(let value): alert = value
        case .failure(let problems): throw AppError.invalid(problems.problems.map(\.fieldError))
        }
        let model = PanicAlertModel(id: alert.id, latitude: alert.location?.latitude, longitude: alert.location?.longitude,
                                    accuracyMeters: alert.location?.accuracyMeters, sentAt: alert.sentAt, receivedAt: context.now())
        if let basic = alert.basicData {
            let json = String(decoding: try JSONEncoder().encode(basic), as: UTF8.self)
            model.basicDataCipher = try context.cipher.seal(json, field: PanicAlertModel.EncryptedField.basicData, rowID: alert.id)
        }
        // In turn with every other write of the process and committed with those queued alongside
        // (group commit): under load, one transaction and one multi-row insert for many alerts, and
        // an answer only once the alert is on disk. An id already stored fails the insert (the
        // primary key); the writer then retries the batch's alerts one by one, so only the resent
        // one fails. Looking first would cost every alert a query in the queue.
        do {
            try await context.audit.insert(PublicIntakeRows(alerts: [model]), on: database)
            return .stored
        } catch {
            if try await PanicAlertModel.find(alert.id, on: database) != nil { return .alreadyStored }
            throw error
        }
    }
}
