import Foundation
@testable import PDFWriter

/// Shared helpers: sample documents, byte search, and running the poppler tools.
enum TestSupport {
    static let longEnglishParagraph = String(
        repeating: "The court found that the employer had confiscated the workers' identity documents and withheld wages for several months, which it held to be indicators of forced labour under the applicable statute. ",
        count: 30
    )

    static let chineseParagraph = "法院认为，被告人以招工为名，诱骗被害人到外地务工，并扣押其身份证件。劳动监察部门在检查中发现上述情况，依照国家转介机制将被害人转介至救助机构。本案中，被告人的行为构成拐卖妇女罪（刑法第二百四十条）。"

    /// A two-page English + Chinese case digest, also used for the visual check.
    static func sampleDigest() -> PDFDocument {
        var document = PDFDocument(
            title: "Case digest 案例摘要",
            author: "Libertas",
            creationDate: Date(timeIntervalSince1970: 1_735_689_600),
            language: "en"
        )
        document.add(.title("Case digest: labour trafficking decisions 劳动力拐卖案例"))
        document.add(.field(label: "Court", value: "Intermediate People's Court (中级人民法院)"))
        document.add(.field(label: "Decision date", value: "2024-03-15"))
        document.add(.field(label: "案号", value: "（2023）粤01刑初123号"))
        document.add(.rule)
        document.add(.heading("Summary"))
        document.add(.paragraph(String(longEnglishParagraph.prefix(1200)) + "\n\nSecond paragraph: the victims (aged 17–45) were referred through the National Referral Mechanism; \"shelter\" and \\legal aid\\ followed."))
        document.add(.heading("摘要"))
        document.add(.paragraph(chineseParagraph + "\n\n" + chineseParagraph))
        document.add(.subheading("Mixed 混合 text"))
        document.add(.paragraph("The labour inspectorate (劳动监察) used the national referral mechanism (国家转介机制) to refer 12 victims. Emoji 🙂 are replaced."))
        document.add(.pageBreak)
        document.add(.heading("Holding 判决结果"))
        document.add(.paragraph(String(longEnglishParagraph.prefix(900))))
        document.add(.field(label: "Sentence", value: "Seven years' imprisonment and a fine of RMB 50,000 / 有期徒刑七年，并处罚金人民币五万元。"))
        return document
    }

    // MARK: - Bytes

    static func string(_ data: Data) -> String {
        String(decoding: data, as: Unicode.ASCII.self)   // non-ASCII bytes only occur in the header comment
    }

    static func contains(_ data: Data, _ needle: String) -> Bool {
        data.range(of: Data(needle.utf8)) != nil
    }

    // MARK: - Poppler

    /// Absolute path of an executable found on PATH, or nil.
    static func executable(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    static var hasPdftotext: Bool { executable("pdftotext") != nil && executable("pdfinfo") != nil }

    /// poppler-data provides the Adobe CMaps (UniGB-UCS2-H) that poppler needs to decode
    /// the codes of the non-embedded Chinese font.
    static var hasPopplerData: Bool {
        FileManager.default.fileExists(atPath: "/usr/share/poppler/cMap/Adobe-GB1/UniGB-UCS2-H")
    }

    /// Writes `data` to a fresh temporary file and returns its URL.
    static func temporaryPDF(_ data: Data, name: String) throws -> URL {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("pdfwriter-tests-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(name)
        try data.write(to: url)
        return url
    }

    /// Runs a tool and returns its standard output and error text and exit status.
    static func run(_ tool: String, _ arguments: [String]) throws -> (output: String, error: String, status: Int32) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable(tool) ?? tool)
        process.arguments = arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self), process.terminationStatus)
    }

    /// `pdftotext -layout`-free extraction of the whole document to a string.
    static func extractText(_ data: Data, name: String) throws -> (text: String, stderr: String) {
        let url = try temporaryPDF(data, name: name)
        defer { try? FileManager.default.removeItem(at: url) }
        let result = try run("pdftotext", ["-enc", "UTF-8", url.path, "-"])
        return (result.output, result.error)
    }

    /// `pdfinfo` fields as a dictionary.
    static func info(_ data: Data, name: String) throws -> (fields: [String: String], stderr: String, status: Int32) {
        let url = try temporaryPDF(data, name: name)
        defer { try? FileManager.default.removeItem(at: url) }
        let result = try run("pdfinfo", ["-enc", "UTF-8", url.path])
        var fields: [String: String] = [:]
        for line in result.output.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            fields[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return (fields, result.error, result.status)
    }
}
