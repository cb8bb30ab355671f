import Foundation

/// What an import did, by row: read, imported, skipped (already imported
/// before) and rejected with errors. Printed as one JSON line with `--json`.
public struct ImportSummary: Codable, Sendable, Equatable {
    public var read = 0
    public var imported = 0
    public var skipped = 0
    public var errors = 0

    public init() {}

    /// The summary as one line of JSON, keys in the documented order.
    public var jsonLine: String {
        #"{"read":\#(read),"imported":\#(imported),"skipped":\#(skipped),"errors":\#(errors)}"#
    }
}

/// One rejected row, for the error file people open next to their spreadsheet.
public struct ImportRowError: Sendable, Hashable {
    public var row: Int
    public var column: String
    public var value: String
    public var message: String

    public init(row: Int, column: String, value: String, message: String) {
        self.row = row
        self.column = column
        self.value = value
        self.message = message
    }
}

/// Told how an import is going, for a progress bar.
public protocol ImportProgress: Sendable {
    func update(_ summary: ImportSummary, bytesRead: Int64?, totalBytes: Int64?)
}

/// The bridge between importers, which walk files with synchronous readers on
/// a thread of their own, and the async code that stores what they read.
enum BlockingWait {
    final class Box<T>: @unchecked Sendable {
        var result: Result<T, any Error>?
    }

    /// Runs `body` on a new thread (not one of Swift's cooperative threads,
    /// which must never block) and waits for it without blocking the caller.
    static func onThread<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            let thread = Thread {
                do { continuation.resume(returning: try body()) } catch { continuation.resume(throwing: error) }
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
    }
}
