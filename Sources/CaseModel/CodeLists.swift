/// Every code list, for checks that must cover them all (labels, imports).
public enum CodeLists {
    /// Each list's field, label prefix and values.
    public static let all: [(field: String, labelPrefix: String, values: [String])] = [
        describe(OrganisationType.self), describe(Gender.self), describe(MaritalStatus.self), describe(EducationLevel.self),
        describe(TraffickingStatus.self), describe(StatusDecisionMaker.self), describe(RelationshipToTrafficker.self),
        describe(OnlinePlatform.self), describe(RecruitmentMethod.self), describe(ControlMethod.self),
        describe(ExploitationType.self), describe(ForcedLabourIndustry.self), describe(SexualExploitationType.self),
        describe(PerpetratorRole.self), describe(CaseStatus.self), describe(EventType.self), describe(SupportPlanType.self),
        describe(ServiceType.self), describe(ServiceStatus.self), describe(ConsentPurpose.self), describe(ConsentMethod.self),
    ]

    private static func describe<L: CodeList>(_ list: L.Type) -> (field: String, labelPrefix: String, values: [String]) {
        (L.field, L.labelPrefix, L.allCases.map(\.rawValue))
    }
}
