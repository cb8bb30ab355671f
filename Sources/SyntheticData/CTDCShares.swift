import CaseModel

/// The shares the generator draws from, most of them counted in the CTDC
/// Victim–Perpetrator synthetic file (`CTDC_VPsynthetic_condensed.csv`, 21,195
/// rows, `../shared/data/ctdc_vp_synthetic/`), so that synthetic registers look
/// like the cases counter-trafficking organisations actually record, with the
/// same gaps. Counts are written as counted, not as percentages, so they can be
/// checked against the file. Shares not in CTDC are marked as the generator's
/// own plausible choice.
enum CTDCShares {
    /// A UN region as CTDC groups them (Americas and Oceania together), or unknown.
    enum Region: String, CaseIterable, Sendable {
        case africa, americasOceania, asia, europe
    }

    /// `UN_COO_Region` × `UN_COE_Region`: where victims come from and where they
    /// were exploited. `nil` is a blank cell.
    static let originAndExploitation = Weighted<(origin: Region?, exploitation: Region?)>([
        ((.europe, .europe), 4720), ((.asia, .asia), 4017), ((.africa, .africa), 3279), ((nil, nil), 1114),
        ((nil, .asia), 1045), ((.africa, nil), 1027), ((.asia, .europe), 992), ((.africa, .asia), 916),
        ((.asia, nil), 903), ((.europe, nil), 838), ((nil, .africa), 730), ((nil, .europe), 647),
        ((.europe, .asia), 299), ((.asia, .africa), 227), ((.americasOceania, .americasOceania), 131),
        ((.americasOceania, nil), 117), ((nil, .americasOceania), 74), ((.africa, .europe), 53),
        ((.europe, .africa), 30), ((.americasOceania, .europe), 20), ((.africa, .americasOceania), 7),
        ((.americasOceania, .africa), 5), ((.americasOceania, .asia), 4),
    ])

    /// `gender` × `majorityStatus`. CTDC has only female and male.
    static let genderAndMajority = Weighted<(gender: Gender?, minor: Bool?)>([
        ((.feminine, false), 8289), ((.masculine, false), 6449), ((nil, nil), 1736), ((nil, false), 1641),
        ((.masculine, nil), 1079), ((.feminine, nil), 789), ((.feminine, true), 511), ((.masculine, true), 467),
        ((nil, true), 234),
    ])

    /// `gender` × `isForcedLabour` × `isSexualExploit`: sexual exploitation is
    /// recorded almost only for women and girls.
    static func exploitation(_ gender: Gender?) -> Weighted<(forcedLabour: Bool, sexual: Bool)> {
        switch gender {
        case .feminine: femaleExploitation
        case .masculine: maleExploitation
        default: otherExploitation
        }
    }

    private static let femaleExploitation: Weighted<(forcedLabour: Bool, sexual: Bool)> = Weighted([((true, false), 5267.0), ((false, false), 2029), ((false, true), 2006), ((true, true), 287)])
    private static let maleExploitation: Weighted<(forcedLabour: Bool, sexual: Bool)> = Weighted([((true, false), 5645.0), ((false, false), 2309), ((false, true), 34), ((true, true), 7)])
    /// Blank gender.
    private static let otherExploitation: Weighted<(forcedLabour: Bool, sexual: Bool)> = Weighted([((true, false), 989.0), ((false, false), 2181), ((false, true), 388), ((true, true), 53)])

    /// `IP_Relation`: the victim's relationship to the perpetrator.
    static let relationship = Weighted<RelationshipToTrafficker?>([
        (.unaquainted, 8321 + 588 / 2 + 73 / 2), (nil, 6623), (.acquainted, 4617 + 588 / 2 + 6 / 2),
        (.familial, 967 + 73 / 2 + 6 / 2),
    ])

    /// `IP_Gender`; "Female;Male" (2,452 rows) means several perpetrators of both sexes.
    static let perpetratorGender = Weighted<[Gender]?>([
        ([.masculine], 9820), (nil, 5408), ([.feminine], 3515), ([.feminine, .masculine], 2452),
    ])

    /// The four role flags of the file, each set on this share of rows.
    static let roleShares: [(roles: [PerpetratorRole], rows: Double)] = [
        ([.recruiterOrIntermediary], 11865), ([.exploiter], 9458),
        ([.transporter, .harbouredIndividual, .soldIndividual], 7344), ([.controlledIndividual, .abuser, .kidnapper], 2078),
    ]
    static let rows = 21195.0

    /// Control methods, recruitment methods and industries are not in the
    /// Victim–Perpetrator file. These weights are the generator's own choice,
    /// ordered as CTDC's published dashboards rank them (false promises and
    /// taken earnings first).
    static let controlMethods = Weighted<ControlMethod>([
        (.falsePromises, 30), (.takesEarnings, 25), (.psychologicalAbuse, 22), (.restrictsFinancialAccess, 12),
        (.withholdsDocuments, 14), (.excessiveWorkingHours, 14), (.physicalThreats, 12), (.debtBondage, 10),
        (.physicalAbuse, 9), (.withholdsNecessities, 8), (.threatensChildrenFamily, 5), (.sexualAbuse, 6),
        (.threatsLawEnforcement, 4), (.psychoactiveSubstance, 3), (.restrictsMedicalCare, 3),
    ])

    static let recruitmentMethods = Weighted<RecruitmentMethod>([
        (.throughFriendsOrSocialEvents, 30), (.throughFamilyOrFamilyEvents, 14), (.throughOnlineSocialNetworks, 16),
        (.throughAnOnlineAdvertisement, 10), (.atWork, 10), (.atAPlaceOfBusiness, 8), (.throughANewspaperAdvert, 3),
        (.atAnEducationalInstitution, 2), (.throughATelevisionAdvert, 1), (.other, 6),
    ])

    static let industries = Weighted<ForcedLabourIndustry>([
        (.activitiesOfHouseholdsAsEmployers, 30), (.construction, 16), (.agricultureForestryAndFishing, 16),
        (.manufacturing, 10), (.accommodationAndFoodServiceActivities, 10), (.wholesaleAndRetailTradeRepairOfMotorVehicles, 4),
        (.miningAndQuarrying, 3), (.transportationAndStorage, 3), (.otherServiceActivities, 8),
    ])

    static let sexualExploitation = Weighted<SexualExploitationType>([
        (.prostitution, 70), (.privateSexualServices, 12), (.pornography, 10), (.remoteInteractiveServices, 8),
    ])

    /// Forms other than forced labour and sexual exploitation, for cases with neither flag (own choice).
    static let otherForms = Weighted<ExploitationType?>([
        (nil, 70), (.forcedBegging, 8), (.servitude, 6), (.forcedMarriage, 6), (.childLabour, 3), (.other, 7),
    ])
}
