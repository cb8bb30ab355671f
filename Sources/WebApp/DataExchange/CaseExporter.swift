import AccessControl
import AuditTrail
import CaseModel
import Fluent
import Foundation
import Interchange
import Storage

/// Writes cases to an HTCDS CSV file, one row per victim, page by page so
/// memory stays flat however many cases there are. The export is audited as
/// one bulk read.
struct CaseExporter {
    let database: any Database
    let context: LibertasContext

    static let pageSize = 500

    /// Exports the cases `filter` admits; returns how many victim rows were written.
    @discardableResult
    func exportHTCDS(to url: URL, filter: RecordFilter, actor: AuditEvent.Actor, origin: AuditEvent.Origin, organisationID: UUID? = nil) async throws -> Int {
        let (perpetrators, events) = try await widths()
        let writer = try CSVWriter(url: url)
        try writer.write(HTCDSLayout.header(perpetrators: perpetrators, events: events))
        var cursor: Cursor?
        var written = 0
        var cases = 0
        repeat {
            var criteria = CaseCriteria()
            criteria.sort = .oldest
            criteria.organisationID = organisationID
            let page = try await CaseQueries.list(on: database, filter: filter, criteria: criteria, after: cursor, limit: Self.pageSize)
            let models = try await CaseFileModel.query(on: database).filter(\.$id ~~ page.items.map(\.id)).all()
            let byID = Dictionary(models.compactMap { model in model.id.map { ($0, model) } }, uniquingKeysWith: { first, _ in first })
            for view in try await CaseFileLoader(database: database, context: context).load(page.items.compactMap { byID[$0.id] }) {
                for row in Self.rows(view) {
                    try writer.write(HTCDSLayout.encode(row, perpetrators: perpetrators, events: events))
                    written += 1
                }
                cases += 1
            }
            cursor = try Cursor.parse(page.nextCursor)
        } while cursor != nil
        try writer.close()
        var summary = AuditSummary()
        summary.note("format", "htcds")
        summary.note("cases", String(cases))
        summary.note("rows", String(written))
        try await context.audit.record(AuditEvent(actor: actor, origin: origin, action: "case.export", recordType: "caseFile", organisationID: organisationID, summary: summary), on: database)
        return written
    }

    /// One row per victim; a case without victims still gets a row, so nothing is left out.
    static func rows(_ view: CaseFileView) -> [HTCDSCaseRow] {
        let perpetrators = view.perpetrators.map { HTCDSCaseRow.Perpetrator(person: $0.person, context: $0.context) }
        let caseWide = view.events.filter { $0.victimID == nil }.map { HTCDSCaseRow.Event(caseWide: true, event: $0.event) }
        guard !view.victims.isEmpty else {
            return [HTCDSCaseRow(caseReference: view.reference, record: view.record, person: PersonRecord(),
                                 victim: VictimContext(identifiedOn: view.record.openedOn.toMonth), perpetrators: perpetrators, events: caseWide)]
        }
        return view.victims.enumerated().map { index, victim in
            let own = view.events.filter { $0.victimID == victim.id }.map { HTCDSCaseRow.Event(caseWide: false, event: $0.event) }
            return HTCDSCaseRow(caseReference: view.reference, record: view.record, person: victim.person, victim: victim.context,
                                perpetrators: perpetrators, events: (index == 0 ? caseWide : []) + own)
        }
    }

    /// The most perpetrators on one case and the most events on one row, for the header.
    func widths() async throws -> (perpetrators: Int, events: Int) {
        let sql = Backend.sqlDatabase(database)
        struct Count: Decodable { let n: Int? }
        let perpetrators = try await sql.raw("SELECT MAX(c) AS n FROM (SELECT COUNT(*) AS c FROM perpetrators GROUP BY case_id) t").first(decoding: Count.self)?.n ?? 0
        let events = try await sql.raw("SELECT MAX(c) AS n FROM (SELECT COUNT(*) AS c FROM trafficking_events GROUP BY case_id) t").first(decoding: Count.self)?.n ?? 0
        return (max(perpetrators, 1), max(events, 3))
    }
}
