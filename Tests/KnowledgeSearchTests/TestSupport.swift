import Foundation

/// Helpers shared by the tests that read files or run external programs.
enum TestSupport {
    /// `../shared/data/un_documents` beside the repository (see its README).
    static let unDocumentsFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/data/un_documents").standardizedFileURL.path

    /// The Chinese UN documents by file name, or `nil` when the folder is absent.
    static func unDocuments() -> [String: String]? {
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: unDocumentsFolder) else { return nil }
        var result: [String: String] = [:]
        for name in names where name.hasSuffix(".zh.txt") {
            if let text = try? String(contentsOfFile: unDocumentsFolder + "/" + name, encoding: .utf8) {
                result[name] = text
            }
        }
        return result.isEmpty ? nil : result
    }

    struct RunResult {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// Runs a program with `input` on stdin. Returns `nil` if it cannot start.
    static func run(_ executable: String, _ arguments: [String], input: String) -> RunResult? {
        guard FileManager.default.isExecutableFile(atPath: executable) else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let inPipe = Pipe(), outPipe = Pipe(), errPipe = Pipe()
        process.standardInput = inPipe
        process.standardOutput = outPipe
        process.standardError = errPipe
        do { try process.run() } catch { return nil }
        // Write stdin from another thread so large output cannot deadlock the pipes.
        let data = Data(input.utf8)
        let writer = Thread {
            inPipe.fileHandleForWriting.write(data)
            try? inPipe.fileHandleForWriting.close()
        }
        writer.start()
        let out = outPipe.fileHandleForReading.readDataToEndOfFile()
        let err = errPipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return RunResult(status: process.terminationStatus,
                         stdout: String(decoding: out, as: UTF8.self),
                         stderr: String(decoding: err, as: UTF8.self))
    }

    static func hex(_ text: String) -> String {
        text.utf8.map { String(format: "%02x", $0) }.joined()
    }
}
