import AccessControl
import CaseModel
import Estimation
import Fluent
import Foundation
import Reporting
import Storage
import Vapor

/// Multiple systems estimation of the hidden number of victims, for analysts and the coordinator
/// (the rights of national statistics): from the registry's overlap of organisations, or from a
/// capture-history table the caller supplies.
struct EstimateService {
    let database: any Database
    let context: LibertasContext
    let threadPool: NIOThreadPool

    /// The lists of one estimate: an organisation each.
    struct Lists: Sendable {
        var ids: [UUID]
        var names: [String]
    }

    /// The caller's right to estimates: that of reading national statistics. Callers check it before
    /// reading their input too, so someone without the right learns nothing from its validation.
    func authorize(_ caller: Caller) async throws {
        try await context.authorize(caller, .read, RecordFacts(kind: .nationalStatistics), on: database)
    }

    /// The estimate from the registry, checked against the caller's rights. Nil when no victim was
    /// registered in the period (or by the chosen organisations).
    func fromRegistry(_ caller: Caller, _ asked: EstimateRequest) async throws -> (lists: Lists, outcome: EstimateOutcome?) {
        try await authorize(caller)
        return try await compute(asked)
    }

    /// The estimate of a table the caller supplied: their own figures, shown to them in full.
    func fromTable(_ caller: Caller, _ table: CaptureHistory, options: EstimationOptions) async throws -> EstimateOutcome {
        try await authorize(caller)
        return try await run(table, strata: [], stratifiedBy: nil, options: options, rule: .none, field: "rows")
    }

    /// The same for the command line, which speaks for the operator; counts are suppressed as on the
    /// pages all the same, since what it prints may be published.
    func compute(_ asked: EstimateRequest) async throws -> (lists: Lists, outcome: EstimateOutcome?) {
        let options = try asked.options.options()
        guard let lists = try await lists(asked) else { return (Lists(ids: [], names: []), nil) }
        var filter = asked.filter
        filter.organisationIDs = lists.ids
        let cells = try await CaptureHistoryQuery(filter: filter, stratum: asked.stratify).run(on: database)
        guard !cells.isEmpty else { return (lists, nil) }
        let table = try Self.table(lists.names, cells, stratum: nil)
        var strata: [CaptureHistory] = []
        if let stratify = asked.stratify {
            let labels = Set(cells.keys.map { Self.label($0.stratum, stratify) })
            strata = try Self.order(labels, stratify).map { label in
                try Self.table(lists.names, cells.filter { Self.label($0.key.stratum, stratify) == label }, stratum: label)
            }
        }
        let rule = SuppressionRule(threshold: context.config.statistics.suppressionThreshold)
        return (lists, try await run(table, strata: strata, stratifiedBy: asked.stratify?.rawValue, options: options, rule: rule, field: "organisations"))
    }

    /// The chosen organisations, or by default those with victims in the period when there are 2 to
    /// 10 of them; nil when there are none.
    private func lists(_ asked: EstimateRequest) async throws -> Lists? {
        let limit = CaptureHistory.maximumListCount
        var ids = asked.organisationIDs
        if ids.isEmpty {
            ids = try await CaptureHistoryQuery.organisationsWithVictims(asked.filter, on: database)
            if ids.isEmpty { return nil }
            guard (2...limit).contains(ids.count) else {
                throw AppError.invalid([FieldError("organisations", .estimatesChooseOrganisations, ["count": "\(ids.count)", "max": "\(limit)"])])
            }
        } else if !(2...limit).contains(ids.count) {
            throw AppError.invalid([FieldError("organisations", .estimatesOrganisationCount, ["max": "\(limit)"])])
        }
        let found = try await OrganisationModel.query(on: database).filter(\.$id ~~ ids).all()
        guard found.count == ids.count else { throw AppError.invalid([FieldError("organisations", .estimatesBadOrganisation)]) }
        // Lists in name order, so the same choice always gives the same table and model names.
        let sorted = found.sorted { $0.nameKey < $1.nameKey }
        return Lists(ids: try sorted.map { try $0.requireID() }, names: sorted.map(\.name))
    }

    /// Runs the estimator on the thread pool (a bootstrap takes seconds); a refusal becomes an error
    /// of `field`, the input that would have to change.
    private func run(_ table: CaptureHistory, strata: [CaptureHistory], stratifiedBy: String?, options: EstimationOptions,
                     rule: SuppressionRule, field: String) async throws -> EstimateOutcome {
        do {
            return try await threadPool.runIfActive {
                try EstimateComputation.run(table, strata: strata, stratifiedBy: stratifiedBy, options: options, rule: rule)
            }
        } catch let error as EstimationError {
            throw AppError.invalid([FieldError(field, .estimatesRefused, ["reason": error.description])])
        }
    }

    private static func table(_ names: [String], _ cells: [CaptureHistoryQuery.Cell: Int], stratum: String?) throws -> CaptureHistory {
        var counts: [CapturePattern: Int] = [:]
        for (cell, count) in cells { counts[CapturePattern(mask: cell.mask), default: 0] += count }
        return try CaptureHistory(listNames: names, counts: counts, stratum: stratum)
    }

    /// A stratum's label: the GLOTIP category (`Unknown` when not recorded).
    static func label(_ raw: String?, _ stratify: CaptureHistoryQuery.Stratum) -> String {
        switch stratify {
        case .sex, .age: raw ?? GLOTIPSex.unknown.rawValue
        case .form: GLOTIPFormCategory(group: raw.flatMap(GLOTIPExploitationGroup.init(rawValue:))).rawValue
        }
    }

    /// The strata in the GLOTIP order of their categories.
    private static func order(_ labels: Set<String>, _ stratify: CaptureHistoryQuery.Stratum) -> [String] {
        let categories: [String] = switch stratify {
        case .sex: GLOTIPSex.categories.map(\.rawValue)
        case .age: GLOTIPAge.categories.map(\.rawValue)
        case .form: GLOTIPFormCategory.allCases.map(\.rawValue)
        }
        return categories.filter(labels.contains) + labels.subtracting(categories).sorted()
    }
}

extension Request {
    var estimateService: EstimateService { EstimateService(database: db, context: libertas, threadPool: application.threadPool) }
}
