import FluentKit
import Foundation

/// A support plan for a victim (HTCDS `spl_`).
public final class SupportPlanModel: Model, @unchecked Sendable {
    public static let schema = "support_plans"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "case_id") public var caseFile: CaseFileModel
    @Parent(key: "victim_id") public var victim: VictimModel
    /// A `SupportPlanType` value.
    @Field(key: "plan_type") public var planType: String
    @OptionalField(key: "objectives_enc") public var objectivesCipher: String?
    @OptionalField(key: "action_plan_enc") public var actionPlanCipher: String?
    /// `YYYY-MM-DD`.
    @OptionalField(key: "planned_end") public var plannedEnd: String?
    @OptionalField(key: "actual_end") public var actualEnd: String?

    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(id: UUID = .timeOrdered(), caseID: UUID, victimID: UUID, planType: String) {
        self.id = id
        self.$caseFile.id = caseID
        self.$victim.id = victimID
        self.planType = planType
    }

    public enum EncryptedField {
        public static let objectives = "support_plans.objectives"
        public static let actionPlan = "support_plans.action_plan"
    }
}

/// A service given to a victim, inside a support plan or on its own.
public final class ServiceModel: Model, @unchecked Sendable {
    public static let schema = "services"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "case_id") public var caseFile: CaseFileModel
    @Parent(key: "victim_id") public var victim: VictimModel
    @OptionalParent(key: "support_plan_id") public var supportPlan: SupportPlanModel?
    /// A `ServiceType` value.
    @Field(key: "service_type") public var serviceType: String
    /// The need the service answers, in the worker's words, encrypted.
    @OptionalField(key: "need_enc") public var needCipher: String?
    @OptionalParent(key: "provider_id") public var provider: OrganisationModel?
    /// A provider outside Libertas, by name.
    @OptionalField(key: "provider_name") public var providerName: String?
    /// A `ServiceStatus` value.
    @Field(key: "status") public var status: String
    @OptionalField(key: "start_on") public var startOn: String?
    @OptionalField(key: "end_on") public var endOn: String?
    @OptionalField(key: "notes_enc") public var notesCipher: String?

    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(id: UUID = .timeOrdered(), caseID: UUID, victimID: UUID, serviceType: String, status: String) {
        self.id = id
        self.$caseFile.id = caseID
        self.$victim.id = victimID
        self.serviceType = serviceType
        self.status = status
    }

    public enum EncryptedField {
        public static let need = "services.need"
        public static let notes = "services.notes"
    }
}
