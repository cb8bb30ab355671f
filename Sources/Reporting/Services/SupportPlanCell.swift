import CaseModel

/// A cell of the support-plan table: one year, a plan type (`nil`: all) and a state (`nil`: total).
struct SupportPlanCell: Hashable, Sendable {
    var year: Int
    var planType: SupportPlanType?
    var completed: Bool?
}
