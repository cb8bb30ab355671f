/// Cross-cutting issues a decision addresses. They are SHERLOC's cross-cutting
/// issues and the headings of UNODC's case digest on evidential issues, so the
/// same tags select cases for a digest.
public enum KnowledgeIssue: String, KnowledgeVocabulary {
    case consentIrrelevant = "ConsentIrrelevant"
    case abuseOfVulnerability = "AbuseOfVulnerability"
    case deception = "Deception"
    case debtBondage = "DebtBondage"
    case digitalEvidence = "DigitalEvidence"
    case onlineRecruitment = "OnlineRecruitment"
    case victimTestimony = "VictimTestimony"
    case expertEvidence = "ExpertEvidence"
    case childVictims = "ChildVictims"
    case nonPunishment = "NonPunishment"
    case compensation = "Compensation"
    case victimProtection = "VictimProtection"
    case jurisdiction = "Jurisdiction"
    case internationalCooperation = "InternationalCooperation"
    case organizedCrime = "OrganizedCrime"
    case corruption = "Corruption"
    public static let labelPrefix = "knowledgeIssue"
}
