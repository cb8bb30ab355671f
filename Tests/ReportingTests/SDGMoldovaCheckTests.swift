import Foundation
import Testing
@testable import Reporting

/// Moldova's published SDG 16.2.2 rates, recomputed with the WPP 2024 population Libertas ships.
///
/// `moldova_indicator_16-2-2.csv` (statisticamd/sdg-data-moldova) publishes rates only, computed as
/// "identified victims / total population × 100000" with the National Bureau of Statistics (NBS)
/// population. The counts are recovered here as rate × NBS population / 100,000. The NBS figures
/// are the usual-resident population on 1 January (thousands), from NBS releases:
///
/// | year | NBS, thousands | where |
/// |------|----------------|-------|
/// | 2014 | 2,869.2 | 1 Jan 2021 release: 2,597.1 "and with 272.1 thousand persons … (01.01.2014-01.01.2021)" |
/// | 2018 | 2,730.4 | 1 Jan 2019 release: 2,681.7 "decreasing with 48.7 thousands persons … compared to … 2018" |
/// | 2019 | 2,686.1 | 1 Jan 2020 release: "final estimates … at 01.01.2019 … 2686,1 thousand persons" |
/// | 2020 | 2,643.9 | 1 Jan 2021 release: "final estimates … at 01.01.2020 … 2643,9 thousand persons" |
/// | 2021 | 2,626.9 | 1 Jan 2022 release (as reported by newsmaker.md): final 01.01.2021 = 2626,9 |
/// | 2022 | 2,565.0 | "Demographic situation in 2022": 01.01.2022 = 2565,0 thousand persons |
///
/// For 2015–2017 no usual-resident figure could be cited; 2016 and 2017 use the UNODC GLOTIP
/// export's counts instead (2015's GLOTIP count, 139, cannot be the count behind the rate 10.9).
///
/// Result: WPP's population for Moldova is 15.6–18.5 % larger than NBS's (ratio NBS/WPP 0.844–0.865),
/// so rates on WPP are that much lower: 2014 9.2 → 7.87, 2018 13.5 → 11.69, 2019 12.8 → 11.05,
/// 2020 5.3 → 4.56, 2021 13.7 → 11.79, 2022 5.8 → 4.90. WPP counts the whole country, Transnistria
/// included, on 1 July; NBS counts usual residents of the right bank on 1 January
/// (`docs/sdg-16-2-2.md`).
@Suite("SDG 16.2.2: Moldova's published rates against WPP 2024", .enabled(if: SDGSharedData.isAvailable, "needs ../shared/data next to the repository; skipped when it is absent"))
struct SDGMoldovaCheckTests {
    /// NBS usual-resident population on 1 January, persons (see the table above).
    static let nbsPopulation: [Int: Double] = [
        2014: 2_869_200, 2018: 2_730_400, 2019: 2_686_100, 2020: 2_643_900, 2021: 2_626_900, 2022: 2_565_000,
    ]

    @Test func thePublishedHeadlineRatesAreRead() throws {
        let rates = try SDGSharedData.moldovaHeadlineRates()
        #expect(rates[2014] == 9.2)
        #expect(rates[2022] == 5.8)
        #expect(Set(rates.keys).isSuperset(of: Self.nbsPopulation.keys))
    }

    /// The rate with WPP equals the published rate times NBS/WPP population, up to the rounding of
    /// the recovered count to a whole victim (at most 0.5 / WPP population × 100,000 ≈ 0.017).
    @Test func theDifferenceIsTheRatioOfThePopulations() throws {
        let rates = try SDGSharedData.moldovaHeadlineRates()
        let wpp = try PopulationTable.wpp2024()
        for (year, nbs) in Self.nbsPopulation.sorted(by: { $0.key < $1.key }) {
            let published = try #require(rates[year])
            let count = Int((published * nbs / 100_000).rounded())
            let rows = try SDG16_2_2.rows(
                iso3: "MDA", victims: [VictimGroupKey(year: year, sex: .unknown, age: .unknown, group: nil): count],
                population: wpp, rule: .none
            )
            let headline = try #require(rows.first { $0.isHeadline })
            let wppRate = try #require(headline.rate.value)
            let ratio = nbs / headline.population.persons
            #expect(abs(wppRate - published * ratio) <= 0.5 / headline.population.persons * 100_000 + 1e-9, "\(year)")
            // WPP is 15.6–18.5 % above NBS in these years.
            #expect((0.84...0.87).contains(ratio), "\(year): NBS/WPP = \(ratio)")
            #expect(wppRate < published, "\(year)")
        }
    }

    /// Where NBS figures are lacking, the GLOTIP counts stand in: they imply a national population
    /// in the same proportion to WPP. 2014 checks the two sources against each other.
    @Test func glotipCountsImplyTheSamePopulationRatio() throws {
        let rates = try SDGSharedData.moldovaHeadlineRates()
        let counts = try SDGSharedData.moldovaGLOTIPCounts()
        let wpp = try PopulationTable.wpp2024()
        // 2014: 9.2 × 2,869,200 / 100,000 = 263.97 → 264, and GLOTIP has 264.
        #expect(counts[2014] == 264)
        for year in [2016, 2017] {
            // 2016: 232 / 8.3 × 100,000 = 2,795,181 against WPP 3,243,558 (ratio 0.862);
            // 2017: 249 / 9.0 × 100,000 = 2,766,667 against WPP 3,199,952 (ratio 0.865).
            let count = try #require(counts[year])
            let rate = try #require(rates[year])
            let implied = Double(count) / rate * 100_000
            let population = try wpp.population("MDA", year: year, sex: .total, ageBand: .total)
            #expect((0.84...0.87).contains(implied / population.persons), "\(year)")
        }
    }
}

/// `../shared/data` beside the repository root, which holds the published files these checks read.
enum SDGSharedData {
    /// The data folder, found by walking up from this file to the folder with `Package.swift`.
    static let directory: URL? = {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while folder.path != "/" {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) {
                let data = folder.deletingLastPathComponent().appendingPathComponent("shared/data")
                return FileManager.default.fileExists(atPath: data.path) ? data : nil
            }
            folder.deleteLastPathComponent()
        }
        return nil
    }()

    static var isAvailable: Bool { directory != nil }

    static func lines(_ path: String) throws -> [Substring] {
        let url = try #require(directory).appendingPathComponent(path)
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
    }

    /// Year → headline rate: the lines of the Moldova file with every disaggregation empty.
    static func moldovaHeadlineRates() throws -> [Int: Double] {
        var rates: [Int: Double] = [:]
        for line in try lines("sdg_16_2_2_national/moldova_indicator_16-2-2.csv") {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            guard fields.count == 6, fields[1...4].allSatisfy(\.isEmpty), let year = Int(fields[0]), let rate = Double(fields[5]) else { continue }
            rates[year] = rate
        }
        return rates
    }

    /// Year → detected victims in the UNODC GLOTIP export for MDA (all sexes, ages and forms).
    static func moldovaGLOTIPCounts() throws -> [Int: Int] {
        var counts: [Int: Int] = [:]
        for line in try lines("unodc_glotip/data_glotip_2025-04-14.csv") where line.hasPrefix("MDA,") && line.contains(",Detected trafficking victims,Total,Total,Total,Total,") {
            let fields = line.split(separator: ",")
            // …, Year, Unit of measurement, txtVALUE, Source: the year is fourth from the end.
            guard fields.count >= 4, let year = Int(fields[fields.count - 4]), let count = Int(fields[fields.count - 2]) else { continue }
            counts[year] = count
        }
        return counts
    }
}
