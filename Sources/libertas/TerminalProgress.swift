import Foundation
import WebApp

/// A progress bar on standard error, redrawn at most five times a second,
/// and only when standard error is a terminal (not in a log file or a pipe).
final class TerminalProgress: ImportProgress, @unchecked Sendable {
    private let lock = NSLock()
    private let started = Date()
    private var lastDraw = Date.distantPast
    private let isTerminal = isatty(FileHandle.standardError.fileDescriptor) != 0

    func update(_ summary: ImportSummary, bytesRead: Int64?, totalBytes: Int64?) {
        guard isTerminal else { return }
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        guard now.timeIntervalSince(lastDraw) >= 0.2 else { return }
        lastDraw = now
        let elapsed = max(now.timeIntervalSince(started), 0.001)
        let rate = Int(Double(summary.read) / elapsed)
        var line = "\r"
        if let bytesRead, let totalBytes, totalBytes > 0 {
            let fraction = min(1, Double(bytesRead) / Double(totalBytes))
            let filled = Int(fraction * 30)
            line += "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: 30 - filled) + "] "
            line += String(format: "%3d%% ", Int(fraction * 100))
        }
        line += "\(summary.read) rows, \(summary.imported) imported, \(summary.errors) errors, \(rate) rows/s "
        FileHandle.standardError.write(Data(line.utf8))
    }

    func finish() {
        guard isTerminal else { return }
        FileHandle.standardError.write(Data("\n".utf8))
    }
}
