import Foundation
import Testing
@testable import KnowledgeSearch

/// Runs compiled FTS5 plans against a real SQLite FTS5 table, with the
/// tokenizer and indexed text form (`IndexText`) the application uses, through
/// the `sqlite3` command-line shell (the library itself stays database-free).
@Suite("SQLite FTS5 validation")
struct SQLiteValidationTests {
    static let sqlite = "/usr/bin/sqlite3"

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: sqlite), "sqlite3 is not installed at /usr/bin/sqlite3"))
    func plansReturnExactlyTheExpectedRows() throws {
        let target = FTS5Target(table: "docs", textColumn: "body")
        var script = """
        CREATE VIRTUAL TABLE docs USING fts5(body, country UNINDEXED, year UNINDEXED, verdict UNINDEXED, tokenize='porter unicode61 remove_diacritics 0');

        """
        for row in ValidationCorpus.rows {
            script += "INSERT INTO docs(rowid, body, country, year, verdict) VALUES (\(row.id), \(ValidationCorpus.sqliteLiteral(.text(IndexText.make(TextNormaliser.normalise(row.body))))), '\(row.country)', \(row.year), '\(row.verdict)');\n"
        }
        let cases = ValidationCorpus.cases
        for (number, testCase) in cases.enumerated() {
            let plan = FTS5Compiler.compile(testCase.query)
            let sql = ValidationCorpus.inline(plan.whereClause(target), prefix: "?", literal: ValidationCorpus.sqliteLiteral)
            script += "SELECT 'R\(number):' || coalesce((SELECT group_concat(rowid, ',') FROM (SELECT rowid FROM docs WHERE \(sql) ORDER BY rowid)), '');\n"
        }
        // The injection cases must not have touched the table.
        script += "SELECT 'COUNT:' || count(*) FROM docs;\n"

        let result = try #require(TestSupport.run(Self.sqlite, ["-batch", ":memory:"], input: script))
        #expect(result.stderr.isEmpty, "sqlite3 reported: \(result.stderr)")
        let results = ValidationCorpus.results(result.stdout)
        for (number, testCase) in cases.enumerated() {
            #expect(results[number] == testCase.sqlite, "case \(number): \(testCase.query.root) → \(FTS5Compiler.compile(testCase.query).condition)")
        }
        #expect(result.stdout.contains("COUNT:6"))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: sqlite), "sqlite3 is not installed at /usr/bin/sqlite3"))
    func matchStringAloneWorksInPlainMatch() throws {
        // The flat `match` field is meant for `WHERE docs MATCH ?`; check it directly too.
        let plan = FTS5Compiler.compile(ValidationCorpus.parse("(trafficking OR smuggling) -court"))
        let match = try #require(plan.match)
        #expect(match == "(\"trafficking\" OR \"smuggling\") NOT \"court\"")
        var script = "CREATE VIRTUAL TABLE docs USING fts5(body, tokenize='porter unicode61 remove_diacritics 0');\n"
        for row in ValidationCorpus.rows {
            script += "INSERT INTO docs(rowid, body) VALUES (\(row.id), \(ValidationCorpus.sqliteLiteral(.text(IndexText.make(TextNormaliser.normalise(row.body))))));\n"
        }
        script += "SELECT 'R0:' || coalesce((SELECT group_concat(rowid, ',') FROM (SELECT rowid FROM docs WHERE docs MATCH \(ValidationCorpus.sqliteLiteral(.text(match))) ORDER BY rowid)), '');\n"
        let result = try #require(TestSupport.run(Self.sqlite, ["-batch", ":memory:"], input: script))
        #expect(result.stderr.isEmpty, "sqlite3 reported: \(result.stderr)")
        #expect(ValidationCorpus.results(result.stdout)[0] == [1])
    }
}
