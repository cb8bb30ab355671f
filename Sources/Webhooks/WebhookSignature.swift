import Crypto
import Foundation

/// How a webhook request is signed, so a receiver can tell it came from
/// Libertas and was not changed or replayed with another timestamp.
///
/// The signature is HMAC-SHA256 under the endpoint's secret of
/// `timestamp + "." + body`, written `sha256=<lowercase hex>` in the
/// `Libertas-Signature` header. Signing the timestamp with the body lets a
/// receiver refuse old requests without trusting an unsigned header.
/// docs/webhooks.md shows receivers how to check it.
public enum WebhookSignature {
    public static let eventIDHeader = "Libertas-Event-Id"
    public static let timestampHeader = "Libertas-Timestamp"
    public static let signatureHeader = "Libertas-Signature"
    public static let scheme = "sha256="

    /// The raw HMAC-SHA256 of `data` under `key`, as lowercase hex.
    public static func hmacSHA256Hex(key: Data, data: Data) -> String {
        let code = HMAC<SHA256>.authenticationCode(for: data, using: SymmetricKey(data: key))
        return code.map { String(format: "%02x", $0) }.joined()
    }

    /// The `Libertas-Signature` value for a request body sent at `timestamp` (Unix seconds).
    public static func sign(secret: String, timestamp: Int, body: Data) -> String {
        scheme + hmacSHA256Hex(key: Data(secret.utf8), data: signedContent(timestamp: timestamp, body: body))
    }

    /// Whether `signature` is the one ``sign(secret:timestamp:body:)`` gives,
    /// compared in constant time.
    public static func verify(_ signature: String, secret: String, timestamp: Int, body: Data) -> Bool {
        guard signature.hasPrefix(scheme), let mac = Data(hex: String(signature.dropFirst(scheme.count))) else { return false }
        return HMAC<SHA256>.isValidAuthenticationCode(mac, authenticating: signedContent(timestamp: timestamp, body: body), using: SymmetricKey(data: Data(secret.utf8)))
    }

    static func signedContent(timestamp: Int, body: Data) -> Data {
        Data("\(timestamp).".utf8) + body
    }
}

extension Data {
    /// Reads lowercase or uppercase hex; nil for anything else.
    init?(hex: String) {
        guard hex.count.isMultiple(of: 2) else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(hex.count / 2)
        var index = hex.startIndex
        while index < hex.endIndex {
            let next = hex.index(index, offsetBy: 2)
            guard let byte = UInt8(hex[index..<next], radix: 16) else { return nil }
            bytes.append(byte)
            index = next
        }
        self.init(bytes)
    }
}
