import Foundation

extension PopulationTable {
    /// Reads a population file from disk, e.g. a national statistics bureau's figures written in
    /// the format of the shipped WPP file (`Sources/Reporting/Resources/README.md`).
    public init(contentsOf url: URL) throws {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw PopulationError.unreadable("\(url.path): \(error.localizedDescription)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw PopulationError.unreadable("\(url.path) is not UTF-8")
        }
        try self.init(csv: text)
    }

    /// Parses the population CSV: `#` comment lines, a header `iso3,year,sex,a0,…,a100`, then one
    /// line per country, year and sex (`female` or `male`) with 21 numbers of persons.
    public init(csv text: String) throws {
        var groups: [String: [Int: [PopulationSex: [Double]]]] = [:]
        var sawHeader = false
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = index + 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            if !sawHeader {
                // The header is checked so that a file with the age groups in another order is
                // refused instead of being read into the wrong groups.
                let expected = ["iso3", "year", "sex"] + Self.ageGroupStarts.map { "a\($0)" }
                guard fields.map({ $0.lowercased() }) == expected else {
                    throw PopulationError.malformedLine(number: number, reason: "expected the header \(expected.joined(separator: ","))")
                }
                sawHeader = true
                continue
            }
            guard fields.count == 3 + Self.ageGroupStarts.count else {
                throw PopulationError.malformedLine(number: number, reason: "expected \(3 + Self.ageGroupStarts.count) fields, found \(fields.count)")
            }
            let iso3 = fields[0].uppercased()
            guard iso3.count == 3 else { throw PopulationError.malformedLine(number: number, reason: "\"\(fields[0])\" is not an alpha-3 code") }
            guard let year = Int(fields[1]) else { throw PopulationError.malformedLine(number: number, reason: "\"\(fields[1])\" is not a year") }
            guard let sex = PopulationSex(rawValue: fields[2].lowercased()), sex != .total else {
                throw PopulationError.malformedLine(number: number, reason: "sex must be female or male, not \"\(fields[2])\"")
            }
            var values: [Double] = []
            for field in fields.dropFirst(3) {
                guard let value = Double(field), value >= 0, value.isFinite else {
                    throw PopulationError.malformedLine(number: number, reason: "\"\(field)\" is not a number of persons")
                }
                values.append(value)
            }
            guard groups[iso3, default: [:]][year, default: [:]][sex] == nil else {
                throw PopulationError.malformedLine(number: number, reason: "\(iso3) \(year) \(sex.rawValue) appears twice")
            }
            groups[iso3, default: [:]][year, default: [:]][sex] = values
        }
        guard sawHeader else { throw PopulationError.malformedLine(number: 0, reason: "the file has no header line") }
        try self.init(groups: groups)
    }
}
