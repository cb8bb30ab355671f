/// A keyed pseudo-random function: the only cryptographic primitive the
/// privacy-preserving encodings need. Agencies share the key; the central
/// site never has it.
///
/// ``HMACSHA256`` is the built-in implementation. To use swift-crypto
/// instead (as the main package can), wrap `HMAC<SHA256>` in a type
/// conforming to this protocol.
public protocol KeyedHash: Sendable {
    /// The MAC of `message` (for HMAC-SHA256, 32 bytes).
    func authenticationCode(for message: [UInt8]) -> [UInt8]
}

extension KeyedHash {
    /// The first 8 bytes of the MAC of `domain` + "|" + `text`, never 0
    /// (0 marks "absent" in encodings). The domain separates uses of the
    /// key, so that a name token and a bigram of the same letters differ.
    public func token(_ domain: String, _ text: String) -> UInt64 {
        let mac = authenticationCode(for: Array((domain + "|" + text).utf8))
        var value: UInt64 = 0
        for byte in mac.prefix(8) { value = value << 8 | UInt64(byte) }
        return value == 0 ? 1 : value
    }
}

/// HMAC-SHA256 (RFC 2104) with the key's inner and outer pad states
/// precomputed, so that each short message costs two SHA-256 compressions.
public struct HMACSHA256: KeyedHash {
    private let inner: SHA256Digest
    private let outer: SHA256Digest

    public init(key: [UInt8]) {
        var block = key.count > 64 ? SHA256Digest.hash(key) : key
        block += [UInt8](repeating: 0, count: 64 - block.count)
        var inner = SHA256Digest(), outer = SHA256Digest()
        inner.absorbBlocks(block.map { $0 ^ 0x36 })
        outer.absorbBlocks(block.map { $0 ^ 0x5c })
        self.inner = inner
        self.outer = outer
    }

    public func authenticationCode(for message: [UInt8]) -> [UInt8] {
        outer.finish(inner.finish(message))
    }
}
