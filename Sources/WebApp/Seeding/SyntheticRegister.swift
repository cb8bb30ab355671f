import AccessControl
import CaseModel
import Fluent
import Foundation
import Storage
import SyntheticData
import Vapor

/// Fills a database with synthetic cases for benchmarks, training and demos
/// (see ``SyntheticCaseGenerator``), spread over the demonstration
/// organisations that do case work and assigned to their case workers.
///
/// Cases go through the import path (batches, one audit entry per batch), each
/// with the source id `synthetic:<seed>:<n>`, so running it again with the same
/// seed adds nothing and a larger count adds only the missing cases.
public enum SyntheticRegister {
    /// How the cases are spread: police and shelters register most (own choice).
    static let organisationShares: [String: Double] = [
        "National Police – Anti-Trafficking Unit": 45, "Safe Harbour Shelter": 25, "Labour Inspectorate": 20, "Legal Aid Clinic": 10,
    ]

    public struct Result: Sendable {
        public var summary: ImportSummary
        /// The demo users' password, when this run created them.
        public var demoPassword: String?
    }

    /// Adds `count` synthetic cases made with `seed`.
    public static func seed(_ app: Application, count: Int, seed: UInt64, progress: (any ImportProgress)? = nil) async throws -> Result {
        let demo = try await DemoData.seed(app)
        let targets = try await organisations(app)
        guard !targets.isEmpty else { throw Abort(.internalServerError, reason: "The demo organisations have no case workers.") }
        let sinks = targets.map { target in
            CaseImportSink(database: app.db, context: app.libertas, organisationID: target.id, actor: .system("seed"), origin: .commandLine, source: "synthetic")
        }
        let today = PartialDate.today(app.libertas.now())
        let choice = Weighted(Array(targets.indices).map { ($0, targets[$0].share) })
        let logger = app.logger
        let summary: ImportSummary = try await CaseRegistryBulkLoad.run(
            adding: count, on: app.db, building: { logger.info("Building the case registry's indexes") }
        ) {
            try await BlockingWait.onThread {
                var generator = SyntheticCaseGenerator(seed: seed, today: today)
                var random = SeededRandom(seed: seed ^ 0x5EED)
                for number in 0..<count {
                    let index = choice.pick(using: &random)
                    let workers = targets[index].workers
                    var draft = CaseDraft(generator.next())
                    draft.sourceID = "synthetic:\(seed):\(number)"
                    draft.assignedTo = workers[Int.random(in: 0..<workers.count, using: &random)]
                    sinks[index].countRead()
                    try sinks[index].add(draft, rows: 1)
                    if number % 1000 == 999 { progress?.update(sum(sinks), bytesRead: Int64(number + 1), totalBytes: Int64(count)) }
                }
                for sink in sinks { try sink.finish() }
                let total = sum(sinks)
                progress?.update(total, bytesRead: Int64(count), totalBytes: Int64(count))
                return total
            }
        }
        return Result(summary: summary, demoPassword: demo.password)
    }

    private static func sum(_ sinks: [CaseImportSink]) -> ImportSummary {
        sinks.reduce(into: ImportSummary()) { total, sink in
            total.read += sink.summary.read
            total.imported += sink.summary.imported
            total.skipped += sink.summary.skipped
        }
    }

    private struct Target: Sendable {
        let id: UUID
        let share: Double
        let workers: [UUID]
    }

    /// The demo organisations in ``organisationShares`` and their case workers.
    private static func organisations(_ app: Application) async throws -> [Target] {
        var targets: [Target] = []
        for (name, share) in organisationShares.sorted(by: { $0.key < $1.key }) {
            guard let organisation = try await OrganisationModel.query(on: app.db).filter(\.$nameKey == name.lowercased()).first() else { continue }
            let users = try await UserModel.query(on: app.db).filter(\.$organisation.$id == organisation.requireID()).with(\.$roleRows).all()
            let workers = try users.filter { $0.roleNames.contains(Role.caseWorker.rawValue) }.map { try $0.requireID() }
            if !workers.isEmpty { targets.append(Target(id: try organisation.requireID(), share: share, workers: workers)) }
        }
        return targets
    }
}

extension CaseDraft {
    /// A generated case as a draft of new records.
    init(_ generated: SyntheticCase) {
        self.init(
            record: generated.record,
            victims: generated.victims.map { (.new($0.person), $0.context) },
            perpetrators: generated.perpetrators.map { (.new($0.person), $0.context) },
            events: generated.events.map { ($0.victimIndex, $0.event) }
        )
        services = generated.services.map { Service(victimIndex: $0.victimIndex, type: $0.type, status: $0.status, startedOn: $0.startedOn, endedOn: $0.endedOn) }
        supportPlans = generated.supportPlans.map { SupportPlan(victimIndex: $0.victimIndex, type: $0.type, completedOn: $0.completedOn) }
        justiceStages = generated.justice.map { JusticeStep(perpetratorIndex: $0.perpetratorIndex, stage: $0.stage.rawValue, reachedOn: $0.reachedOn, article: $0.article) }
    }
}
