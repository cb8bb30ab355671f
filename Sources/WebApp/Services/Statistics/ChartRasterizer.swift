import Foundation
import NIOCore
import Vapor

/// PNG copies of the SVG charts, for reports and slides that take no SVG. Drawn by librsvg's
/// `rsvg-convert`, the renderer GNOME and most Linux tools use: text needs real font shaping
/// (Chinese labels, right-to-left names), which is not worth re-implementing for a download.
struct ChartRasterizer: Sendable {
    /// Path of `rsvg-convert`; nil when the installation has none.
    let executable: String?

    enum Problem: Error, Equatable {
        /// No `rsvg-convert`: PNG is not offered.
        case unavailable
        /// The renderer failed or ran too long; its message, for the log.
        case failed(String)
    }

    /// Twice the SVG's own size, so the PNG stays sharp on a slide or a high-density screen.
    static let zoom = 2
    /// A chart draws in well under a second; anything longer is a hung renderer.
    static let timeout: TimeAmount = .seconds(20)

    /// The chart as PNG. Runs the renderer on the thread pool, so no event loop waits for it.
    func png(_ svg: String, on threadPool: NIOThreadPool) async throws -> Data {
        guard let executable else { throw Problem.unavailable }
        return try await threadPool.runIfActive { try Self.run(executable, svg) }
    }

    /// Files in and out, not pipes: nothing can block on a full pipe, and a renderer that exits
    /// early cannot raise SIGPIPE in the server.
    private static func run(_ executable: String, _ svg: String) throws -> Data {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("libertas-chart-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = directory.appendingPathComponent("chart.svg"), output = directory.appendingPathComponent("chart.png")
        let messages = directory.appendingPathComponent("messages.txt")
        try Data(svg.utf8).write(to: input)
        _ = FileManager.default.createFile(atPath: messages.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["--format", "png", "--zoom", String(zoom), "--background-color", "white", "--output", output.path, input.path]
        process.standardError = try FileHandle(forWritingTo: messages)
        try process.run()
        let deadline = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + .nanoseconds(Int(timeout.nanoseconds)), execute: deadline)
        process.waitUntilExit()
        deadline.cancel()
        let png = (try? Data(contentsOf: output)) ?? Data()
        guard process.terminationReason == .exit, process.terminationStatus == 0, png.starts(with: [0x89, 0x50, 0x4E, 0x47]) else {
            let message = (try? String(contentsOf: messages, encoding: .utf8)) ?? ""
            throw Problem.failed(message.isEmpty ? "rsvg-convert ended with status \(process.terminationStatus)" : message.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        return png
    }
}
