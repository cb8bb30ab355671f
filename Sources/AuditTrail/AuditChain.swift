import Crypto
import Foundation

/// Hashing and verification of the audit log's hash chain.
public enum AuditChain {
    /// The `previousHash` of the first entry: 64 zeros.
    public static let genesisHash = String(repeating: "0", count: 64)

    /// The SHA-256 hash, in lower-case hex, of an entry's canonical encoding.
    ///
    /// The encoding writes every field as `<length>:<value>` in a fixed order, with
    /// `-` for a missing value, so no two different entries encode the same way
    /// (a plain join could not tell `"ab","c"` from `"a","bc"`).
    public static func hash(of entry: AuditEntryContent) -> String {
        let fields: [String?] = [
            "libertas-audit-v1",
            String(entry.sequence),
            String(entry.timestampMillis),
            entry.actorUserID?.uuidString.lowercased(),
            entry.actorLabel,
            entry.organisationID?.uuidString.lowercased(),
            entry.action,
            entry.recordType,
            entry.recordID,
            entry.ipAddress,
            entry.requestID,
            entry.summary,
            entry.previousHash,
        ]
        var encoded = Data()
        for field in fields {
            if let field {
                let bytes = Data(field.utf8)
                encoded.append(contentsOf: Array("\(bytes.count):".utf8))
                encoded.append(bytes)
            } else {
                encoded.append(contentsOf: Array("-".utf8))
            }
            encoded.append(0x0A)
        }
        return SHA256.hash(data: encoded).hexString
    }
}
