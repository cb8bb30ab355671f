import Foundation
import Testing
@testable import AuditTrail

@Suite("Audit hash chain")
struct AuditChainTests {
    static let first = AuditEntryContent(
        sequence: 1, timestampMillis: 1_764_000_000_000,
        actorUserID: UUID(uuidString: "6F9619FF-8B86-D011-B42D-00C04FC964FF"), actorLabel: "admin",
        organisationID: nil, action: "user.create", recordType: "user", recordID: "42",
        ipAddress: "127.0.0.1", requestID: "req-1", summary: #"{"changed":{"roles":{"from":null,"to":"analyst"}}}"#,
        previousHash: AuditChain.genesisHash
    )

    /// The expected hash was computed independently with Python's hashlib over the
    /// canonical encoding the documentation describes (each field `len:value\n`,
    /// `-\n` for a missing one, in the documented order):
    ///
    ///     fields = ["libertas-audit-v1", "1", "1764000000000",
    ///               "6f9619ff-8b86-d011-b42d-00c04fc964ff", "admin", None, "user.create", "user", "42",
    ///               "127.0.0.1", "req-1", '{"changed":{"roles":{"from":null,"to":"analyst"}}}', "0" * 64]
    ///     data = b"".join((f"{len(f.encode())}:{f}" if f is not None else "-").encode() + b"\n" for f in fields)
    ///     hashlib.sha256(data).hexdigest()
    @Test("The hash matches an independent computation of the documented encoding")
    func knownVector() {
        #expect(AuditChain.hash(of: Self.first) == "83cd33af56160f13010a3dfa840d7ddef56dc966d59e726d4f270361e2e0ad5d")
    }

    @Test("Every field is covered by the hash")
    func everyFieldCounts() {
        let base = AuditChain.hash(of: Self.first)
        var variants: [AuditEntryContent] = []
        var e = Self.first; e.sequence = 2; variants.append(e)
        e = Self.first; e.timestampMillis += 1; variants.append(e)
        e = Self.first; e.actorUserID = nil; variants.append(e)
        e = Self.first; e.actorLabel = "admin2"; variants.append(e)
        e = Self.first; e.organisationID = UUID(); variants.append(e)
        e = Self.first; e.action = "user.update"; variants.append(e)
        e = Self.first; e.recordType = "organisation"; variants.append(e)
        e = Self.first; e.recordID = "43"; variants.append(e)
        e = Self.first; e.ipAddress = nil; variants.append(e)
        e = Self.first; e.requestID = "req-2"; variants.append(e)
        e = Self.first; e.summary = "{}"; variants.append(e)
        e = Self.first; e.previousHash = String(repeating: "1", count: 64); variants.append(e)
        for variant in variants { #expect(AuditChain.hash(of: variant) != base) }
    }

    @Test("Field boundaries cannot be shifted without changing the hash")
    func boundaries() {
        var a = Self.first; a.action = "user.c"; a.recordType = "reateuser"
        var b = Self.first; b.action = "user.create"; b.recordType = "user"
        #expect(AuditChain.hash(of: a) != AuditChain.hash(of: b))
        var nilID = Self.first; nilID.recordID = nil
        var dashID = Self.first; dashID.recordID = "-"
        #expect(AuditChain.hash(of: nilID) != AuditChain.hash(of: dashID))
    }

    static func chain(_ count: Int) -> [(AuditEntryContent, String)] {
        var entries: [(AuditEntryContent, String)] = []
        var previous = AuditChain.genesisHash
        for index in 1...count {
            var entry = first
            entry.sequence = Int64(index)
            entry.timestampMillis += Int64(index)
            entry.previousHash = previous
            let hash = AuditChain.hash(of: entry)
            entries.append((entry, hash))
            previous = hash
        }
        return entries
    }

    static func verify(_ entries: [(AuditEntryContent, String)]) -> [AuditChainVerifier.Problem] {
        var verifier = AuditChainVerifier()
        return entries.flatMap { verifier.check($0.0, storedHash: $0.1) }
    }

    @Test("An untouched chain verifies")
    func intact() {
        #expect(Self.verify(Self.chain(20)).isEmpty)
    }

    @Test("A changed field is reported at its entry")
    func altered() {
        var entries = Self.chain(10)
        entries[4].0.actorLabel = "someone-else"
        let problems = Self.verify(entries)
        #expect(problems.count == 1)
        #expect(problems.first?.sequence == 5)
        if case .altered = problems.first {} else { Issue.record("expected .altered, got \(problems)") }
    }

    @Test("A re-hashed forgery breaks the link to the next entry")
    func rehashed() {
        var entries = Self.chain(10)
        entries[4].0.summary = "{}"
        entries[4].1 = AuditChain.hash(of: entries[4].0)
        let problems = Self.verify(entries)
        #expect(problems.map(\.sequence) == [6])
        if case .brokenLink = problems.first {} else { Issue.record("expected .brokenLink, got \(problems)") }
    }

    @Test("A removed entry is reported as missing")
    func removed() {
        var entries = Self.chain(10)
        entries.remove(at: 3)
        let problems = Self.verify(entries)
        #expect(problems.contains(.missing(fromSequence: 4, toSequence: 4)))
    }
}
