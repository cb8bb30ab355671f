import AuditTrail
import Fluent
import Foundation
import Interchange
import KnowledgeBase
import Localization
import Storage
import Vapor

/// Imports knowledge-portal records from JSON or CSV (`KnowledgeJSONLayout`,
/// `KnowledgeCSVLayout`). Each row is read, its attachment's text extracted,
/// checked like an editor's input and stored on its own, so a bad row is
/// reported (row, column, value, message) and never stops the others, and a
/// row already imported (same `sourceId`) is skipped.
struct KnowledgeImport {
    let app: Application
    let author: KnowledgeEditing.Author
    /// Publish rows that do not say otherwise.
    let publishByDefault: Bool

    func run(url: URL, errorsURL: URL?) async throws -> (summary: ImportSummary, errors: [ImportRowError]) {
        let outcomes: [KnowledgeImportOutcome]
        do {
            outcomes = try await BlockingWait.onThread { try Self.read(url) }
        } catch let problem as KnowledgeImportProblem {
            var summary = ImportSummary()
            summary.errors = 1
            let errors = [ImportRowError(row: problem.row, column: problem.column, value: problem.value, message: problem.message)]
            try write(errors, to: errorsURL)
            return (summary, errors)
        }
        var summary = ImportSummary()
        var errors: [ImportRowError] = []
        let editing = KnowledgeEditing(database: app.db, context: app.libertas)
        for outcome in outcomes {
            summary.read += 1
            switch outcome {
            case .rejected(let problems):
                summary.errors += 1
                errors += problems.map { ImportRowError(row: $0.row, column: $0.column, value: $0.value, message: $0.message) }
            case .record(let row):
                if let source = row.sourceID, try await KnowledgeRecordModel.query(on: app.db).filter(\.$sourceID == source).count() > 0 {
                    summary.skipped += 1
                    continue
                }
                do {
                    var record = row.record
                    if let attachment = row.attachment {
                        let file = URL(fileURLWithPath: attachment, relativeTo: url.deletingLastPathComponent())
                        let text = try await BlockingWait.onThread { try DocumentText.extract(file) }
                        if !record.texts.isEmpty, record.texts[0].body.isEmpty { record.texts[0].body = text }
                    }
                    let valid = try await editing.validated(record)
                    _ = try await editing.insert(valid, sourceID: row.sourceID, author: author, publish: row.publish ?? publishByDefault)
                    summary.imported += 1
                } catch let problem as DocumentText.Problem {
                    summary.errors += 1
                    errors.append(ImportRowError(row: row.row, column: "attachment", value: row.attachment ?? "", message: problem.description))
                } catch let error as AppError where !error.fieldErrors.isEmpty {
                    summary.errors += 1
                    let english = Localizer(.english)
                    errors += error.fieldErrors.map {
                        ImportRowError(row: row.row, column: KnowledgeCSVLayout.column(forPath: $0.field), value: "", message: "\($0.field): \($0.message(english))")
                    }
                }
            }
        }
        try write(errors, to: errorsURL)
        return (summary, errors)
    }

    /// Every row of the file, by its extension: `.json`, or CSV otherwise.
    static func read(_ url: URL) throws -> [KnowledgeImportOutcome] {
        if url.pathExtension.lowercased() == "json" { return try KnowledgeJSONLayout.read(try Data(contentsOf: url)) }
        var outcomes: [KnowledgeImportOutcome] = []
        try RowSource(url: url).forEachRow({ row, cells in
            outcomes.append(KnowledgeCSVLayout.read(row: row, cells))
        }, unreadable: { row, message in
            outcomes.append(.rejected([KnowledgeImportProblem(row: row, column: "", value: "", message: message)]))
        })
        return outcomes
    }

    private func write(_ errors: [ImportRowError], to url: URL?) throws {
        guard let url else { return }
        let writer = try CSVWriter(url: url)
        try writer.write(["row", "column", "value", "message"])
        for error in errors { try writer.write([String(error.row), error.column, error.value, error.message]) }
        try writer.close()
    }
}

/// The command line's way in: `libertas import knowledge FILE`.
public enum KnowledgeFileImport {
    /// Imports `url`, writes rejected rows to `errorsURL`, and audits each record as made by the command line.
    public static func run(_ app: Application, url: URL, errorsURL: URL, publish: Bool) async throws -> ImportSummary {
        let author = KnowledgeEditing.Author(userID: nil, actor: .system("cli"), origin: .commandLine)
        return try await KnowledgeImport(app: app, author: author, publishByDefault: publish).run(url: url, errorsURL: errorsURL).summary
    }
}
