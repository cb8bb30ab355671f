import CaseModel

/// Which multi-select question a flag column answers.
enum CTDCFlagGroup: Sendable {
    case exploitation, control, labour, sex, recruiterRelation, perpetratorRole
}

/// What a flag set to 1 says, in HTCDS terms.
enum CTDCFlagEffect: Sendable {
    case exploitation(Set<ExploitationType>)
    case mergedExploitation(Set<ExploitationType>, alsoCovers: Set<String> = [])
    case control(ControlMethod)
    case mergedControl(Set<ControlMethod>, alsoCovers: Set<String> = [])
    case industry(ForcedLabourIndustry)
    /// A labour type that is a form of exploitation rather than an industry (begging).
    case labourOutsideISIC(ExploitationType)
    case sex(SexualExploitationType)
    case relationship(RelationshipToTrafficker)
    case mergedRelationship(Set<RelationshipToTrafficker>)
    case role(PerpetratorRole)
    case mergedRole(Set<PerpetratorRole>)
    /// A valid category HTCDS has no code for; the text says why.
    case noEquivalent(String)
    /// CTDC's "not specified"/"unknown" member of a group: it says nothing.
    case notSpecified
}

/// How a column is read.
enum CTDCColumnRole: Sendable {
    case registrationYears, dataSource, gender, ageBand
    case majorityStatus, majorityStatusAtExploitation, majorityEntry
    case citizenship, countryOfExploitation, originRegion, exploitationRegion
    case traffickingMonths, abduction
    case flag(CTDCFlagGroup, CTDCFlagEffect)
    /// The 2017 `RecruiterRelationship` text, `;`-separated.
    case recruiterRelationshipText
    case perpetratorGenders, perpetratorAgeBands, perpetratorRegions, perpetratorRelationships, perpetratorPaidMoney
    /// Recognised but not read; the text says why.
    case notRead(String)
}

/// A column a layout defines.
struct CTDCColumnSpec: Sendable {
    /// The canonical spelling, used in notes and in ``MappedSet`` source names.
    let name: String
    let role: CTDCColumnRole
    /// Whether its absence deserves a note (optional columns appear only in some releases).
    let expected: Bool

    init(_ name: String, _ role: CTDCColumnRole, expected: Bool = true) {
        self.name = name
        self.role = role
        self.expected = expected
    }
}

/// The columns of each layout. docs/ctdc-crosswalk.md explains each choice.
enum CTDCColumns {
    static func specs(for layout: CTDCLayout) -> [CTDCColumnSpec] {
        switch layout {
        case .kAnonymised2017: kAnonymised2017
        case .synthetic2024, .synthetic2025: synthetic
        case .victimPerpetrator: victimPerpetrator
        }
    }

    private static let concatenated = "it repeats the flag columns, which are read instead"

    static let kAnonymised2017: [CTDCColumnSpec] = [
        .init("yearOfRegistration", .registrationYears),
        .init("Datasource", .dataSource),
        .init("gender", .gender),
        .init("ageBroad", .ageBand),
        .init("majorityStatus", .majorityStatus),
        .init("majorityStatusAtExploit", .majorityStatusAtExploitation),
        .init("majorityEntry", .majorityEntry),
        .init("citizenship", .citizenship),
        .init("meansOfControlDebtBondage", .flag(.control, .control(.debtBondage))),
        .init("meansOfControlTakesEarnings", .flag(.control, .control(.takesEarnings))),
        .init("meansOfControlRestrictsFinancialAccess", .flag(.control, .control(.restrictsFinancialAccess))),
        .init("meansOfControlThreats", .flag(.control, .control(.physicalThreats))),
        .init("meansOfControlPsychologicalAbuse", .flag(.control, .control(.psychologicalAbuse))),
        .init("meansOfControlPhysicalAbuse", .flag(.control, .control(.physicalAbuse))),
        .init("meansOfControlSexualAbuse", .flag(.control, .control(.sexualAbuse))),
        .init("meansOfControlFalsePromises", .flag(.control, .control(.falsePromises))),
        .init("meansOfControlPsychoactiveSubstances", .flag(.control, .control(.psychoactiveSubstance))),
        .init("meansOfControlRestrictsMovement", .flag(.control, .noEquivalent(
            "HTCDS defines RestrictsMovement in its field definitions but its picklist has no such value"))),
        .init("meansOfControlRestrictsMedicalCare", .flag(.control, .control(.restrictsMedicalCare))),
        .init("meansOfControlExcessiveWorkingHours", .flag(.control, .control(.excessiveWorkingHours))),
        .init("meansOfControlUsesChildren", .flag(.control, .control(.threatensChildrenFamily))),
        .init("meansOfControlThreatOfLawEnforcement", .flag(.control, .control(.threatsLawEnforcement))),
        .init("meansOfControlWithholdsNecessities", .flag(.control, .control(.withholdsNecessities))),
        .init("meansOfControlWithholdsDocuments", .flag(.control, .control(.withholdsDocuments))),
        .init("meansOfControlOther", .flag(.control, .control(.other))),
        .init("meansOfControlNotSpecified", .flag(.control, .notSpecified)),
        .init("meansOfControlConcatenated", .notRead(concatenated), expected: false),
        .init("isForcedLabour", .flag(.exploitation, .exploitation([.forcedLabour]))),
        .init("isSexualExploit", .flag(.exploitation, .exploitation([.sexualExploitation]))),
        .init("isOtherExploit", .flag(.exploitation, .exploitation([.other]))),
        .init("isSexAndLabour", .flag(.exploitation, .exploitation([.forcedLabour, .sexualExploitation]))),
        .init("isForcedMarriage", .flag(.exploitation, .exploitation([.forcedMarriage]))),
        .init("isForcedMilitary", .flag(.exploitation, .exploitation([.forcedMilitaryByNonStateActors]))),
        .init("isOrganRemoval", .flag(.exploitation, .exploitation([.organRemoval]))),
        .init("isSlaveryAndPractices", .flag(.exploitation, .mergedExploitation(
            [.servitude], alsoCovers: ["other practices similar to slavery"])), expected: false),
        .init("typeOfExploitConcatenated", .notRead(concatenated), expected: false),
        .init("typeOfLabourAgriculture", .flag(.labour, .industry(.agricultureForestryAndFishing))),
        .init("typeOfLabourAquafarming", .flag(.labour, .industry(.agricultureForestryAndFishing))),
        .init("typeOfLabourBegging", .flag(.labour, .labourOutsideISIC(.forcedBegging))),
        .init("typeOfLabourConstruction", .flag(.labour, .industry(.construction))),
        .init("typeOfLabourDomesticWork", .flag(.labour, .industry(.activitiesOfHouseholdsAsEmployers))),
        .init("typeOfLabourHospitality", .flag(.labour, .industry(.accommodationAndFoodServiceActivities))),
        .init("typeOfLabourIllicitActivities", .flag(.labour, .noEquivalent(
            "illicit activities are not an ISIC industry"))),
        .init("typeOfLabourManufacturing", .flag(.labour, .industry(.manufacturing))),
        .init("typeOfLabourMiningOrDrilling", .flag(.labour, .industry(.miningAndQuarrying))),
        .init("typeOfLabourPeddling", .flag(.labour, .industry(.wholesaleAndRetailTradeRepairOfMotorVehicles))),
        .init("typeOfLabourTransportation", .flag(.labour, .industry(.transportationAndStorage))),
        .init("typeOfLabourOther", .flag(.labour, .noEquivalent("CTDC does not say which industry"))),
        .init("typeOfLabourNotSpecified", .flag(.labour, .notSpecified)),
        .init("typeOfLabourConcatenated", .notRead(concatenated), expected: false),
        .init("typeOfSexProstitution", .flag(.sex, .sex(.prostitution))),
        .init("typeOfSexPornography", .flag(.sex, .sex(.pornography))),
        .init("typeOfSexRemoteInteractiveServices", .flag(.sex, .sex(.remoteInteractiveServices))),
        .init("typeOfSexPrivateSexualServices", .flag(.sex, .sex(.privateSexualServices))),
        .init("typeOfSexConcatenated", .notRead(concatenated), expected: false),
        .init("isAbduction", .abduction),
        .init("RecruiterRelationship", .recruiterRelationshipText),
        .init("CountryOfExploitation", .countryOfExploitation),
        .init("recruiterRelationIntimatePartner", .flag(.recruiterRelation, .mergedRelationship([.familial, .acquainted]))),
        .init("recruiterRelationFriend", .flag(.recruiterRelation, .relationship(.acquainted))),
        .init("recruiterRelationFamily", .flag(.recruiterRelation, .relationship(.familial))),
        .init("recruiterRelationOther", .flag(.recruiterRelation, .noEquivalent(recruiterOther))),
        .init("recruiterRelationUnknown", .flag(.recruiterRelation, .notSpecified)),
    ]

    static let recruiterOther = "CTDC's other recruiters (brokers, employers, smugglers) may be known to the victim or not"

    /// Codebook v2 (2024); the 2025/2026 `sectorOf*` spellings sit beside the `typeOf*` ones.
    static let synthetic: [CTDCColumnSpec] = [
        .init("yearOfRegistration", .registrationYears),
        .init("gender", .gender),
        .init("ageBroad", .ageBand),
        .init("citizenship", .citizenship),
        .init("CountryOfExploitation", .countryOfExploitation),
        .init("traffickMonths", .traffickingMonths),
        .init("meansDebtBondageEarnings", .flag(.control, .mergedControl([.debtBondage, .takesEarnings]))),
        .init("meansThreats", .flag(.control, .mergedControl([.physicalThreats, .threatensChildrenFamily, .threatsLawEnforcement]))),
        .init("meansAbusePsyPhySex", .flag(.control, .mergedControl([.psychologicalAbuse, .physicalAbuse, .sexualAbuse]))),
        .init("meansFalsePromises", .flag(.control, .control(.falsePromises))),
        .init("meansDrugsAlcohol", .flag(.control, .control(.psychoactiveSubstance))),
        .init("meansDenyBasicNeeds", .flag(.control, .mergedControl(
            [.restrictsFinancialAccess, .restrictsMedicalCare, .withholdsNecessities], alsoCovers: ["RestrictsMovement"]))),
        .init("meansExcessiveWorkHours", .flag(.control, .control(.excessiveWorkingHours))),
        .init("meansWithholdDocs", .flag(.control, .control(.withholdsDocuments)), expected: false),
        .init("meansWithholdDocuments", .flag(.control, .control(.withholdsDocuments)), expected: false),
        .init("isForcedLabour", .flag(.exploitation, .exploitation([.forcedLabour]))),
        .init("isSexualExploit", .flag(.exploitation, .exploitation([.sexualExploitation]))),
        .init("isOtherExploit", .flag(.exploitation, .mergedExploitation([.forcedMarriage, .forcedMilitaryByNonStateActors, .organRemoval, .other]))),
        .init("typeOfLabourAgriculture", .flag(.labour, .industry(.agricultureForestryAndFishing)), expected: false),
        .init("typeOfLabourConstruction", .flag(.labour, .industry(.construction)), expected: false),
        .init("typeOfLabourDomesticWork", .flag(.labour, .industry(.activitiesOfHouseholdsAsEmployers)), expected: false),
        .init("typeOfLabourHospitality", .flag(.labour, .industry(.accommodationAndFoodServiceActivities)), expected: false),
        .init("typeOfSexProstitution", .flag(.sex, .sex(.prostitution)), expected: false),
        .init("typeOfSexPornography", .flag(.sex, .sex(.pornography)), expected: false),
        .init("sectorOfLabourAgriculture", .flag(.labour, .industry(.agricultureForestryAndFishing)), expected: false),
        .init("sectorOfLabourConstruction", .flag(.labour, .industry(.construction)), expected: false),
        .init("sectorOfLabourDomesticWork", .flag(.labour, .industry(.activitiesOfHouseholdsAsEmployers)), expected: false),
        .init("sectorOfLabourHospitality", .flag(.labour, .industry(.accommodationAndFoodServiceActivities)), expected: false),
        .init("sectorOfSexProstitution", .flag(.sex, .sex(.prostitution)), expected: false),
        .init("sectorOfSexPornography", .flag(.sex, .sex(.pornography)), expected: false),
        .init("recruiterRelationIntimatePartner", .flag(.recruiterRelation, .mergedRelationship([.familial, .acquainted]))),
        .init("recruiterRelationFriend", .flag(.recruiterRelation, .relationship(.acquainted))),
        .init("recruiterRelationFamily", .flag(.recruiterRelation, .relationship(.familial))),
        .init("recruiterRelationOther", .flag(.recruiterRelation, .noEquivalent(recruiterOther))),
    ]

    static let victimPerpetrator: [CTDCColumnSpec] = [
        .init("yearRegister", .registrationYears),
        .init("gender", .gender),
        .init("majorityStatus", .majorityStatus),
        .init("isForcedLabour", .flag(.exploitation, .exploitation([.forcedLabour]))),
        .init("isSexualExploit", .flag(.exploitation, .exploitation([.sexualExploitation]))),
        .init("UN_COO_Region", .originRegion),
        .init("UN_COE_Region", .exploitationRegion),
        .init("IP_Exploiter", .flag(.perpetratorRole, .role(.exploiter))),
        .init("IP_RecruiterBroker", .flag(.perpetratorRole, .mergedRole([.recruiterOrIntermediary, .brokerTravelAgent]))),
        .init("IP_TransactionProcess", .flag(.perpetratorRole, .mergedRole(
            [.transporter, .transferredIndividual, .harbouredIndividual, .soldIndividual, .boughtIndividual, .receivedIndividual]))),
        .init("IP_ControlAbuseKidnap", .flag(.perpetratorRole, .mergedRole([.controlledIndividual, .abuser, .kidnapper]))),
        .init("IP_Gender", .perpetratorGenders),
        .init("IP_ageBroad", .perpetratorAgeBands),
        .init("IP_citizen_UNRegion", .perpetratorRegions),
        .init("IP_Relation", .perpetratorRelationships),
        .init("IP_PayMoney", .perpetratorPaidMoney),
    ]
}
