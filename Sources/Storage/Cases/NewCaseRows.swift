import CaseModel
import FluentKit
import Foundation

/// The rows that make up a new case, built in memory first so that they can be
/// inserted together: one statement per table, for one case or a whole import batch.
public struct NewCaseRows: MergeableInsert {
    public var cases: [CaseFileModel] = []
    public var persons: [PersonModel] = []
    public var citizenships: [PersonCitizenshipModel] = []
    public var nameIndex: [PersonNameIndexModel] = []
    public var victims: [VictimModel] = []
    public var perpetrators: [PerpetratorModel] = []
    public var codes: [CodeValueModel] = []
    public var events: [TraffickingEventModel] = []
    public var supportPlans: [SupportPlanModel] = []
    public var services: [ServiceModel] = []
    public var justiceStages: [JusticeStageModel] = []

    public init() {}

    public mutating func append(_ other: NewCaseRows) {
        cases += other.cases
        persons += other.persons
        citizenships += other.citizenships
        nameIndex += other.nameIndex
        victims += other.victims
        perpetrators += other.perpetrators
        codes += other.codes
        events += other.events
        supportPlans += other.supportPlans
        services += other.services
        justiceStages += other.justiceStages
    }

    /// Inserts everything, parents before children, in multi-row statements, and the victims'
    /// statistics facts (victims and justice stages).
    public func insert(on database: any Database) async throws {
        try await BulkInsert.insert(cases, on: database)
        try await BulkInsert.insert(persons, on: database)
        try await BulkInsert.insert(citizenships, on: database)
        try await BulkInsert.insert(nameIndex, on: database)
        try await BulkInsert.insert(victims, on: database)
        try await BulkInsert.insert(perpetrators, on: database)
        try await BulkInsert.insert(codes, on: database)
        try await BulkInsert.insert(events, on: database)
        try await Self.create(supportPlans, on: database)
        try await Self.create(services, on: database)
        try await Self.create(justiceStages, on: database)
        try await StatisticsFacts.refresh(caseIDs: Set(victims.map { $0.$caseFile.id } + justiceStages.map { $0.$caseFile.id }), on: database)
    }

    public static func create<M: BulkInsertable>(_ models: [M], on database: any Database) async throws {
        try await BulkInsert.insert(models, on: database)
    }

    public static func create<M: Model>(_ models: [M], on database: any Database) async throws {
        guard let first = models.first else { return }
        // SQLite allows 32,766 bound parameters per statement; stay well below.
        let columns = max(1, first.properties.count)
        let chunk = max(1, 30_000 / columns)
        var start = 0
        while start < models.count {
            let end = min(start + chunk, models.count)
            try await Array(models[start..<end]).create(on: database)
            start = end
        }
    }
}
