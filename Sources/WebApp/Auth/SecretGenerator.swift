import AuditTrail
import Crypto
import Foundation

/// Random secrets: session and API tokens, one-time passwords.
enum SecretGenerator {
    /// 32 random bytes as URL-safe base64 without padding.
    static func token() -> String {
        let bytes = SymmetricKey(size: .bits256).withUnsafeBytes { Data($0) }
        return bytes.base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// A one-time password people can read aloud and type: four groups of five
    /// characters from an alphabet without look-alikes (no 0/O, 1/l/I), about 117 bits.
    static func oneTimePassword() -> String {
        let alphabet = Array("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789")
        var generator = SystemRandomNumberGenerator()
        return (0..<4).map { _ in
            String((0..<5).map { _ in alphabet.randomElement(using: &generator)! })
        }.joined(separator: "-")
    }

    /// SHA-256 in hex: how session and API tokens are stored.
    static func sha256(_ text: String) -> String {
        SHA256.hash(data: Data(text.utf8)).hexString
    }
}
