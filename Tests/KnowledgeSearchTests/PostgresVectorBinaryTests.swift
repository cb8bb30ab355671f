import KnowledgeSearch
import Testing

/// `PostgresVector.binary` writes the form PostgreSQL's `tsvectorrecv` reads
/// (src/backend/utils/adt/tsvector.c: an int32 lexeme count, then per lexeme
/// its bytes, a zero, a uint16 position count and uint16 positions, big-endian).
/// The expected bytes here are written out by hand from that layout; the
/// PostgreSQL suite (`KnowledgePostgresVectorTests`) checks the server reads
/// them as its own `to_tsvector` would make them.
@Suite("tsvector binary form")
struct PostgresVectorBinaryTests {
    static func terms(_ text: String) -> PostgresVector.Terms {
        PostgresVector.terms(ofIndexText: IndexText.make(text), limit: 400_000)
    }

    @Test("Tokens that share a lexeme share its entry, with their positions in order")
    func sharedLexeme() {
        let stems = ["forced": "forc", "labour": "labour", "force": "forc"]
        let bytes = PostgresVector.binary(Self.terms("forced labour force")) { stems[$0] }
        #expect(bytes == [
            0, 0, 0, 2,
            0x66, 0x6F, 0x72, 0x63, 0, 0, 2, 0, 1, 0, 3, // "forc", 2 positions: 1, 3
            0x6C, 0x61, 0x62, 0x6F, 0x75, 0x72, 0, 0, 1, 0, 2, // "labour", 1 position: 2
        ])
    }

    @Test("Positions stop at 255 per lexeme and at 16,383, as PostgreSQL's own vectors do")
    func caps() throws {
        let repeated = try #require(PostgresVector.binary(Self.terms(String(repeating: "labour ", count: 300))) { $0 })
        #expect(Array(repeated.prefix(11)) == [0, 0, 0, 1, 0x6C, 0x61, 0x62, 0x6F, 0x75, 0x72, 0])
        #expect(Array(repeated[11..<13]) == [0, 255])
        #expect(repeated.count == 13 + 255 * 2)
        #expect(Array(repeated.suffix(2)) == [0, 255], "the 255th position is 255")

        // 16,383 words, then two more: both later words stand at 16,383, once.
        let late = try #require(PostgresVector.binary(Self.terms(String(repeating: "a ", count: 16_383) + "court court")) { $0 })
        let court: [UInt8] = [0x63, 0x6F, 0x75, 0x72, 0x74, 0]
        let start = try #require(late.indices.first { Array(late[$0...].prefix(court.count)) == court })
        #expect(Array(late[(start + court.count)...]) == [0, 1, 0x3F, 0xFF])
    }

    @Test("A token without a regular lexeme leaves the vector to the server")
    func irregular() {
        #expect(PostgresVector.binary(Self.terms("forced labour")) { $0 == "labour" ? nil : $0 } == nil)
    }
}
