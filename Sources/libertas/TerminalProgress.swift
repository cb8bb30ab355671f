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
        let fraction = bytesRead.flatMap { read in totalBytes.map { $0 > 0 ? Double(read) / Double($0) : 0 } }
        draw(fraction: fraction) { elapsed in
            "\(summary.read) rows, \(summary.imported) imported, \(summary.errors) errors, \(Int(Double(summary.read) / elapsed)) rows/s"
        }
    }

    /// Progress through a known amount of work.
    func update(done: Int, of total: Int, _ text: String) {
        draw(fraction: total > 0 ? Double(done) / Double(total) : nil) { elapsed in
            "\(text), \(Int(Double(done) / elapsed))/s"
        }
    }

    private func draw(fraction: Double?, text: (TimeInterval) -> String) {
        guard isTerminal else { return }
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        guard now.timeIntervalSince(lastDraw) >= 0.2 else { return }
        lastDraw = now
        var line = "\r"
        if let fraction {
            let filled = Int(min(1, fraction) * 30)
            line += "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: 30 - filled) + "] "
            line += String(format: "%3d%% ", Int(min(1, fraction) * 100))
        }
        line += text(max(now.timeIntervalSince(started), 0.001)) + " "
        FileHandle.standardError.write(Data(line.utf8))
    }

    func finish() {
        guard isTerminal else { return }
        FileHandle.standardError.write(Data("\n".utf8))
    }
}
