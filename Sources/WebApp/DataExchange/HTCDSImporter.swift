import CaseModel
import Foundation
import Interchange
import Storage

/// Reads an HTCDS CSV or XLSX file into cases.
///
/// Rows with the same `lbt_CaseReference`, one after the other, are the
/// victims of one case; the case's own fields, perpetrators and case-wide
/// route come from its first row. A row with any bad cell is rejected and
/// reported with its row number; every other row is imported.
struct HTCDSImporter {
    let sink: CaseImportSink
    let progress: (any ImportProgress)?

    /// Rows of one case, as they are gathered.
    struct Group {
        var key: String
        var firstRow: Int
        var rows: [HTCDSCaseRow] = []
    }

    func run(_ source: RowSource, errors: inout [ImportRowError]) throws {
        var group: Group?
        let totalBytes = (try? FileManager.default.attributesOfItem(atPath: source.url.path)[.size] as? Int64) ?? nil
        let sourceName = sink.source
        var collected: [ImportRowError] = []
        let today = PartialDate.today(sink.context.now())
        try source.forEachRow({ number, cells in
            sink.countRead()
            let (decoded, issues) = HTCDSLayout.decode(cells)
            guard let row = decoded else {
                sink.countErrors()
                collected += issues.map { ImportRowError(row: number, column: $0.column, value: $0.value, message: $0.message) }
                return
            }
            let problems = Self.validate(row, today: today)
            guard problems.isEmpty else {
                sink.countErrors()
                // Name the column and repeat the cell, so the error file points at what to correct.
                collected += problems.map { issue in
                    let column = HTCDSLayout.column(forIssueAt: issue.field)
                    return ImportRowError(row: number, column: column ?? issue.field, value: column.flatMap { cells[$0] } ?? "", message: issue.description)
                }
                return
            }
            let key = row.caseReference.map { "ref:\($0)" } ?? "row:\(number)"
            if var current = group, current.key == key {
                current.rows.append(row)
                group = current
            } else {
                if let finished = group { try sink.add(Self.draft(finished, source: sourceName), rows: finished.rows.count) }
                group = Group(key: key, firstRow: number, rows: [row])
            }
        }, unreadable: { number, message in
            sink.countRead()
            sink.countErrors()
            collected.append(ImportRowError(row: number, column: "", value: "", message: message))
        }, bytesRead: { bytes in
            progress?.update(sink.summary, bytesRead: bytes, totalBytes: totalBytes)
        })
        if let finished = group { try sink.add(Self.draft(finished, source: sourceName), rows: finished.rows.count) }
        try sink.finish()
        progress?.update(sink.summary, bytesRead: totalBytes, totalBytes: totalBytes)
        errors += collected
    }

    /// The same checks as for a case typed in a form.
    static func validate(_ row: HTCDSCaseRow, today: PartialDate) -> [ValidationIssue] {
        var issues = RecordValidation.validate(row.record, at: "case", today: today)
        issues += RecordValidation.validate(row.person, at: "prs", today: today)
        issues += RecordValidation.validate(row.victim, of: row.person, at: "vic", today: today)
        for (index, perpetrator) in row.perpetrators.enumerated() {
            issues += RecordValidation.validate(perpetrator.person, at: "per\(index + 1)", today: today)
        }
        for (index, event) in row.events.enumerated() {
            issues += RecordValidation.validate(event.event, at: "hte\(index + 1)", today: today)
        }
        return issues
    }

    /// A case from the rows of one group.
    static func draft(_ group: Group, source: String) -> CaseDraft {
        let first = group.rows[0]
        var draft = CaseDraft(record: first.record)
        draft.preferredReference = first.caseReference
        // The reference identifies the case across re-runs; without one, the file and row do.
        draft.sourceID = "htcds:" + (first.caseReference ?? "\(source)#\(group.firstRow)")
        draft.perpetrators = first.perpetrators.map { (.new($0.person), $0.context) }
        draft.events = first.events.filter(\.caseWide).map { (nil, $0.event) }
        for (index, row) in group.rows.enumerated() {
            draft.victims.append((.new(row.person), row.victim))
            draft.events += row.events.filter { !$0.caseWide }.map { (index, $0.event) }
        }
        return draft
    }
}
