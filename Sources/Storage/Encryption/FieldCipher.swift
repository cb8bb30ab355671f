import AuditTrail
import Crypto
import Foundation

/// Encrypts personal data field by field with AES-256-GCM.
///
/// Each value is bound to where it lives (`table.column` and the row id) as
/// authenticated data, so a ciphertext copied into another row or column fails
/// to decrypt instead of silently showing one person's data as another's.
///
/// Stored form: `v1:` followed by base64 of nonce ‖ ciphertext ‖ tag.
public struct FieldCipher: Sendable {
    private let key: SymmetricKey

    /// The key's fingerprint: an HMAC of a fixed label, safe to store next to the
    /// data so that start-up can tell a wrong key from a corrupted database.
    public let fingerprint: String

    /// - Parameter keyData: exactly 32 bytes.
    public init(keyData: Data) throws {
        guard keyData.count == 32 else { throw FieldCipherError.wrongKeyLength(keyData.count) }
        key = SymmetricKey(data: keyData)
        let mac = HMAC<SHA256>.authenticationCode(for: Data("libertas-key-fingerprint-v1".utf8), using: key)
        fingerprint = Data(mac).prefix(16).hexString
    }

    /// A new random 256-bit key.
    public static func generateKeyData() -> Data {
        SymmetricKey(size: .bits256).withUnsafeBytes { Data($0) }
    }

    /// Encrypts `plaintext` for the field `field` of the row `rowID`.
    public func seal(_ plaintext: String, field: String, rowID: UUID) throws -> String {
        let box = try AES.GCM.seal(Data(plaintext.utf8), using: key, authenticating: Self.context(field, rowID))
        guard let combined = box.combined else { throw FieldCipherError.malformed(field: field) }
        return "v1:" + combined.base64EncodedString()
    }

    /// Decrypts a value written by ``seal(_:field:rowID:)`` for the same field and row.
    public func open(_ stored: String, field: String, rowID: UUID) throws -> String {
        guard stored.hasPrefix("v1:"), let combined = Data(base64Encoded: String(stored.dropFirst(3))) else {
            throw FieldCipherError.malformed(field: field)
        }
        do {
            let box = try AES.GCM.SealedBox(combined: combined)
            let plain = try AES.GCM.open(box, using: key, authenticating: Self.context(field, rowID))
            return String(decoding: plain, as: UTF8.self)
        } catch {
            throw FieldCipherError.cannotDecrypt(field: field)
        }
    }

    /// Encrypts bytes (a file) for the field `field` of the row `rowID`: nonce ‖ ciphertext ‖ tag.
    public func seal(data: Data, field: String, rowID: UUID) throws -> Data {
        let box = try AES.GCM.seal(data, using: key, authenticating: Self.context(field, rowID))
        guard let combined = box.combined else { throw FieldCipherError.malformed(field: field) }
        return combined
    }

    /// Decrypts bytes written by ``seal(data:field:rowID:)``.
    public func open(data: Data, field: String, rowID: UUID) throws -> Data {
        do {
            return try AES.GCM.open(AES.GCM.SealedBox(combined: data), using: key, authenticating: Self.context(field, rowID))
        } catch {
            throw FieldCipherError.cannotDecrypt(field: field)
        }
    }

    /// Like ``seal(_:field:rowID:)`` for an optional value; `nil` and empty stay `nil`.
    public func sealOptional(_ plaintext: String?, field: String, rowID: UUID) throws -> String? {
        guard let plaintext, !plaintext.isEmpty else { return nil }
        return try seal(plaintext, field: field, rowID: rowID)
    }

    /// Like ``open(_:field:rowID:)`` for an optional value.
    public func openOptional(_ stored: String?, field: String, rowID: UUID) throws -> String? {
        guard let stored else { return nil }
        return try open(stored, field: field, rowID: rowID)
    }

    private static func context(_ field: String, _ rowID: UUID) -> Data {
        Data("\(field)|\(rowID.lowercaseText)".utf8)
    }
}

/// Why a field could not be encrypted or decrypted.
public enum FieldCipherError: Error, Equatable, CustomStringConvertible {
    case wrongKeyLength(Int)
    case malformed(field: String)
    case cannotDecrypt(field: String)

    public var description: String {
        switch self {
        case .wrongKeyLength(let count): "the encryption key must be 32 bytes, not \(count)"
        case .malformed(let field): "the stored value of \(field) is not in Libertas's encrypted format"
        case .cannotDecrypt(let field): "the stored value of \(field) cannot be decrypted with this key"
        }
    }
}
