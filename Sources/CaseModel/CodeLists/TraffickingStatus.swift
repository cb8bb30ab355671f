/// Whether the person is a victim of trafficking (`vic_TraffickingStatus`).
public enum TraffickingStatus: String, CodeList {
    case possibleVictimOfTrafficking = "PossibleVictimOfTrafficking"
    case actualVictimOfTrafficking = "ActualVictimOfTrafficking"
    case notAVictimOfTrafficking = "NotAVictimOfTrafficking"

    public static let field = "vic_TraffickingStatus"
    public static let labelPrefix = "traffickingStatus"
}
