import Foundation
import Testing
@testable import Webhooks

@Suite("Webhook signatures")
struct WebhookSignatureTests {
    /// RFC 4231, test case 2: HMAC-SHA-256 with key "Jefe".
    @Test("HMAC-SHA256 matches RFC 4231 test case 2")
    func rfc4231() {
        let mac = WebhookSignature.hmacSHA256Hex(key: Data("Jefe".utf8), data: Data("what do ya want for nothing?".utf8))
        #expect(mac == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
    }

    @Test("The signature covers timestamp and body; verification refuses any change")
    func signAndVerify() {
        let body = Data(#"{"id":"1"}"#.utf8)
        let signature = WebhookSignature.sign(secret: "s3cret", timestamp: 1_700_000_000, body: body)
        #expect(signature.hasPrefix("sha256="))
        // The same HMAC computed independently over "timestamp.body".
        #expect(signature == "sha256=" + WebhookSignature.hmacSHA256Hex(key: Data("s3cret".utf8), data: Data(#"1700000000.{"id":"1"}"#.utf8)))
        #expect(WebhookSignature.verify(signature, secret: "s3cret", timestamp: 1_700_000_000, body: body))
        #expect(!WebhookSignature.verify(signature, secret: "other", timestamp: 1_700_000_000, body: body))
        #expect(!WebhookSignature.verify(signature, secret: "s3cret", timestamp: 1_700_000_001, body: body))
        #expect(!WebhookSignature.verify(signature, secret: "s3cret", timestamp: 1_700_000_000, body: Data(#"{"id":"2"}"#.utf8)))
        #expect(!WebhookSignature.verify("sha1=abc", secret: "s3cret", timestamp: 1_700_000_000, body: body))
    }

    @Test("The payload carries ids, type and time only, keys sorted")
    func payload() throws {
        let id = UUID(uuidString: "018F0000-0000-7000-8000-000000000001")!
        let org = UUID(uuidString: "00000000-0000-4000-8000-000000000002")!
        let subject = UUID(uuidString: "00000000-0000-4000-8000-000000000003")!
        let payload = WebhookPayload(id: id, type: "referral.received", occurredAt: Date(timeIntervalSince1970: 1_700_000_000), organisationId: org, subjectId: subject, caseId: nil)
        let text = String(decoding: try payload.encoded(), as: UTF8.self)
        #expect(text == #"{"caseId":null,"id":"018F0000-0000-7000-8000-000000000001","occurredAt":"2023-11-14T22:13:20Z","organisationId":"00000000-0000-4000-8000-000000000002","subjectId":"00000000-0000-4000-8000-000000000003","type":"referral.received"}"#)
    }
}

@Suite("Webhook retries and addresses")
struct RetryScheduleTests {
    @Test("Attempt n waits base × 2^(n−1), capped, plus at most the jitter share")
    func backOff() {
        let schedule = RetrySchedule(maximumAttempts: 8, baseDelay: 30, maximumDelay: 600, jitter: 0.2)
        #expect((1...7).map { schedule.baseDelay(afterAttempt: $0) } == [30, 60, 120, 240, 480, 600, 600])
        #expect(schedule.next(afterAttempt: 1, random: 0) == .retry(after: 30))
        #expect(schedule.next(afterAttempt: 3, random: 0.5) == .retry(after: 120 + 12))
        #expect(schedule.next(afterAttempt: 2, random: 1) == .retry(after: 72))
    }

    @Test("After the last attempt a delivery fails for good")
    func giveUp() {
        let schedule = RetrySchedule(maximumAttempts: 3, baseDelay: 1, maximumDelay: 10, jitter: 0)
        #expect(schedule.next(afterAttempt: 2, random: 0.3) == .retry(after: 2))
        #expect(schedule.next(afterAttempt: 3, random: 0.3) == .giveUp)
        #expect(schedule.next(afterAttempt: 9, random: 0.3) == .giveUp)
    }

    @Test("HTTPS is required except on this machine; credentials and other schemes are refused")
    func addresses() {
        #expect((try? WebhookURL.validate(" https://hooks.example.org/libertas ").get())?.absoluteString == "https://hooks.example.org/libertas")
        #expect((try? WebhookURL.validate("http://127.0.0.1:9000/hook").get()) != nil)
        #expect((try? WebhookURL.validate("http://localhost/hook").get()) != nil)
        #expect((try? WebhookURL.validate("http://[::1]:8080/hook").get()) != nil)
        #expect(WebhookURL.validate("http://hooks.example.org/hook") == .failure(.needsHTTPS))
        #expect(WebhookURL.validate("https://user:pw@hooks.example.org/") == .failure(.hasCredentials))
        #expect(WebhookURL.validate("ftp://hooks.example.org/") == .failure(.malformed))
        #expect(WebhookURL.validate("not a url") == .failure(.malformed))
        #expect(WebhookURL.validate("") == .failure(.malformed))
    }
}
