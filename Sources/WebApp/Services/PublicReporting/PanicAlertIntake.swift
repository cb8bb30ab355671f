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

    enum Outcome: Equatable {
        case stored, alreadyStored
    }

    func receive(_ input: PanicAlertInput) async throws -> Outcome {
        let alert: PanicAlert
        switch input.validated(now: context.now()) {
        case .success(let value): alert = value
        case .failure(let problems): throw AppError.invalid(problems.problems.map(\.fieldError))
        }
        if try await PanicAlertModel.find(alert.id, on: database) != nil { return .alreadyStored }
        let model = PanicAlertModel(id: alert.id, latitude: alert.location?.latitude, longitude: alert.location?.longitude,
                                    accuracyMeters: alert.location?.accuracyMeters, sentAt: alert.sentAt, receivedAt: context.now())
        if let basic = alert.basicData {
            let json = String(decoding: try JSONEncoder().encode(basic), as: UTF8.self)
            model.basicDataCipher = try context.cipher.seal(json, field: PanicAlertModel.EncryptedField.basicData, rowID: alert.id)
        }
        do {
            try await model.create(on: database)
            return .stored
        } catch {
            // Two sends of one alert racing: the primary key let one in; the other is a duplicate, not an error.
            if try await PanicAlertModel.find(alert.id, on: database) != nil { return .alreadyStored }
            throw error
        }
    }
}
