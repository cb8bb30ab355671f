import Foundation

/// Limits and places of imports made through the web.
enum ImportPolicy {
    /// Larger files go through `libertas import`, which streams from disk.
    static let maximumUploadBytes = 50 * 1024 * 1024
    /// Errors shown on the result page; the error file has them all.
    static let errorsShown = 200

    /// Where an uploader's error files are kept: only they may download them.
    static func errorsDirectory(dataDirectory: URL, userID: UUID) -> URL {
        dataDirectory.appendingPathComponent("imports").appendingPathComponent(userID.uuidString.lowercased())
    }
}
