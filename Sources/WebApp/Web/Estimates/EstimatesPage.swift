import Foundation
import Localization
import Vapor

/// The estimate page: the form, then the estimate and everything needed to judge it (overlaps,
/// model, cautions, fit, strata) and the method's assumptions in plain words.
enum EstimatesPage {
    /// The form's values as given, so a refused form comes back as it was filled in.
    struct Form {
        var from: String
        var to: String
        var organisations: Set<String>
        var confirmed: Bool
        var method: String
        var interval: String
        var stratify: String

        init(_ request: Request, asked: EstimateRequest?) {
            from = asked.map { String($0.from) } ?? request.queryValue("from") ?? ""
            to = asked.map { String($0.to) } ?? request.queryValue("to") ?? ""
            // A refused form has no parsed request: the boxes ticked come back from the query as sent.
            organisations = Set(asked?.organisationIDs.map(\.uuidString)
                ?? ((try? request.query.get([String].self, at: "organisations")) ?? []).map { $0.uppercased() })
            confirmed = asked?.confirmedOnly ?? false
            method = request.queryValue("method") ?? "stepwise"
            interval = request.queryValue("interval") ?? "wald-log"
            stratify = request.queryValue("stratify") ?? ""
        }
    }

    struct Model {
        var form: Form
        var organisations: [(id: String, name: String)]
        var outcome: EstimateOutcome?
        var errors: FormErrors = .none
    }

    static func render(_ context: PageContext, _ model: Model) -> String {
        let t = context.t
        return Layout.render(context, title: t(.estimatesTitle), section: .estimates) {
            h1 { t(.estimatesTitle) }
            p { t(.estimatesIntro) }
            Components.errorSummary(model.errors, t: t)
            filters(context, model)
            if let outcome = model.outcome {
                EstimatesSections.results(context, outcome)
            } else if model.errors.isEmpty {
                Components.notice(t(.estimatesEmpty))
            }
            EstimatesSections.assumptions(context)
        }
    }

    static func filters(_ context: PageContext, _ model: Model) -> HTMLNode {
        let t = context.t
        let values = model.form
        return form(.class("filters"), .method("get"), .action("/estimates"), .id("estimate-form")) {
            Components.textField("from", label: t(.statsFrom), value: values.from, type: "number", errors: model.errors, maxLength: 4)
            Components.textField("to", label: t(.statsTo), value: values.to, type: "number", errors: model.errors, maxLength: 4)
            Components.checkboxes("organisations", legend: t(.estimatesOrganisations), hint: t(.estimatesOrganisationsHint),
                                  options: model.organisations.map { (value: $0.id, label: $0.name, hint: nil) },
                                  checked: values.organisations, errors: model.errors, wide: true)
            Components.selectField("method", label: t(.estimatesMethod), options: [
                ("stepwise", t(.estimatesMethodStepwise)), ("main", t(.estimatesMethodMain)), ("aic", t(.estimatesMethodAIC)), ("bic", t(.estimatesMethodBIC)),
            ], selected: values.method, errors: model.errors)
            Components.selectField("interval", label: t(.estimatesInterval), options: [
                ("wald-log", t(.estimatesIntervalWaldLog)), ("profile", t(.estimatesIntervalProfile)), ("bootstrap", t(.estimatesIntervalBootstrap)),
            ], selected: values.interval, errors: model.errors)
            Components.selectField("stratify", label: t(.estimatesStratify), options: [
                ("sex", t(.estimatesStratifySex)), ("age", t(.estimatesStratifyAge)), ("form", t(.estimatesStratifyForm)),
            ], selected: values.stratify, errors: model.errors, includeBlank: t(.estimatesStratifyNone))
            Components.checkbox("confirmed", label: t(.statsConfirmedOnly), checked: values.confirmed)
            div { button(.type("submit"), .class("secondary")) { t(.statsApply) } }
        }
    }
}
