import Foundation
@testable import Interchange

/// The real UNODC export and a CSV parser that does not use the code under test.
enum GLOTIPTestData {
    static let csvExport = TestSupport.sharedData("unodc_glotip/data_glotip_2025-04-14.csv")
    static let xlsxExport = TestSupport.sharedData("unodc_glotip/data_glotip_2025-04-14.xlsx")
    static let labelTable = TestSupport.sharedData("countries/glotip_citizenship_labels.csv")
    static let missing = "../shared/data (the UNODC GLOTIP export) is not beside the repository"

    /// RFC 4180 records from text: quoted cells with doubled quotes, `\r\n` or `\n`
    /// line breaks. Deliberately simple and separate from `CSVReader`, so the
    /// round-trip tests compare against the file, not against the reader's reading of it.
    static func parseCSV(_ text: String) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var inQuotes = false
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = scalars.next()
        if pending == "\u{FEFF}" { pending = scalars.next() }
        while let scalar = pending {
            pending = scalars.next()
            if inQuotes {
                if scalar == "\"" {
                    if pending == "\"" {
                        field.unicodeScalars.append("\"")
                        pending = scalars.next()
                    } else {
                        inQuotes = false
                    }
                } else {
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"": inQuotes = true
            case ",":
                record.append(field)
                field = ""
            case "\r" where pending == "\n":
                continue
            case "\n", "\r":
                record.append(field)
                records.append(record)
                record = []
                field = ""
            default: field.unicodeScalars.append(scalar)
            }
        }
        if !field.isEmpty || !record.isEmpty {
            record.append(field)
            records.append(record)
        }
        return records
    }

    /// The export's rows of one country, as text cells, header excluded.
    static func sourceRows(of iso3: String, in url: URL) throws -> [[String]] {
        let records = parseCSV(try String(contentsOf: url, encoding: .utf8))
        return records.dropFirst().filter { $0.first == iso3 }
    }

    /// A `txtVALUE` as a number or `<5`: the export writes some counts as `1,757`.
    static func normalisedValue(_ text: String) -> String {
        text == "<5" ? text : text.replacingOccurrences(of: ",", with: "")
    }
}
