import Foundation
import NIOConcurrencyHelpers
import Testing
@testable import WebApp

@Suite("Recently accepted API tokens")
struct AcceptedTokensTests {
    final class Clock: Sendable {
        let time = NIOLockedValueBox(Date(timeIntervalSince1970: 1_800_000_000))
        func advance(_ seconds: TimeInterval) { time.withLockedValue { $0 += seconds } }
    }

    static func user() -> SignedInUser {
        SignedInUser(id: UUID(), username: "amara", displayName: "Amara", organisationID: UUID(), roles: [.caseWorker], mustChangePassword: false, credential: .token(id: UUID()))
    }

    @Test("An accepted token is remembered for its lifetime only, never past its expiry, and forgotten on demand")
    func lifetime() {
        let clock = Clock()
        let tokens = AcceptedTokens(lifetime: 10, now: { clock.time.withLockedValue { $0 } })
        let user = Self.user()
        tokens.remember(user, tokenHash: "a", expiresAt: nil)
        tokens.remember(user, tokenHash: "b", expiresAt: clock.time.withLockedValue { $0 } + 5)
        #expect(tokens.user(forTokenHash: "a")?.id == user.id)
        #expect(tokens.user(forTokenHash: "b")?.id == user.id)
        #expect(tokens.user(forTokenHash: "c") == nil)
        clock.advance(6)
        #expect(tokens.user(forTokenHash: "a") != nil)
        #expect(tokens.user(forTokenHash: "b") == nil, "an expired token is no longer accepted")
        clock.advance(5)
        #expect(tokens.user(forTokenHash: "a") == nil, "past its lifetime the token is looked up again")
        tokens.remember(user, tokenHash: "a", expiresAt: nil)
        tokens.forgetAll()
        #expect(tokens.user(forTokenHash: "a") == nil)
    }
}
