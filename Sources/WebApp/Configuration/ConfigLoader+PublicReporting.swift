import Foundation
import PublicReporting

extension ConfigLoader {
    /// The public report form's privacy policy and proof of work.
    func loadPublicReporting(problems: inout [ConfigProblem]) -> AppConfig.PublicReportingSettings {
        var settings = AppConfig.PublicReportingSettings()
        var privacy = settings.privacy
        if let text = environment[EnvironmentKey.reportCoordinateDecimals], !text.isEmpty {
            if text.lowercased() == "exact" {
                privacy.coordinateDecimals = nil
            } else if let value = Int(text), (0...6).contains(value) {
                privacy.coordinateDecimals = value
            } else {
                problems.append(ConfigProblem(EnvironmentKey.reportCoordinateDecimals, "'\(text)' is not a number of decimal places from 0 to 6 (2 ≈ 1 km, 1 ≈ 11 km) or exact"))
            }
        }
        for (key, apply) in [(EnvironmentKey.reportDateOnly, { (value: Bool) in privacy.dateOnly = value }),
                             (EnvironmentKey.reportHideReporter, { (value: Bool) in privacy.hideReporterFromOperators = value })] {
            guard let text = environment[key], !text.isEmpty else { continue }
            if let value = Self.parseBool(text) { apply(value) } else { problems.append(ConfigProblem(key, "'\(text)' is not true or false")) }
        }
        settings.privacy = privacy
        if let text = environment[EnvironmentKey.reportProofBits], !text.isEmpty {
            if let value = Int(text), (0...24).contains(value) {
                settings.proofOfWorkBits = value
            } else {
                problems.append(ConfigProblem(EnvironmentKey.reportProofBits, "'\(text)' is not a whole number of bits from 0 to 24"))
            }
        }
        return settings
    }
}
