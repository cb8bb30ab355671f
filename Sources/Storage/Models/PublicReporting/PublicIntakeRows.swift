import FluentKit
import Foundation
import SQLKit

/// What the public channel writes when an alert or a report arrives, ready for
/// the write queue: under load, the alerts and reports queued together go in as
/// one statement per table (``MergeableInsert``).
public struct PublicIntakeRows: MergeableInsert {
    public var alerts: [PanicAlertModel] = []
    public var reports: [PublicReportModel] = []
    public var attachments: [PublicReportAttachmentModel] = []

    public init(alerts: [PanicAlertModel] = [], reports: [PublicReportModel] = [], attachments: [PublicReportAttachmentModel] = []) {
        self.alerts = alerts
        self.reports = reports
        self.attachments = attachments
    }

    public mutating func append(_ other: PublicIntakeRows) {
        alerts += other.alerts
        reports += other.reports
        attachments += other.attachments
    }

    public func insert(on database: any Database) async throws {
        try await BulkInsert.insert(alerts, on: database)
        try await BulkInsert.insert(reports, on: database)
        try await BulkInsert.insert(attachments, on: database)
    }
}

extension PanicAlertModel: BulkInsertable {
    public static let bulkColumns = [
        "id", "latitude", "longitude", "accuracy_m", "sent_at", "received_at", "status", "basic_data_enc",
        "assigned_operator_id", "checklist", "case_id", "first_action_at", "closed_at",
    ]

    public func bulkValues(now: Date) -> [(any Encodable & Sendable)?] {
        let values: [(any Encodable & Sendable)?] = [
            id, latitude, longitude, accuracyMeters, sentAt, receivedAt, status, basicDataCipher,
            assignedOperatorID, checklist, caseID, firstActionAt, closedAt,
        ]
        return values
    }
}

extension PublicReportModel: BulkInsertable {
    public static let bulkColumns = [
        "id", "code", "secret_hash", "language", "description_enc", "latitude", "longitude", "accuracy_m",
        "exact_location_enc", "occurred_at", "occurred_time_known", "received_at", "anonymous", "contact_enc", "status",
        "assigned_operator_id", "coordinate_decimals", "date_only", "hide_reporter", "checklist", "case_id",
        "first_action_at", "closed_at",
    ]

    public func bulkValues(now: Date) -> [(any Encodable & Sendable)?] {
        let values: [(any Encodable & Sendable)?] = [
            id, code, secretHash, language, descriptionCipher, latitude, longitude, accuracyMeters,
            exactLocationCipher, occurredAt, occurredTimeKnown, receivedAt, anonymous, contactCipher, status,
            assignedOperatorID, coordinateDecimals, dateOnly, hideReporter, checklist, caseID,
            firstActionAt, closedAt,
        ]
        return values
    }
}

extension PublicReportAttachmentModel: BulkInsertable {
    public static let bulkColumns = ["id", "report_id", "file_name_enc", "content_type", "size_bytes", "sha256", "added_at"]

    public func bulkValues(now: Date) -> [(any Encodable & Sendable)?] {
        [id, reportID, fileNameCipher, contentType, sizeBytes, sha256, addedAt]
    }
}
