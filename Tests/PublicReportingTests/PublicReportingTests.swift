import Crypto
import Foundation
import PublicReporting
import Testing

@Suite("Panic alerts")
struct PanicAlertTests {
    static let now = ISO8601DateFormatter().date(from: "2026-11-22T12:00:00Z")!

    @Test("A browser's alert is accepted; a queued one sent days later too")
    func valid() throws {
        let id = UUID()
        let alert = try PanicAlertInput(id: id.uuidString, latitude: 4.711, longitude: -74.0721, accuracyM: 35, sentAt: "2026-11-18T08:15:30.123Z")
            .validated(now: Self.now).get()
        #expect(alert.id == id)
        #expect(alert.location == GeoFix(latitude: 4.711, longitude: -74.0721, accuracyMeters: 35))
        #expect(abs(alert.sentAt.timeIntervalSince(ISO8601DateFormatter().date(from: "2026-11-18T08:15:30Z")!) - 0.123) < 0.001)
        let noFix = try PanicAlertInput(id: UUID().uuidString, latitude: nil, longitude: nil, accuracyM: nil, sentAt: "2026-11-19T09:00:00Z").validated(now: Self.now).get()
        #expect(noFix.location == nil, "an alert without a position still counts")
    }

    @Test("Every problem is named with its field")
    func invalid() {
        let result = PanicAlertInput(id: "not-a-uuid", latitude: 91, longitude: nil, accuracyM: -1, sentAt: "yesterday").validated(now: Self.now)
        guard case .failure(let error) = result else { Issue.record("accepted"); return }
        #expect(Set(error.problems.map(\.field)) == ["id", "latitude", "longitude", "accuracy_m", "sent_at"])
        let future = PanicAlertInput(id: UUID().uuidString, latitude: 0, longitude: 0, accuracyM: nil, sentAt: "2027-01-01T00:00:00Z").validated(now: Self.now)
        #expect((try? future.get()) == nil, "an alert from the future is refused")
        let missing = PanicAlertInput(id: nil, latitude: nil, longitude: nil, accuracyM: nil, sentAt: nil).validated(now: Self.now)
        guard case .failure(let problems) = missing else { Issue.record("accepted"); return }
        #expect(problems.problems.contains(InputProblem("id", .required)) && problems.problems.contains(InputProblem("sent_at", .required)))
    }

    @Test("The JSON keys are the documented ones")
    func keys() throws {
        let json = #"{"id":"6F9619FF-8B86-D011-B42D-00C04FC964FF","latitude":1.5,"longitude":2.5,"accuracy_m":10,"sent_at":"2026-11-22T10:00:00Z"}"#
        let input = try JSONDecoder().decode(PanicAlertInput.self, from: Data(json.utf8))
        #expect(input.accuracyM == 10 && input.sentAt == "2026-11-22T10:00:00Z")
    }
}

@Suite("Report privacy")
struct ReportPrivacyTests {
    @Test("Coordinates are rounded to the policy's grid and the accuracy widened by the most rounding can move them")
    func blurLocation() {
        let policy = ReportPrivacyPolicy(coordinateDecimals: 2)
        let fix = policy.blurred(GeoFix(latitude: 4.71389, longitude: -74.07213, accuracyMeters: 20))
        #expect(fix.latitude == 4.71 && fix.longitude == -74.07)
        // Half a 0.01° cell's diagonal at 4.7° N: 0.5 × 0.01 × 111,320 × √(1 + cos²(4.7°)) ≈ 785 m.
        #expect(abs((fix.accuracyMeters ?? 0) - 20 - 785) < 2)
        let exact = ReportPrivacyPolicy(coordinateDecimals: nil).blurred(GeoFix(latitude: 4.71389, longitude: -74.07213, accuracyMeters: nil))
        #expect(exact.latitude == 4.71389)
    }

    @Test("Date-only keeps the day and drops the time")
    func blurTime() {
        let date = ISO8601DateFormatter().date(from: "2026-11-22T17:45:12Z")!
        #expect(ReportPrivacyPolicy(dateOnly: true).blurred(date) == ISO8601DateFormatter().date(from: "2026-11-22T00:00:00Z")!)
        #expect(ReportPrivacyPolicy(dateOnly: false).blurred(date) == date)
    }
}

@Suite("Abuse protection")
struct AbuseProtectionTests {
    @Test("The limiter allows the limit per window, says when to retry, and forgets quiet keys")
    func limiter() {
        let limiter = SlidingWindowLimiter(limit: 3, window: 60)
        let start = Date(timeIntervalSince1970: 0)
        for second in 0..<3 { #expect(limiter.attempt("10.0.0.1", now: start.addingTimeInterval(Double(second))) == nil) }
        #expect(limiter.attempt("10.0.0.1", now: start.addingTimeInterval(10)) == 50, "the first request leaves the window at 60 s")
        #expect(limiter.attempt("10.0.0.2", now: start.addingTimeInterval(10)) == nil, "keys are counted apart")
        #expect(limiter.attempt("10.0.0.1", now: start.addingTimeInterval(61)) == nil)
        #expect(limiter.attempt("10.0.0.3", now: start.addingTimeInterval(500)) == nil)
        #expect(limiter.rememberedKeys == 1, "addresses quiet for a window are forgotten")
    }

    @Test("A proof of work is found by search and checked with one hash; forged, stale or wrong ones fail")
    func proofOfWork() {
        let pow = ProofOfWork(key: SymmetricKey(size: .bits256), bits: 12, lifetime: 600)
        let now = Date()
        let challenge = pow.challenge(now: now)
        let nonce = ProofOfWork.solve(challenge: challenge, bits: 12)
        #expect(pow.verify(challenge: challenge, nonce: nonce, now: now))
        #expect(!pow.verify(challenge: challenge, nonce: nonce, now: now.addingTimeInterval(601)), "expired")
        let key = SymmetricKey(size: .bits256)
        let (easy, hard) = (ProofOfWork(key: key, bits: 8), ProofOfWork(key: key, bits: 30))
        let easyChallenge = easy.challenge(now: now)
        // A nonce found for 8 bits reaches 30 with probability 2⁻²²: the harder check refuses it.
        #expect(!hard.verify(challenge: easyChallenge, nonce: ProofOfWork.solve(challenge: easyChallenge, bits: 8), now: now))
        let other = ProofOfWork(key: SymmetricKey(size: .bits256), bits: 12)
        #expect(!other.verify(challenge: challenge, nonce: nonce, now: now), "a challenge signed with another key")
        let parts = challenge.split(separator: ".")
        let forged = "\(Int(now.timeIntervalSince1970)).0000000000000000.\(parts[2])"
        #expect(!pow.verify(challenge: forged, nonce: ProofOfWork.solve(challenge: forged, bits: 12), now: now), "a changed challenge breaks its signature")
    }

    @Test("Report codes are Crockford base 32, typed codes are read back, secrets are kept only as hashes")
    func credentials() {
        let credentials = ReportCredentials.make()
        #expect(credentials.code.count == 11 && credentials.code.hasPrefix("R-"))
        #expect(ReportCredentials.normalisedCode(credentials.code.lowercased().replacingOccurrences(of: "-", with: " ")) == credentials.code)
        #expect(ReportCredentials.normalisedCode("r-7k3m-9q2o") == "R-7K3M-9Q20")
        #expect(ReportCredentials.normalisedCode("R-123") == nil)
        let stored = ReportCredentials.hash(credentials.secret)
        #expect(stored != credentials.secret && stored.count == 64)
        #expect(ReportCredentials.matches(credentials.secret, hash: stored))
        #expect(!ReportCredentials.matches(credentials.secret + "x", hash: stored))
        #expect(ReportCredentials.make() != credentials)
    }
}

@Suite("Panic alert details and operator figures")
struct PanicDetailsAndFiguresTests {
    @Test("Registered details are trimmed, dropped when blank, and limited by field")
    func basicData() throws {
        let now = Date()
        let sent = ISO8601DateFormatter().string(from: now)
        let blank = try PanicAlertInput(id: UUID().uuidString, latitude: nil, longitude: nil, accuracyM: nil, sentAt: sent,
                                        basicData: PanicBasicData(name: "  ", phone: nil, note: "")).validated(now: now).get()
        #expect(blank.basicData == nil)
        let kept = try PanicAlertInput(id: UUID().uuidString, latitude: nil, longitude: nil, accuracyM: nil, sentAt: sent,
                                       basicData: PanicBasicData(name: " Rosa ", phone: "+57 300", note: nil)).validated(now: now).get()
        #expect(kept.basicData == PanicBasicData(name: "Rosa", phone: "+57 300", note: nil))
        let long = PanicAlertInput(id: UUID().uuidString, latitude: nil, longitude: nil, accuracyM: nil, sentAt: sent,
                                   basicData: PanicBasicData(name: String(repeating: "a", count: 201), phone: nil, note: nil)).validated(now: now)
        guard case .failure(let problems) = long else { Issue.record("a long name must be refused"); return }
        #expect(problems.problems == [InputProblem("basic_data.name", .tooLong, limit: 200)])
    }

    @Test("Medians of response times, and the checklist's stored form")
    func figures() {
        let figures = ResponseFigures([(received: 0, firstAction: 60, closed: 600), (received: 0, firstAction: 180, closed: nil), (received: 10, firstAction: nil, closed: nil)])
        #expect(figures.count == 3 && figures.acted == 2 && figures.closed == 1)
        #expect(figures.medianToFirstAction == 120 && figures.medianToClose == 600)
        #expect(ResponseFigures([]).medianToFirstAction == nil)
        #expect(OperatorChecklistItem.stored([.riskAssessed, .contacted]) == "contacted,riskAssessed")
        #expect(OperatorChecklistItem.parse("contacted,unknown,riskAssessed") == [.contacted, .riskAssessed])
    }
}
