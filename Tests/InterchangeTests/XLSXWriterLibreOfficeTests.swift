import Foundation
import Testing
@testable import Interchange

/// Checks the written workbook with a real spreadsheet program: LibreOffice
/// converts it to CSV, and the values must be what was written. CI installs
/// it (`libreoffice-calc-nogui`, see `.ci/install-dependencies`).
/// Serialized: two headless LibreOffice instances starting at once on a busy
/// machine sometimes exit 1 without converting (seen once in a full run).
@Suite("XLSX writer: LibreOffice opens the workbook", .serialized)
struct XLSXWriterLibreOfficeTests {
    /// `libreoffice` or `soffice` on `PATH`.
    static let executable: URL? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        for folder in path.split(separator: ":") {
            for name in ["libreoffice", "soffice"] {
                let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            }
        }
        return nil
    }()

    @Test(
        "LibreOffice reads the first sheet's values back",
        .enabled(if: executable != nil, "LibreOffice is not installed (no libreoffice or soffice on PATH); apt-get install libreoffice-calc-nogui"),
        arguments: [XLSXWriter.StringStorage.sharedTable, .inline]
    )
    func firstSheetAsCSV(storage: XLSXWriter.StringStorage) throws {
        let workbook = try TestSupport.temporaryFile("book.xlsx", contents: Array(XLSXWriter(stringStorage: storage).write(XLSXWriterSamples.sheets)))
        defer { TestSupport.remove(workbook) }
        let folder = workbook.deletingLastPathComponent()

        let process = Process()
        process.executableURL = Self.executable
        process.arguments = [
            // A profile of its own, so the test neither waits for nor disturbs a running LibreOffice.
            "-env:UserInstallation=\(folder.appendingPathComponent("profile").absoluteString)",
            "--headless",
            // Filter options: comma, double quote, UTF-8 (76), first line 1; without them the encoding depends on the locale.
            "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1",
            "--outdir", folder.path, workbook.path,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)

        let reader = try CSVReader(url: folder.appendingPathComponent("book.csv"))
        var rows: [[String]] = []
        while let row = try reader.next() {
            var fields = row.fields
            // LibreOffice pads every row to the sheet's width; the reader's rows stop at their last cell.
            while fields.last == "" { fields.removeLast() }
            if !fields.isEmpty { rows.append(fields) }
        }
        #expect(rows == XLSXWriterSamples.expectedFields(XLSXWriterSamples.numbers))
    }
}
