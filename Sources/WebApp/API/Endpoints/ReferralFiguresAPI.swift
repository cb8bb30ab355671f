import CaseModel
import Foundation
import Vapor

/// The referral mechanism in figures, for the coordinator and analysts.
enum ReferralFiguresAPI {
    static func register(on api: APIRegistry) {
        api.add(APIOperation(
            method: .GET, path: "/referral-figures", operationID: "getReferralFigures",
            summary: "Aggregates over every organisation's referrals made in the period: counts by service and status, median hours from referral to acceptance and to first service, and the share of answered referrals declined, with reasons. Coordinator and analysts.", tag: ReferralsAPI.tag,
            parameters: [
                .query("from", "First day (YYYY, YYYY-MM or YYYY-MM-DD), included.", .string(format: "date")),
                .query("to", "Last day, included.", .string(format: "date")),
            ],
            success: .init(status: 200, description: "The figures.", schema: ReferralFiguresDTO.schema), errors: [403, 422]
        )) { request in
            var validator = Validator()
            let from = FormValue.date(request.queryValue("from"), field: "from", &validator)
            let to = FormValue.date(request.queryValue("to"), field: "to", &validator)
            try validator.throwIfInvalid()
            return ReferralFiguresDTO(try await ReferralStatisticsService(database: request.db, context: request.libertas).figures(try request.caller(), from: from, to: to))
        }
    }
}

struct ReferralFiguresDTO: Content {
    struct Count: Content { var serviceType: ServiceType; var status: ReferralStatus; var count: Int }
    struct Reason: Content { var reason: DeclineReason; var count: Int }
    var total: Int
    var counts: [Count]
    var medianHoursToAcceptance: Double?
    var medianHoursToFirstService: Double?
    var declinedShare: Double?
    var declineReasons: [Reason]

    init(_ figures: ReferralFigures) {
        total = figures.total
        counts = ServiceType.allCases.flatMap { service in
            ReferralStatus.allCases.compactMap { status in figures.counts[service]?[status].map { Count(serviceType: service, status: status, count: $0) } }
        }
        medianHoursToAcceptance = figures.medianToAcceptance.map { $0 / 3600 }
        medianHoursToFirstService = figures.medianToFirstService.map { $0 / 3600 }
        declinedShare = figures.declinedShare
        declineReasons = DeclineReason.allCases.compactMap { reason in figures.declineReasons[reason].map { Reason(reason: reason, count: $0) } }
    }

    static let schema: JSONSchema = .object([
        ("total", .integer(minimum: 0)),
        ("counts", .array(.object([("serviceType", CaseSchemas.code(ServiceType.self)), ("status", CaseSchemas.code(ReferralStatus.self)), ("count", .integer(minimum: 1))],
                                  required: ["serviceType", "status", "count"]))),
        ("medianHoursToAcceptance", .number), ("medianHoursToFirstService", .number), ("declinedShare", .number),
        ("declineReasons", .array(.object([("reason", CaseSchemas.code(DeclineReason.self)), ("count", .integer(minimum: 1))], required: ["reason", "count"]))),
    ], required: ["total", "counts", "declineReasons"])
}
