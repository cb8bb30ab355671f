import Crypto
import Foundation

/// A hashcash-style proof of work instead of a third-party CAPTCHA: the page
/// gets a challenge, the browser finds a nonce such that
/// SHA-256(`challenge:nonce`) starts with `bits` zero bits (a fraction of a
/// second for one person, costly for a spammer sending thousands), and the
/// server checks it with one hash.
///
/// Challenges are signed with a server key and carry their issue time, so the
/// server keeps no state and a challenge cannot be forged or used after it expires.
public struct ProofOfWork: Sendable {
    public let key: SymmetricKey
    /// Leading zero bits required; 16 takes about 65,000 hashes on average.
    public let bits: Int
    /// How long a challenge stays valid.
    public let lifetime: TimeInterval

    public init(key: SymmetricKey, bits: Int = 16, lifetime: TimeInterval = 600) {
        self.key = key
        self.bits = min(32, max(0, bits))
        self.lifetime = lifetime
    }

    /// A new challenge: `<issued unix seconds>.<random hex>.<signature hex>`.
    public func challenge(now: Date) -> String {
        var random = SystemRandomNumberGenerator()
        let salt = (0..<8).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &random)) }.joined()
        let body = "\(Int(now.timeIntervalSince1970)).\(salt)"
        return body + "." + signature(body)
    }

    /// Whether `nonce` solves `challenge` and the challenge is ours and fresh.
    public func verify(challenge: String, nonce: String, now: Date) -> Bool {
        let parts = challenge.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 3, nonce.count <= 64, let issued = TimeInterval(parts[0]) else { return false }
        let body = parts[0] + "." + parts[1]
        guard constantTimeEqual(signature(body), parts[2]) else { return false }
        let age = now.timeIntervalSince1970 - issued
        guard age >= -60, age <= lifetime else { return false }
        return Self.leadingZeroBits(SHA256.hash(data: Data("\(challenge):\(nonce)".utf8))) >= bits
    }

    /// When a challenge of ours was issued, or nil when it is not ours or malformed.
    /// The form's fallback for browsers without scripts uses it to check that the
    /// form was open long enough for a person to fill it in.
    public func issueTime(of challenge: String) -> Date? {
        let parts = challenge.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 3, let issued = TimeInterval(parts[0]) else { return nil }
        guard constantTimeEqual(signature(parts[0] + "." + parts[1]), parts[2]) else { return nil }
        return Date(timeIntervalSince1970: issued)
    }

    /// Finds a nonce (what the browser's script does; used by tests and load scripts).
    public static func solve(challenge: String, bits: Int) -> String {
        var nonce = 0
        while leadingZeroBits(SHA256.hash(data: Data("\(challenge):\(nonce)".utf8))) < bits { nonce += 1 }
        return String(nonce)
    }

    static func leadingZeroBits(_ digest: SHA256.Digest) -> Int {
        var count = 0
        for byte in digest {
            if byte == 0 { count += 8; continue }
            count += byte.leadingZeroBitCount
            break
        }
        return count
    }

    private func signature(_ body: String) -> String {
        HMAC<SHA256>.authenticationCode(for: Data(body.utf8), using: key).map { String(format: "%02x", $0) }.joined()
    }

    private func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
