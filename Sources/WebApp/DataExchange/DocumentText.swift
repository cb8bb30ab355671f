import Foundation

/// The text of an attached decision or publication: plain text as it is, PDF
/// through poppler's `pdftotext`, the extractor Debian ships and the one that
/// copes with CJK fonts and multi-column layouts.
enum DocumentText {
    enum Problem: Error, Equatable, CustomStringConvertible {
        /// The file is neither `.pdf` nor `.txt`.
        case unsupportedType(String)
        /// A PDF but no `pdftotext` on this machine.
        case pdftotextMissing
        /// The extractor failed (a damaged or encrypted PDF) or the text is not UTF-8.
        case unreadable(String)

        var description: String {
            switch self {
            case .unsupportedType(let name): "\(name) is not a PDF or text file"
            case .pdftotextMissing: "pdftotext is not installed (Debian package poppler-utils), so PDF text cannot be read"
            case .unreadable(let message): "the text could not be read: \(message)"
            }
        }
    }

    /// The largest attachment read, like the record's own full-text limit.
    static let maximumBytes = 50 << 20
    /// A long decision converts in a second or two; anything longer is a hung extractor.
    static let timeout: TimeInterval = 60

    static var pdftotext: String? {
        ["/usr/bin/pdftotext", "/usr/local/bin/pdftotext"].first(where: FileManager.default.isExecutableFile)
    }

    /// The text of `url`; blocking, so call it off the event loops.
    static func extract(_ url: URL) throws -> String {
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        if size > maximumBytes { throw Problem.unreadable("larger than \(maximumBytes >> 20) MB") }
        switch url.pathExtension.lowercased() {
        case "txt", "text":
            guard let text = String(data: try Data(contentsOf: url), encoding: .utf8) else { throw Problem.unreadable("not UTF-8 text") }
            return text
        case "pdf":
            return try pdf(url)
        default:
            throw Problem.unsupportedType(url.lastPathComponent)
        }
    }

    /// Output to a file, not a pipe, so nothing blocks on a full pipe.
    private static func pdf(_ url: URL) throws -> String {
        guard let executable = pdftotext else { throw Problem.pdftotextMissing }
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("libertas-text-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: output) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["-enc", "UTF-8", "-q", url.path, output.path]
        try process.run()
        let deadline = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: deadline)
        process.waitUntilExit()
        deadline.cancel()
        guard process.terminationReason == .exit, process.terminationStatus == 0,
              let text = String(data: (try? Data(contentsOf: output)) ?? Data(), encoding: .utf8) else {
            throw Problem.unreadable("pdftotext ended with status \(process.terminationStatus)")
        }
        // pdftotext marks page breaks with form feeds; a blank line reads better.
        return text.replacingOccurrences(of: "\u{0C}", with: "\n\n")
    }
}
