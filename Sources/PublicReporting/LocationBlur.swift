import Foundation

/// How much of a reporter's place and time a form keeps for people other than
/// the operator assigned to the report (Ushahidi's per-survey "hide location"
/// and "hide time", asked for by its users).
public struct ReportPrivacyPolicy: Codable, Sendable, Equatable {
    /// Decimal places of latitude and longitude kept: 2 ≈ 1.1 km, 1 ≈ 11 km; nil keeps them exact.
    public var coordinateDecimals: Int?
    /// Keep only the date of the incident and of the report, not the time of day.
    public var dateOnly: Bool
    /// Show the reporter's contact details only to the assigned operator.
    public var hideReporterFromOperators: Bool

    public init(coordinateDecimals: Int? = 2, dateOnly: Bool = false, hideReporterFromOperators: Bool = true) {
        self.coordinateDecimals = coordinateDecimals.map { min(6, max(0, $0)) }
        self.dateOnly = dateOnly
        self.hideReporterFromOperators = hideReporterFromOperators
    }

    /// The default: coordinates to about a kilometre, the time kept, the reporter hidden.
    public static let standard = ReportPrivacyPolicy()

    /// `fix` as others may see it: rounded to the policy's grid, with the
    /// accuracy widened by the rounding so a map never claims more precision than it has.
    public func blurred(_ fix: GeoFix) -> GeoFix {
        guard let decimals = coordinateDecimals else { return fix }
        let scale = pow(10, Double(decimals))
        let latitude = (fix.latitude * scale).rounded() / scale
        let longitude = (fix.longitude * scale).rounded() / scale
        // Half a grid cell's diagonal, in metres, is the most rounding can move a point.
        let cellDegrees = 1 / scale
        let metresPerDegree = 111_320.0
        let shift = 0.5 * cellDegrees * metresPerDegree * sqrt(1 + pow(cos(fix.latitude * .pi / 180), 2))
        return GeoFix(latitude: latitude, longitude: longitude, accuracyMeters: (fix.accuracyMeters ?? 0) + shift)
    }

    /// `date` as others may see it: midnight UTC of its day when only the date is kept.
    public func blurred(_ date: Date) -> Date {
        guard dateOnly else { return date }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.startOfDay(for: date)
    }
}
