/// The offences a case concerns, as SHERLOC lists them: trafficking itself and
/// the crimes that travel with it.
public enum CrimeType: String, KnowledgeVocabulary {
    case traffickingInPersons = "TraffickingInPersons"
    case migrantSmuggling = "MigrantSmuggling"
    case organizedCriminalGroup = "OrganizedCriminalGroup"
    case moneyLaundering = "MoneyLaundering"
    case corruption = "Corruption"
    case obstructionOfJustice = "ObstructionOfJustice"
    case documentFraud = "DocumentFraud"
    case other = "Other"
    public static let labelPrefix = "knowledgeCrime"
}
