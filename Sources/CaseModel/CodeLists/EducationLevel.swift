/// Highest level of education, ISCED 2011 (`prs_HighestLevelOfEducation`).
public enum EducationLevel: String, CodeList {
    case earlyChildhoodEducation = "EarlyChildhoodEducation"
    case primaryEducation = "PrimaryEducation"
    case lowerSecondaryEducation = "LowerSecondaryEducation"
    case upperSecondaryEducation = "UpperSecondaryEducation"
    case postSecondaryNonTertiaryEducation = "PostSecondaryNonTertiaryEducation"
    case shortCycleTertiaryEducation = "ShortCycleTertiaryEducation"
    case bachelorsOrEquivalentLevel = "BachelorsOrEquivalentLevel"
    case mastersOrEquivalentLevel = "MastersOrEquivalentLevel"
    case doctoralOrEquivalentLevel = "DoctoralOrEquivalentLevel"

    public static let field = "prs_HighestLevelOfEducation"
    public static let labelPrefix = "education"
}
