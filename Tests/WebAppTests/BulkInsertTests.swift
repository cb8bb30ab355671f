import CaseModel
import FluentKit
import Foundation
import SQLKit
@testable import Storage
import Testing
@testable import WebApp

/// Imports insert rows through hand-written column lists (``BulkInsertable``)
/// rather than Fluent's reflection. These tests hold the lists to what Fluent
/// itself would write, so a field added to a model cannot be silently dropped.
@Suite("Bulk inserts write what Fluent would")
struct BulkInsertTests {
    /// Everything Fluent would bind for a model, by column.
    final class Collector: DatabaseInput {
        var values: [String: DatabaseQuery.Value] = [:]
        var wantsUnmodifiedKeys: Bool { true }
        func set(_ value: DatabaseQuery.Value, at key: FieldKey) { values[key.description] = value }
    }

    /// A case with every field filled in.
    static func fullDraft() -> CaseDraft {
        var person = PersonRecord()
        person.givenName = "Amara"
        person.middleName = "N."
        person.familyName = "Okafor"
        person.aliases = ["Ama"]
        person.birthDate = PartialDate(year: 1999, month: 4, day: 12)
        person.gender = .feminine
        person.citizenships = ["NGA", "GHA"]
        person.primaryLanguage = LanguageCode("en")
        person.secondaryLanguage = LanguageCode("fr")
        person.maritalStatus = .single
        person.numberOfChildren = 1
        person.education = .upperSecondaryEducation
        person.identityNumber = "A1234567"
        person.email = "amara@example.org"
        person.phone = PhoneNumber(parsing: "+234 803 555 0101")
        person.address = Address(street: "1 Road", city: "Benin City", country: "NGA")
        person.notes = "Speaks Edo."
        var victim = VictimContext(identifiedOn: PartialDate(year: 2026, month: 9))
        victim.traffickingStatus = .actualVictimOfTrafficking
        victim.statusDecidedBy = .police
        victim.statusDecidedOn = PartialDate(year: 2026, month: 9, day: 30)
        victim.relationshipToTrafficker = .acquainted
        victim.ageWhenTrafficked = 26
        victim.exploitationTypes = [.forcedLabour]
        victim.forcedLabourIndustry = .construction
        victim.controlMethods = [.debtBondage]
        victim.exploitationCountry = "ITA"
        victim.exploitationPlace = "Building site"
        var record = CaseRecord(openedOn: PartialDate(year: 2026, month: 10, day: 2)!, status: .closed, summary: "Summary")
        record.closedOn = PartialDate(year: 2026, month: 10, day: 20)
        record.closureReason = "Returned home"
        var event = RouteEvent(type: .exploitation, dateFrom: PartialDate(year: 2026, month: 3, day: 15), dateTo: PartialDate(year: 2026, month: 9), country: "ITA", city: "Castel Volturno", description: "Nights")
        event.adminArea = "Campania"
        event.street = "Via Domitiana"
        event.latitude = 41.0
        event.longitude = 13.9
        var draft = CaseDraft(
            record: record, victims: [(.new(person), victim)],
            perpetrators: [(.new(person), PerpetratorContext(roles: [.exploiter], relationship: .acquainted, roleDetails: "Boss"))],
            events: [(0, event)], sourceID: "test#1"
        )
        draft.assignedTo = UUID()
        return draft
    }

    static func check<M: BulkInsertable>(_ models: [M]) throws {
        let model = try #require(models.first, "no \(M.schema) rows built")
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        #expect(Set(M.keys.map(\.description)) == Set(M.bulkColumns), "\(M.schema): the columns Fluent knows and the bulk list differ")
        #expect(Set(M.bulkColumns).count == M.bulkColumns.count, "\(M.schema): a column is listed twice")
        model.markCreated(at: now)
        let fluent = Collector()
        model.input(to: fluent)
        let bulk = model.bulkValues(now: now)
        #expect(bulk.count == M.bulkColumns.count)
        for (column, value) in zip(M.bulkColumns, bulk) {
            let expected = fluent.values[column].map(describe) ?? "nil"
            #expect(describe(value) == expected, "\(M.schema).\(column)")
        }
    }

    /// A value as text, optionals unwrapped, so Fluent's and the bulk list's can be compared.
    static func describe(_ value: Any) -> String {
        switch value {
        case let value as DatabaseQuery.Value:
            if case .bind(let bound) = value { return describe(bound) }
            if case .null = value { return "nil" }
            return "\(value)"
        default:
            let mirror = Mirror(reflecting: value)
            if mirror.displayStyle == .optional { return mirror.children.first.map { describe($0.value) } ?? "nil" }
            return "\(value)"
        }
    }

    @Test("Every registry table's bulk columns and values equal Fluent's")
    func columnsMatchFluent() async throws {
        try await TestApp.run { world in
            let builder = CaseRowBuilder(codecs: world.context.caseCodecs, today: PartialDate(year: 2026, month: 11, day: 22)!)
            let (model, rows) = try builder.rows(for: Self.fullDraft(), organisationID: world.admin.organisationID, createdBy: world.admin.id)
            try Self.check([model])
            try Self.check(rows.persons)
            try Self.check(rows.citizenships)
            try Self.check(rows.nameIndex)
            try Self.check(rows.victims)
            try Self.check(rows.perpetrators)
            try Self.check(rows.codes)
            try Self.check(rows.events)
        }
    }

    @Test("The public channel's bulk columns and values equal Fluent's")
    func publicChannelColumnsMatchFluent() throws {
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        let alert = PanicAlertModel(id: UUID(), latitude: 4.6, longitude: -74.1, accuracyMeters: 15, sentAt: now, receivedAt: now)
        alert.basicDataCipher = "sealed"
        alert.assignedOperatorID = UUID()
        alert.checklist = "contacted"
        alert.caseID = UUID()
        alert.firstActionAt = now
        alert.closedAt = now
        try Self.check([alert])
        let report = PublicReportModel(id: UUID(), code: "R-7K3M-9Q2X", secretHash: "ab", language: "en", descriptionCipher: "sealed",
                                       receivedAt: now, anonymous: false, coordinateDecimals: 2, dateOnly: true, hideReporter: true)
        report.latitude = 4.6
        report.longitude = -74.1
        report.accuracyMeters = 1_100
        report.exactLocationCipher = "sealed"
        report.occurredAt = now
        report.occurredTimeKnown = true
        report.contactCipher = "sealed"
        report.assignedOperatorID = UUID()
        report.checklist = "contacted"
        report.caseID = UUID()
        report.firstActionAt = now
        report.closedAt = now
        try Self.check([report])
        try Self.check([PublicReportAttachmentModel(id: UUID(), reportID: UUID(), fileNameCipher: "sealed", contentType: "image/png",
                                                    sizeBytes: 10, sha256: "cd", addedAt: now)])
    }

    @Test("Rows inserted in bulk read back through Fluent")
    func roundTrip() async throws {
        try await TestApp.run { world in
            let builder = CaseRowBuilder(codecs: world.context.caseCodecs, today: PartialDate(year: 2026, month: 11, day: 22)!)
            var draft = Self.fullDraft()
            draft.assignedTo = world.admin.id
            let (model, rows) = try builder.rows(for: draft, organisationID: world.admin.organisationID, createdBy: world.admin.id)
            try await rows.insert(on: world.app.db)
            #expect(model._$idExists)
            let stored = try #require(try await CaseFileModel.find(model.id, on: world.app.db))
            #expect(stored.reference == model.reference)
            #expect(stored.$assignedTo.id == world.admin.id)
            #expect(stored.createdAt != nil)
            let person = try #require(try await PersonModel.query(on: world.app.db).with(\.$citizenships).first())
            #expect(try world.context.caseCodecs.person.decode(person).familyName == "Okafor")
            #expect(person.citizenshipCodes == ["GHA", "NGA"])
            #expect(try await TraffickingEventModel.query(on: world.app.db).first()?.city == "Castel Volturno")
        }
    }

    @Test("Prepared and unprepared rows merge, and a reference set after preparing is the one stored")
    func preparedRows() async throws {
        try await TestApp.run { world in
            let builder = CaseRowBuilder(codecs: world.context.caseCodecs, today: PartialDate(year: 2026, month: 11, day: 22)!)
            func built(_ source: String) throws -> (CaseFileModel, NewCaseRows) {
                var draft = Self.fullDraft()
                draft.sourceID = source
                draft.assignedTo = world.admin.id
                return try builder.rows(for: draft, organisationID: world.admin.organisationID, createdBy: world.admin.id)
            }
            // Two prepared cases (as an import batch), one of them renamed afterwards.
            let (first, firstRows) = try built("prepared#1")
            let (second, secondRows) = try built("prepared#2")
            var batch = NewCaseRows()
            for var rows in [firstRows, secondRows] {
                rows.prepare()
                batch.append(rows)
            }
            batch.setReference("IMPORTED-7", ofCase: 1)
            // A third, unprepared, appended to prepared rows: everything is taken again at insert.
            let (third, thirdRows) = try built("plain#3")
            var mixed = batch
            mixed.append(thirdRows)
            try await mixed.insert(on: world.app.db)

            let stored = try await CaseFileModel.query(on: world.app.db).all()
            #expect(Set(stored.compactMap(\.sourceID)) == ["prepared#1", "prepared#2", "plain#3"])
            #expect(stored.first { $0.id == second.id }?.reference == "IMPORTED-7")
            #expect(stored.first { $0.id == first.id }?.reference == first.reference)
            #expect(stored.first { $0.id == third.id }?.reference == third.reference)
            #expect(try await PersonModel.query(on: world.app.db).count() == 6, "a victim and a perpetrator for each case")
            #expect(try await PersonCitizenshipModel.query(on: world.app.db).count() == 12)
        }
    }

    @Test("Many rows go by COPY on PostgreSQL (by INSERT on SQLite) and read back unchanged")
    func copyRoundTrip() async throws {
        try await TestApp.run { world in
            let sql = Backend.sqlDatabase(world.app.db)
            try await sql.raw("CREATE TABLE copy_check (id UUID PRIMARY KEY, label TEXT, amount BIGINT, small INTEGER, flag BOOLEAN, at TIMESTAMPTZ, ratio DOUBLE PRECISION)").run()
            // Text that COPY's format must escape, text it must not touch, and NULLs.
            let labels: [String?] = ["tab\there", "line\nbreak\r\nand return", #"back\slash \N \t"#, "plain", "Ünïcødé 中文 ✓", nil, "", "\\"]
            let base = Date(timeIntervalSince1970: 1_795_000_000.123456)
            var expected: [(UUID, String?, Int64, Int?, Bool?, Date?, Double?)] = []
            for index in 0..<(PostgresCopy.minimumRows * 3) {
                expected.append((UUID(), labels[index % labels.count], Int64(index) * 1_000_000_007, index % 5 == 0 ? nil : -index,
                                 index % 3 == 0 ? nil : index % 2 == 0, index % 4 == 0 ? nil : base.addingTimeInterval(Double(index) * 3600.000001),
                                 index % 7 == 0 ? nil : Double(index) / 3 - 41.123456789012345))
            }
            let rows = BulkRows(table: "copy_check", columns: ["id", "label", "amount", "small", "flag", "at", "ratio"],
                                values: expected.flatMap { [$0.0, $0.1, $0.2, $0.3, $0.4, $0.5, $0.6] as [(any Encodable & Sendable)?] })
            let copied = try await PostgresCopy.insert(rows, on: sql)
            #expect(copied == (sql.dialect.name == "postgresql"))
            if !copied { try await rows.insert(on: sql) }

            let stored = try await sql.raw("SELECT id, label, amount, small, flag, at, ratio FROM copy_check ORDER BY amount").all()
            #expect(stored.count == expected.count)
            for (row, want) in zip(stored, expected) {
                #expect(try row.decode(column: "id", as: UUID.self) == want.0)
                #expect(try row.decode(column: "label", as: String?.self) == want.1)
                #expect(try row.decode(column: "amount", as: Int64.self) == want.2)
                #expect(try row.decode(column: "small", as: Int?.self) == want.3)
                #expect(try row.decode(column: "flag", as: Bool?.self) == want.4)
                let at = try row.decode(column: "at", as: Date?.self)
                #expect((at == nil) == (want.5 == nil))
                if let at, let want = want.5 { #expect(abs(at.timeIntervalSince(want)) < 0.000_001, "to the microsecond") }
                #expect(try row.decode(column: "ratio", as: Double?.self) == want.6, "every bit of a double")
            }
        }
    }

    @Test("A column of a type COPY has no text form for goes by INSERT; a column that changes type fails the copy, naming the type")
    func copyLeavesUnknownTypes() async throws {
        try await TestApp.run { world in
            let sql = Backend.sqlDatabase(world.app.db)
            guard sql.dialect.name == "postgresql" else { return }
            try await sql.raw("CREATE TABLE copy_check (id UUID PRIMARY KEY, payload BYTEA)").run()
            let count = PostgresCopy.minimumRows
            let bytes = BulkRows(table: "copy_check", columns: ["id", "payload"],
                                 values: (0..<count).flatMap { index in [UUID(), Data([UInt8(index), 0, 9, 10])] as [(any Encodable & Sendable)?] })
            #expect(try await PostgresCopy.insert(bytes, on: sql) == false, "bytes have no COPY text form here")
            try await bytes.insert(on: sql)
            #expect(try await sql.raw("SELECT count(*) AS n FROM copy_check").first()?.decode(column: "n", as: Int.self) == count)

            try await sql.raw("CREATE TABLE copy_mixed (id UUID PRIMARY KEY, label TEXT)").run()
            let mixed = BulkRows(table: "copy_mixed", columns: ["id", "label"],
                                 values: (0..<count).flatMap { index in [UUID(), index == 0 ? "text" : Data([1])] as [(any Encodable & Sendable)?] })
            await #expect {
                _ = try await PostgresCopy.insert(mixed, on: sql)
            } throws: { error in
                "\(error)".contains("Data")
            }
            #expect(try await sql.raw("SELECT count(*) AS n FROM copy_mixed").first()?.decode(column: "n", as: Int.self) == 0, "and the connection still answers")
        }
    }
}

@Suite("Time-ordered ids", .serialized)
struct TimeOrderedUUIDTests {
    @Test("Version 7 ids sort by creation time and carry the version and variant bits")
    func ordered() {
        let earlier = UUID.timeOrdered(now: Date(timeIntervalSince1970: 1_800_000_000))
        let later = UUID.timeOrdered(now: Date(timeIntervalSince1970: 1_800_000_000.002))
        #expect(earlier.uuidString < later.uuidString)
        // 1,800,000,000,000 ms is 0x01A3185C5000.
        #expect(earlier.uuidString.hasPrefix("01A3185C-5000-7"))
        #expect(["8", "9", "A", "B"].contains(earlier.uuidString.split(separator: "-")[3].prefix(1)))
        #expect(UUID.timeOrdered() != UUID.timeOrdered())
    }

    @Test("Ids made one after another sort in the order they were made, also within one millisecond")
    func monotonic() {
        let ids = (0..<2000).map { _ in UUID.timeOrdered().uuidString }
        #expect(Set(ids).count == ids.count)
        #expect(zip(ids, ids.dropFirst()).allSatisfy { $0 < $1 })
    }

    @Test("An id's lowercase text is Foundation's uuidString lowercased, character for character")
    func lowercaseText() {
        let edges = [UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)),
                     UUID(uuid: (255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255))]
        for id in edges + (0..<1000).map({ _ in UUID() }) {
            #expect(id.lowercaseText == id.uuidString.lowercased())
        }
    }

    @Test("Random ids are version 4, RFC 9562 variant, and differ from one call to the next")
    func random() {
        let ids = (0..<1000).map { _ in UUID.random().uuidString }
        #expect(Set(ids).count == ids.count)
        #expect(ids.allSatisfy { $0.split(separator: "-")[2].hasPrefix("4") })
        #expect(ids.allSatisfy { ["8", "9", "A", "B"].contains($0.split(separator: "-")[3].prefix(1)) })
        // Random bits: across a thousand ids every hex digit turns up in the last group.
        #expect(Set(ids.flatMap { $0.split(separator: "-")[4] }).count == 16)
    }
}
