import Testing
@testable import AuditTrail

@Suite("Audit summary")
struct AuditSummaryTests {
    @Test("Personal fields keep only their name; others keep old and new values")
    func redaction() {
        var summary = AuditSummary()
        summary.set("roles", from: "caseWorker", to: "caseWorker,supervisor")
        summary.setRedacted("email")
        #expect(summary.canonicalJSON == #"{"changed":{"email":"redacted","roles":{"from":"caseWorker","to":"caseWorker,supervisor"}}}"#)
    }

    @Test("Unchanged values are not recorded")
    func unchanged() {
        var summary = AuditSummary()
        summary.set("name", from: "A", to: "A")
        #expect(summary.isEmpty)
        #expect(summary.canonicalJSON == "{}")
    }

    @Test("The same summary always gives the same bytes")
    func canonical() {
        var a = AuditSummary()
        a.note("z", "1"); a.note("a", "2"); a.set("m", from: nil, to: "x")
        var b = AuditSummary()
        b.set("m", from: nil, to: "x"); b.note("a", "2"); b.note("z", "1")
        #expect(a.canonicalJSON == b.canonicalJSON)
        #expect(a.canonicalJSON == #"{"changed":{"m":{"from":null,"to":"x"}},"notes":{"a":"2","z":"1"}}"#)
    }
}
