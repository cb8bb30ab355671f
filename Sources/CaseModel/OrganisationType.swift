/// The kind of organisation, from the HTCDS v2.0 picklist `org_Type`.
///
/// Raw values are the HTCDS value names and are what Libertas stores; labels
/// are translated in the web layer. The same list types the organisation that
/// decided a victim's trafficking status (`vic_TraffickingStatusDecisionMakingOrg`).
public enum OrganisationType: String, CaseIterable, Codable, Sendable {
    case ngo = "NGO"
    case lawEnforcement = "LawEnforcement"
    case healthServiceOrganisation = "HealthServiceOrganisation"
    case centralGovernmentOrganisation = "CentralGovernmentOrganisation"
    case localGovernmentOrganisation = "LocalGovernmentOrganisation"
    case immigrationService = "ImmigrationService"
    case legalService = "LegalService"
    case corporateBusiness = "CorporateBusiness"
    case schoolOrCollege = "SchoolOrCollege"
}
