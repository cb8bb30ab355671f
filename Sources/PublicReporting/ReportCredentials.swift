import Crypto
import Foundation

/// What a reporter keeps to come back to an anonymous report: a short code to
/// quote (`R-7K3M-9Q2X`) and a secret to prove it is theirs. Only a hash of the
/// secret is stored, so the database cannot give it away.
public struct ReportCredentials: Sendable, Equatable {
    public let code: String
    public let secret: String

    /// Crockford's base-32 alphabet: no I, L, O or U, so a code read aloud on
    /// the phone is not misheard.
    static let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")

    /// New random credentials.
    public static func make() -> ReportCredentials {
        var random = SystemRandomNumberGenerator()
        let characters = (0..<8).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &random)] }
        let code = "R-" + String(characters[0..<4]) + "-" + String(characters[4..<8])
        let bytes = (0..<18).map { _ in UInt8.random(in: 0...255, using: &random) }
        let secret = Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
        return ReportCredentials(code: code, secret: secret)
    }

    /// A code as people type it (`r 7k3m 9q2x`, `R-7K3M-9Q2O`) in its stored
    /// form, or nil when it cannot be one. Letters Crockford reads as digits
    /// are mapped back (O → 0, I and L → 1).
    public static func normalisedCode(_ text: String) -> String? {
        var characters = Array(text.uppercased().filter { !$0.isWhitespace && $0 != "-" })
        guard characters.first == "R" else { return nil }
        characters.removeFirst()
        let mapped = characters.map { c -> Character in c == "O" ? "0" : (c == "I" || c == "L") ? "1" : c }
        guard mapped.count == 8, mapped.allSatisfy(alphabet.contains) else { return nil }
        return "R-" + String(mapped[0..<4]) + "-" + String(mapped[4..<8])
    }

    /// The stored form of a secret: SHA-256, hex. Secrets are 144 random bits,
    /// so a fast hash suffices (there is nothing to guess by dictionary).
    public static func hash(_ secret: String) -> String {
        SHA256.hash(data: Data(secret.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// Whether `secret` matches the stored `hash`, in constant time.
    public static func matches(_ secret: String, hash stored: String) -> Bool {
        let computed = Array(hash(secret).utf8), expected = Array(stored.utf8)
        guard computed.count == expected.count else { return false }
        return zip(computed, expected).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
