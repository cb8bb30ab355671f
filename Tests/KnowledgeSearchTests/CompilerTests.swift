import Testing
@testable import KnowledgeSearch

@Suite("FTS5 and PostgreSQL compilers")
struct CompilerTests {
    func query(_ text: String) throws -> SearchQuery {
        try SearchQuery.parse(text, fields: .sherloc)
    }

    func fts(_ text: String) throws -> FTS5Plan {
        FTS5Compiler.compile(try query(text))
    }

    func pg(_ text: String) throws -> PostgresPlan {
        PostgresCompiler.compile(try query(text))
    }

    // MARK: FTS5

    @Test func ftsTermsAreQuotedAndAnded() throws {
        let plan = try fts("Forced Labour")
        #expect(plan.match == "\"forced\" AND \"labour\"")
        #expect(plan.shortTerms.isEmpty && plan.filters.isEmpty && plan.residual.isEmpty)
    }

    @Test func ftsPhraseAndOrAndNot() throws {
        #expect(try fts("\"Supreme  Court\"").match == "\"supreme court\"")
        #expect(try fts("trafficking OR smuggling").match == "\"trafficking\" OR \"smuggling\"")
        #expect(try fts("(trafficking OR smuggling) victim").match == "(\"trafficking\" OR \"smuggling\") AND \"victim\"")
        #expect(try fts("trafficking -smuggling -organ").match == "\"trafficking\" NOT (\"smuggling\" OR \"organ\")")
        // Words of any length are indexed, so single letters are terms too (OR binds loosest).
        #expect(try fts("a b OR x -(y z)").match == "(\"a\" AND \"b\") OR (\"x\" NOT (\"y\" AND \"z\"))")
    }

    @Test func ftsEscapesQuotesAndKeepsOperatorsLiteral() throws {
        // Inner quotes doubled; the user's OR/NEAR/* stay inside a string.
        let plan = try fts("court:\"x\" \"say \"\"hello\"\" OR NEAR(a b)\"")
        #expect(plan.filters == [FieldFilter(field: "court", values: ["x"])])
        // The lexer reads `"say "` `"hello"` `" OR NEAR(a b)"` as three phrases.
        #expect(plan.match == "\"say\" AND \"hello\" AND \"or near(a b)\"")
        #expect(FTS5Syntax.quote("a\"b") == "\"a\"\"b\"")
    }

    @Test func ftsInjectionAttemptsStayStrings() throws {
        // Typed into the search box, a stray quote is a parse error, so nothing reaches SQL.
        #expect(throws: QueryError.self) { try query("\") OR 1=1 --") }
        #expect(throws: QueryError.self) { try query("x\") OR 1=1 --") }
        // Built programmatically, the quote reaches the compiler and is doubled.
        let programmatic = FTS5Compiler.compile(SearchQuery(root: .term("\") OR 1=1 --")))
        #expect(programmatic.match == "\"\"\") or 1=1 --\"")
        let drop = try fts("'; DROP TABLE documents; --")
        #expect(drop.match == "\"drop\" AND \"table\" AND \"documents;\"")
        #expect(drop.shortTerms.map(\.pattern.pattern) == ["%';%", "%--%"])
    }

    @Test func ftsLoneIdeographsAndPunctuationUseLikeWithEscapes() throws {
        // A lone Han character may stand second in an indexed bigram, and text
        // without letters or digits has no tokens: both are substring searches.
        let plan = try fts("劳 un 5% %_ \\ trafficking")
        #expect(plan.match == "\"un\" AND \"5%\" AND \"trafficking\"")
        #expect(plan.shortTerms.map(\.pattern.pattern) == ["%劳%", "%\\%\\_%", "%\\\\%"])
        #expect(plan.shortTerms.allSatisfy { !$0.negated })
        #expect(plan.shortTerms.first?.pattern.escapeCharacter == "\\")
        // Two or more Han characters are the phrase of their bigrams.
        #expect(try fts("劳动").match == "\"劳动\"")
        #expect(try fts("劳动监察").match == "\"劳动 动监 监察\"")
        #expect(try fts("\"ILO 国家转介机制\"").match == "\"ilo 国家 家转 转介 介机 机制\"")
    }

    @Test func ftsNegativeOnly() throws {
        let plan = try fts("-trafficking -smuggling")
        #expect(plan.match == nil)
        #expect(plan.excludedMatch == "\"trafficking\" OR \"smuggling\"")
        #expect(plan.isNegativeOnly)
        let sql = plan.whereClause(FTS5Target(table: "docs", textColumn: "body"))
        #expect(sql.sql == "NOT rowid IN (SELECT rowid FROM \"docs\" WHERE \"docs\" MATCH ?1)")
        #expect(sql.bindings == [.text("\"trafficking\" OR \"smuggling\"")])
        let short = try fts("-劳")
        #expect(short.shortTerms == [SubstringCondition(pattern: LikePattern(term: "劳"), negated: true)])
    }

    @Test func ftsFiltersMergeAcrossOr() throws {
        let plan = try fts("trafficking (country:MEX OR country:GTM) year:2015..2020 -verdict:acquitted")
        #expect(plan.match == "\"trafficking\"")
        #expect(plan.filters == [
            FieldFilter(field: "country", values: ["MEX", "GTM"]),
            FieldFilter(field: "year", range: NumericRange(lower: 2015, upper: 2020)),
            FieldFilter(field: "verdict", values: ["acquitted"], negated: true),
        ])
        let sql = plan.whereClause(FTS5Target(table: "docs", textColumn: "body", filterColumns: ["year": "decision_year"]))
        #expect(sql.sql == "(rowid IN (SELECT rowid FROM \"docs\" WHERE \"docs\" MATCH ?1) AND (\"country\" IN (?2, ?3)) AND (\"decision_year\" BETWEEN ?4 AND ?5) AND NOT (\"verdict\" = ?6))")
        #expect(sql.bindings == [.text("\"trafficking\""), .text("MEX"), .text("GTM"), .integer(2015), .integer(2020), .text("acquitted")])
    }

    @Test("On an FTS5 table, facet membership tests only filter what the MATCH finds (+rowid)")
    func ftsFacetTestsFilterOnly() throws {
        let plan = try fts("debt country:GBR")
        let facets = FacetTable(table: "facets", rowKey: "rowid", filtersOnly: true)
        let sql = plan.whereClause(FTS5Target(table: "docs", textColumn: "body", facets: facets), ranked: true)
        #expect(sql.sql == "(\"docs\" MATCH ?1 AND (+\"rowid\" IN (SELECT \"key\" FROM \"facets\" WHERE \"field\" = ?2 AND \"value\" IN (?3))))")
        let plain = plan.whereClause(FTS5Target(table: "docs", textColumn: "body", facets: FacetTable(table: "facets", rowKey: "rowid")), ranked: true)
        #expect(plain.sql.contains("(\"rowid\" IN (SELECT"))
    }

    @Test func ftsMixedOrGoesToResidual() throws {
        let plan = try fts("trafficking OR 劳 OR country:CHN")
        #expect(plan.match == nil)
        #expect(plan.residual == [.any([.textMatch("\"trafficking\""), .substring(LikePattern(term: "劳")), .filter(FieldFilter(field: "country", values: ["CHN"]))])])
        // Words and Chinese terms share one MATCH.
        #expect(try fts("trafficking OR 劳动 OR country:CHN").residual == [.any([.textMatch("\"trafficking\" OR \"劳动\""), .filter(FieldFilter(field: "country", values: ["CHN"]))])])
    }

    @Test func identifiersAreQuoted() {
        #expect(SQLIdentifier.quote("we\"ird") == "\"we\"\"ird\"")
    }

    // MARK: PostgreSQL

    @Test func pgLexemesAndOperators() throws {
        #expect(try pg("Forced Labour").tsquery == "'forced' & 'labour'")
        #expect(try pg("\"forced labour\" OR servitude").tsquery == "('forced' <-> 'labour') | 'servitude'")
        #expect(try pg("anti-trafficking").tsquery == "'anti' <-> 'trafficking'")
        #expect(try pg("trafficking -smuggling").tsquery == "'trafficking' & !'smuggling'")
        #expect(try pg("Café").tsquery == "'cafe'")
    }

    @Test func pgNegativeOnlyIsAValidTsquery() throws {
        #expect(try pg("-trafficking").tsquery == "!'trafficking'")
        #expect(try pg("NOT (a OR b)").tsquery == "!('a' | 'b')")
    }

    @Test func pgApostrophesAndInjection() throws {
        // Apostrophes split words, so no quote character can reach a lexeme.
        let drop = try pg("'; DROP TABLE documents; --")
        #expect(drop.tsquery == "'drop' & 'table' & 'documents'")
        #expect(drop.patterns.map(\.pattern.pattern) == ["%';%", "%--%"])
        #expect(try pg("o'brien").tsquery == "'o' <-> 'brien'")
        #expect(PostgresSyntax.quote("it's\\") == "'it''s\\\\'")
        // Nothing but punctuation: searched literally with ILIKE.
        #expect(try pg("--").patterns == [SubstringCondition(pattern: LikePattern(term: "--"), negated: false)])
    }

    @Test func pgCJKUsesBigramPhrases() throws {
        let plan = try pg("国家转介机制 ILO劳动监察2019 country:CHN")
        #expect(plan.tsquery == "('国家' <-> '家转' <-> '转介' <-> '介机' <-> '机制') & ('ilo' <-> '劳动' <-> '动监' <-> '监察' <-> '2019')")
        #expect(plan.patterns.isEmpty)
        #expect(plan.filters == [FieldFilter(field: "country", values: ["CHN"])])
        // A lone character may stand second in an indexed bigram: ILIKE on the text.
        let lone = try pg("劳 country:CHN")
        #expect(lone.tsquery == nil)
        #expect(lone.patterns.map(\.pattern.pattern) == ["%劳%"])
        let sql = lone.whereClause(PostgresTarget(textColumn: "body", tsvectorColumn: "tsv"))
        #expect(sql.sql == "(\"body\" ILIKE $1 ESCAPE '\\' AND (\"country\" = $2))")
    }

    @Test func pgLikeEscaping() throws {
        #expect(try pg("%_").patterns.map(\.pattern.pattern) == ["%\\%\\_%"])
    }
}
