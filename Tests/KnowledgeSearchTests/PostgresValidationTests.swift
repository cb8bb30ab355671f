import Foundation
import Testing
@testable import KnowledgeSearch

/// Runs compiled PostgreSQL plans against a temporary table through `psql`,
/// when the test database is reachable.
@Suite("PostgreSQL validation")
struct PostgresValidationTests {
    static let psql = "/usr/bin/psql"
    /// The test database the other suites use (`LIBERTAS_TEST_DATABASE_URL`), or CI's default.
    static let url: String = {
        let configured = ProcessInfo.processInfo.environment["LIBERTAS_TEST_DATABASE_URL"].flatMap { $0.isEmpty ? nil : $0 }
            ?? "postgres://libertas:libertas@127.0.0.1:5432/libertas_test"
        // psql takes libpq URLs; keep the connection short when the database is absent.
        return configured + (configured.contains("?") ? "&" : "?") + "connect_timeout=3"
    }()

    static let available: Bool = {
        guard let result = TestSupport.run(psql, [url, "-X", "-At", "-c", "SELECT 1"], input: "") else { return false }
        return result.status == 0 && result.stdout.hasPrefix("1")
    }()

    @Test(.enabled(if: available, "PostgreSQL is not reachable at libertas_test (or psql is missing)"))
    func plansReturnExactlyTheExpectedRows() throws {
        let target = PostgresTarget(textColumn: "body", tsvectorColumn: "tsv")
        // A temporary table disappears with the session, so nothing is left behind.
        var script = """
        CREATE TEMP TABLE docs (id int PRIMARY KEY, body text NOT NULL, country text, year int, verdict text, indexed text NOT NULL,
            tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple', indexed)) STORED);

        """
        for row in ValidationCorpus.rows {
            let indexed = ValidationCorpus.postgresLiteral(.text(IndexText.make(TextNormaliser.normalise(row.body))))
            script += "INSERT INTO docs VALUES (\(row.id), \(ValidationCorpus.postgresLiteral(.text(row.body))), '\(row.country)', \(row.year), '\(row.verdict)', \(indexed));\n"
        }
        let cases = ValidationCorpus.cases
        for (number, testCase) in cases.enumerated() {
            let plan = PostgresCompiler.compile(testCase.query)
            let sql = ValidationCorpus.inline(plan.whereClause(target), prefix: "$", literal: ValidationCorpus.postgresLiteral)
            script += "SELECT 'R\(number):' || coalesce((SELECT string_agg(id::text, ',' ORDER BY id) FROM docs WHERE \(sql)), '');\n"
        }
        script += "SELECT 'COUNT:' || count(*) FROM docs;\n"

        let result = try #require(TestSupport.run(Self.psql, [Self.url, "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1"], input: script))
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty, "psql reported: \(result.stderr)")
        let results = ValidationCorpus.results(result.stdout)
        for (number, testCase) in cases.enumerated() {
            #expect(results[number] == testCase.postgres, "case \(number): \(testCase.query.root) → \(PostgresCompiler.compile(testCase.query).condition)")
        }
        #expect(result.stdout.contains("COUNT:6"))
    }
}
