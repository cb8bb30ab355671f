import Foundation
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

    @Test("Quotes, backslashes, control characters and non-ASCII text come out as valid JSON that reads back the same")
    func escaping() throws {
        var summary = AuditSummary()
        let awkward = "say \"hi\"\\ \n\t\u{01} 李娜 / Ωmega"
        summary.note("reason", awkward)
        summary.set("Zeta", from: nil, to: "é")
        let json = summary.canonicalJSON
        #expect(json.contains(#"\u0001"#))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect((object["notes"] as? [String: String])?["reason"] == awkward)
        #expect(((object["changed"] as? [String: Any])?["Zeta"] as? [String: Any])?["to"] as? String == "é")
    }
}
