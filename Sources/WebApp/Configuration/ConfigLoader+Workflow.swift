import CaseModel
import Foundation

extension ConfigLoader {
    /// `LIBERTAS_APPROVAL_STEPS` (a comma-separated list of steps, or `none`) and
    /// `LIBERTAS_REFERRAL_FOLLOW_UP_DAYS`.
    func loadWorkflow(problems: inout [ConfigProblem]) -> AppConfig.Workflow {
        var workflow = AppConfig.Workflow()
        if let list = environment[EnvironmentKey.approvalSteps], !list.trimmingCharacters(in: .whitespaces).isEmpty {
            let names = list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            if names.map({ $0.lowercased() }) == ["none"] {
                workflow.approvalSteps = []
            } else {
                // `ApprovalStep.parse` accepts `caseClosure` as well as `CaseClosure`.
                let unknown = names.filter { ApprovalStep.parse($0) == nil }
                if unknown.isEmpty {
                    workflow.approvalSteps = Set(names.compactMap(ApprovalStep.parse))
                } else {
                    let known = ApprovalStep.allCases.map { $0.rawValue.prefix(1).lowercased() + $0.rawValue.dropFirst() }
                    problems.append(ConfigProblem(EnvironmentKey.approvalSteps,
                                                  "unknown approval step \(unknown.map { "'\($0)'" }.joined(separator: ", ")); use a comma-separated list of \(known.joined(separator: ", ")), or none"))
                }
            }
        }
        if let days = environment[EnvironmentKey.referralFollowUpDays], !days.isEmpty {
            if let value = Int(days), (1...365).contains(value) {
                workflow.referralFollowUpDays = value
            } else {
                problems.append(ConfigProblem(EnvironmentKey.referralFollowUpDays, "'\(days)' is not a whole number of days between 1 and 365"))
            }
        }
        return workflow
    }
}
