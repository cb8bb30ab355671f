import AuditTrail
import Crypto
import Foundation
import Linkage

/// Keyed hashes of names for searching without plaintext.
///
/// Each name is normalised (case, diacritics, other scripts transliterated to
/// Latin), split into tokens, and each token is indexed four ways: as it is,
/// by its two Double Metaphone codes, and by its first three letters. A query
/// is hashed the same way, so "Mohamed Ali", "Muhammad Aly" and "Мухаммед"
/// share digests, while the database holds only HMACs under a key derived from
/// the encryption key. The price of a blind index is that equal names have
/// equal digests; the digests are truncated to 16 bytes and never leave the
/// server.
public struct BlindIndex: Sendable {
    private let key: SymmetricKey

    public init(encryptionKey: Data) {
        key = HKDF<SHA256>.deriveKey(
            inputKeyMaterial: SymmetricKey(data: encryptionKey),
            salt: Data("libertas".utf8),
            info: Data("blind-index-v1".utf8),
            outputByteCount: 32
        )
    }

    /// The digests under which a person with these names can be found.
    public func digests(forNames names: [String]) -> Set<String> {
        var digests: Set<String> = []
        for name in names {
            for token in NameNormalizer.tokens(name) where token.count >= 2 {
                digests.formUnion(keys(for: token).map(digest))
            }
        }
        return digests
    }

    /// The digests to look up for a typed query. The same as for stored names.
    public func queryDigests(_ query: String) -> Set<String> {
        digests(forNames: [query])
    }

    /// The plain search keys of one token, before hashing.
    func keys(for token: String) -> Set<String> {
        var keys: Set<String> = ["t:" + token]
        let codes = Phonetic.doubleMetaphone(token)
        if !codes.primary.isEmpty { keys.insert("p:" + codes.primary) }
        if !codes.alternate.isEmpty { keys.insert("p:" + codes.alternate) }
        if token.count >= 3 { keys.insert("x:" + String(token.prefix(3))) }
        return keys
    }

    private func digest(_ value: String) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: Data(value.utf8), using: key)
        return Data(mac).prefix(16).hexString
    }
}
