import CaseModel
import FluentKit
import Foundation
import SQLKit

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
    /// The values of the tables before the support plans, taken by ``prepare(now:)`` where the
    /// rows are built; `nil` until then, and when rows were added without them.
    private var prepared: [BulkRows]?

    public init() {}

    /// Takes the rows' values now, off the writer's path (see ``BulkRows``). The
    /// models must not change afterwards, but for ``setReference(_:ofCase:)``.
    public mutating func prepare(now: Date = Date()) {
        prepared = [
            BulkRows(cases, now: now), BulkRows(persons, now: now), BulkRows(citizenships, now: now), BulkRows(nameIndex, now: now),
            BulkRows(victims, now: now), BulkRows(perpetrators, now: now), BulkRows(codes, now: now), BulkRows(events, now: now),
        ]
    }

    /// Gives the `index`th case another reference, after the rows were built.
    public mutating func setReference(_ reference: String, ofCase index: Int) {
        cases[index].reference = reference
        prepared?[0].set(row: index, column: "reference", to: reference)
    }

    private var isEmpty: Bool {
        cases.isEmpty && persons.isEmpty && citizenships.isEmpty && nameIndex.isEmpty
            && victims.isEmpty && perpetrators.isEmpty && codes.isEmpty && events.isEmpty
    }

    public mutating func append(_ other: NewCaseRows) {
        if isEmpty {
            prepared = other.prepared
        } else if var mine = prepared, let theirs = other.prepared {
            prepared = nil  // leaves `mine` the only reference, so it grows in place instead of being copied
            for table in mine.indices { mine[table].append(theirs[table]) }
            prepared = mine
        } else {
            prepared = nil
        }
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

    /// Inserts everything, parents before children, in multi-row statements, and the
    /// statistics facts of the cases whose victims or justice stages these are (new
    /// victims may join a case that exists).
    public func insert(on database: any Database) async throws {
        var rows = self
        if rows.prepared == nil { rows.prepare() }
        let sql = Backend.sqlDatabase(database)
        for table in rows.prepared! where table.rowCount > 0 { try await table.insert(on: sql) }
        try await Self.create(supportPlans, on: database)
        try await Self.create(services, on: database)
        try await Self.create(justiceStages, on: database)
        let changed = Set(victims.map { $0.$caseFile.id } + justiceStages.map { $0.$caseFile.id })
        let created = Set(cases.compactMap(\.id))
        try await StatisticsFacts.add(newCaseIDs: changed.intersection(created), on: database)
        try await StatisticsFacts.refresh(caseIDs: changed.subtracting(created), on: database)
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
