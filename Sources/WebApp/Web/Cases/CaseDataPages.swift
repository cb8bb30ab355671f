import Foundation
import Localization
import Interchange

/// Importing and exporting cases on the web.
enum CaseDataPages {
    static func importForm(_ context: PageContext, errors: FormErrors) -> String {
        let t = context.t
        return Layout.render(context, title: t(.importTitle), section: .cases) {
            h1 { t(.importTitle) }
            p { t(.importIntro) }
            ul {
                li { a(.href("/cases/template.csv")) { t(.importTemplate) } }
                li { t(.importCLIHint) }
            }
            Components.errorSummary(errors, t: t)
            form(.class("stacked card"), .method("post"), .action("/cases/import"), Attribute("enctype", "multipart/form-data")) {
                Components.csrfField(context.csrfToken)
                Components.selectField("format", label: t(.importFormat), options: [("htcds", t(.importFormatHTCDS)), ("ctdc", t(.importFormatCTDC))], selected: "htcds", errors: errors, required: true)
                div(.class("field")) {
                    label(.for("field-file")) { t(.importFile) }
                    p(.class("hint"), .id("field-file-hint")) { t(.importFileHint, ["max": "\(ImportPolicy.maximumUploadBytes / 1_048_576) MB"]) }
                    if let error = errors.message(for: "file") { p(.class("field-error"), .id("field-file-error")) { error } }
                    input(.type("file"), .id("field-file"), .name("file"), .required(), Attribute("accept", ".csv,.xlsx"), .aria("describedby", "field-file-hint"))
                }
                div { button(.type("submit")) { t(.importSubmit) } }
            }
        }
    }

    static func result(_ context: PageContext, outcome: CaseImportRequest.Outcome) -> String {
        let t = context.t
        return Layout.render(context, title: t(.importResultTitle), section: .cases) {
            h1 { t(.importResultTitle) }
            outcomeReport(t, outcome, errorsPath: "/cases/import/errors")
            p { a(.class("button"), .href("/cases")) { t(.importBackToCases) } }
        }
    }

    /// The counts, the error file's link and the first rejected rows; shared by every import page.
    static func outcomeReport(_ t: Localizer, _ outcome: ImportOutcome, errorsPath: String) -> HTMLNode {
        let summary = outcome.summary
        return div(.class("import-outcome")) {
            Components.notice(t(.importSummary, ["read": String(summary.read), "imported": String(summary.imported), "skipped": String(summary.skipped), "errors": String(summary.errors)]),
                              kind: summary.errors == 0 ? "success" : "error")
            if let id = outcome.errorsID {
                p { a(.href("\(errorsPath)/\(id)")) { t(.importErrorsDownload) } }
                div(.class("table-wrap")) {
                    table(.id("import-errors")) {
                        caption { t(.importErrorsCaption, ["shown": String(outcome.errors.count)]) }
                        thead { tr {
                            th(.scope("col")) { t(.importRow) }
                            th(.scope("col")) { t(.importColumn) }
                            th(.scope("col")) { t(.importValue) }
                            th(.scope("col")) { t(.importMessage) }
                        } }
                        tbody {
                            for error in outcome.errors {
                                tr { td { String(error.row) }; td(.class("mono")) { error.column }; td { error.value }; td { error.message } }
                            }
                        }
                    }
                }
            }
        }
    }

    /// A header-only CSV of the HTCDS layout, with room for one perpetrator and three steps of the route.
    static var template: String {
        CSVWriter.string([HTCDSLayout.header(perpetrators: 1, events: 3)])
    }
}
