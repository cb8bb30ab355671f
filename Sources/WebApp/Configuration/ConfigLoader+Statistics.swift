import CaseModel
import Foundation

extension ConfigLoader {
    /// `LIBERTAS_COUNTRY`, `LIBERTAS_SUPPRESSION_THRESHOLD` and `LIBERTAS_RSVG_CONVERT`.
    func loadStatistics(problems: inout [ConfigProblem]) -> AppConfig.Statistics {
        var statistics = AppConfig.Statistics()
        if let code = environment[EnvironmentKey.country], !code.trimmingCharacters(in: .whitespaces).isEmpty {
            if let country = Country.find(code) {
                statistics.country = country
            } else {
                problems.append(ConfigProblem(EnvironmentKey.country, "'\(code)' is not an ISO 3166-1 country code (for example MDA or MEX)"))
            }
        }
        if let text = environment[EnvironmentKey.suppressionThreshold], !text.isEmpty {
            if let value = Int(text), (0...100).contains(value) {
                statistics.suppressionThreshold = value
            } else {
                problems.append(ConfigProblem(EnvironmentKey.suppressionThreshold, "'\(text)' is not a whole number from 0 to 100"))
            }
        }
        if let path = environment[EnvironmentKey.rsvgConvert], !path.isEmpty {
            if FileManager.default.isExecutableFile(atPath: path) {
                statistics.rsvgConvert = path
            } else {
                problems.append(ConfigProblem(EnvironmentKey.rsvgConvert, "'\(path)' is not an executable file (install librsvg2-bin, or leave it unset to look on PATH)"))
            }
        } else {
            statistics.rsvgConvert = Self.executable(named: "rsvg-convert", path: environment["PATH"])
        }
        return statistics
    }

    /// The first executable `name` in the directories of `path`, as a shell would find it.
    static func executable(named name: String, path: String?) -> String? {
        (path ?? "").split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
