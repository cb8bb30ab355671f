/// The age groups of the UNODC GLOTIP questionnaire.
public enum AgeGroup: String, CaseIterable, Codable, Sendable {
    case child = "0-17"
    case adult = "18+"
    case unknown = "Unknown"

    /// The group of an age in whole years; `nil` means unknown.
    public init(age: Int?) {
        guard let age else {
            self = .unknown
            return
        }
        self = age < 18 ? .child : .adult
    }

    /// The group for a range of possible ages (from a partial birth date):
    /// unknown when the range straddles 18.
    public init(ages: ClosedRange<Int>?) {
        guard let ages else {
            self = .unknown
            return
        }
        if ages.upperBound < 18 {
            self = .child
        } else if ages.lowerBound >= 18 {
            self = .adult
        } else {
            self = .unknown
        }
    }
}
