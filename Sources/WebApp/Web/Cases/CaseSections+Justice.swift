import Foundation
import Localization
import Reporting

/// The criminal-justice stages under each perpetrator, and the form to record one.
extension CaseSections {
    static func justiceStages(_ context: PageContext, _ model: Model, perpetratorID: UUID) -> HTMLNode {
        let t = context.t
        let stages = model.justiceStages.filter { $0.perpetratorID == perpetratorID }
        return fragment {
            if !stages.isEmpty {
                h3 { t(.justiceStagesHeading) }
                ul(.class("justice-stages")) {
                    for line in stages {
                        li {
                            strong { t(stageLabel(line.stage)) }
                            " · \(line.reachedOn?.description ?? "—")"
                            if let article = line.article { " · \(article)" }
                            if model.mayEdit {
                                " "
                                form(.class("inline-form"), .method("post"), .action("/cases/\(model.view.id)/justice-stages/\(line.id)/delete")) {
                                    Components.csrfField(context.csrfToken)
                                    button(.type("submit"), .class("link")) { t(.justiceStageDelete) }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    static func justiceStageForm(_ context: PageContext, _ model: Model) -> HTMLNode {
        let t = context.t
        let view = model.view
        let perpetrators = view.perpetrators.map { (value: $0.id.uuidString, label: $0.person.fullName.isEmpty ? "—" : $0.person.fullName) }
        return details(summary: t(.justiceStageAdd), open: model.errors.message(for: "stage") != nil || model.errors.message(for: "reachedOn") != nil) {
            form(.class("stacked"), .method("post"), .action("/cases/\(view.id)/justice-stages"), .id("justice-stage-form")) {
                Components.csrfField(context.csrfToken)
                Components.selectField("perpetratorId", label: t(.justiceStagePerpetrator), options: perpetrators, selected: nil, errors: model.errors, required: true)
                Components.selectField("stage", label: t(.justiceStageField), options: JusticeStage.allCases.map { ($0.rawValue, t(stageLabel($0))) },
                                       selected: nil, hint: t(.justiceStageHint), errors: model.errors, required: true)
                Components.textField("reachedOn", label: t(.justiceStageDate), hint: t(.hintPartialDate), errors: model.errors, required: true, maxLength: 10)
                Components.textField("article", label: t(.justiceStageArticle), hint: t(.justiceStageArticleHint), errors: model.errors, maxLength: 100)
                div { button(.type("submit")) { t(.justiceStageAdd) } }
            }
        }
    }

    static func stageLabel(_ stage: JusticeStage) -> TextKey {
        switch stage {
        case .formalContact: .justiceStageFormalContact
        case .prosecuted: .justiceStageProsecuted
        case .convicted: .justiceStageConvicted
        }
    }
}
