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

    private static func run(_ executable: String, _ svg: String) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["--format", "png", "--zoom", String(zoom), "--background-color", "white"]
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let deadline = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + .nanoseconds(Int(timeout.nanoseconds)), execute: deadline)
        defer { deadline.cancel() }
        // Read the output while writing the input: a large PNG would otherwise fill the pipe and
        // block the renderer before it has read all of its input.
        let collected = DispatchGroup()
        nonisolated(unsafe) var png = Data()
        collected.enter()
        DispatchQueue.global().async {
            png = output.fileHandleForReading.readDataToEndOfFile()
            collected.leave()
        }
        try input.fileHandleForWriting.write(contentsOf: Data(svg.utf8))
        try input.fileHandleForWriting.close()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        collected.wait()
        process.waitUntilExit()
        guard process.terminationReason == .exit, process.terminationStatus == 0, png.starts(with: [0x89, 0x50, 0x4E, 0x47]) else {
            throw Problem.failed(String(decoding: message, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
        }
        return png
    }
}
