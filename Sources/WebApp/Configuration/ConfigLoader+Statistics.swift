import CaseModel
import Foundation

extension ConfigLoader {
    /// `LIBERTAS_COUNTRY` and `LIBERTAS_SUPPRESSION_THRESHOLD`.
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
        return statistics
    }
}
