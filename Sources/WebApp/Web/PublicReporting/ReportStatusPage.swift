import Localization
import PublicReporting
import Storage

/// `/report/status`: the code holder enters code and secret (posted, never in
/// the address), then sees the status and what they added, and may add more.
enum ReportStatusPage {
    struct Model {
        var code = ""
        /// Kept in the page only after a successful check, to post additions.
        var secret = ""
        var status: ReporterDesk.Status?
        var errors = FormErrors.none
        var message: String?
        var added = false
        var text = ""
    }

    static func render(_ context: PageContext, _ model: Model) -> String {
        let t = context.t
        return Layout.render(context, title: t(.reportStatusTitle), section: .report) {
            section(.class("card report-status")) {
                h1 { t(.reportStatusTitle) }
                ReportFormPage.languageSwitch(context)
                if let message = model.message { Components.notice(message, kind: "error") }
                if model.added { Components.notice(t(.reportAdded), kind: "success") }
                if let status = model.status {
                    statusSection(t, status)
                    addForm(context, model)
                } else {
                    p { t(.reportStatusIntro) }
                    Components.errorSummary(model.errors, t: t)
                    form(.class("stacked"), .id("status-form"), .method("post"), .action("/report/status")) {
                        Components.csrfField(context.csrfToken)
                        Components.textField("code", label: t(.reportCodeField), value: model.code, errors: model.errors, required: true, autocomplete: "off", maxLength: 20)
                        Components.textField("secret", label: t(.reportSecretField), type: "password", errors: model.errors, required: true, autocomplete: "off")
                        div { button(.type("submit")) { t(.reportStatusCheck) } }
                    }
                }
            }
        }
    }

    private static func statusSection(_ t: Localizer, _ status: ReporterDesk.Status) -> HTMLNode {
        div {
            dl(.class("credentials")) {
                dt { t(.reportCodeLabel) }
                dd { element("code", []) { status.code } }
                dt { t(.reportStatusLabel) }
                dd(.id("report-status")) { t(statusLabel(status.status)) }
                dt { t(.reportReceivedOn) }
                dd { status.dateOnly ? t.day(status.receivedAt) : t.dateTime(status.receivedAt) }
            }
            h2 { t(.reportFollowUpsTitle) }
            if status.followUps.isEmpty {
                p(.class("hint")) { t(.reportNoFollowUps) }
            } else {
                ul(.class("followups")) {
                    for item in status.followUps {
                        li {
                            p(.class("hint")) { status.dateOnly ? t.day(item.addedAt) : t.dateTime(item.addedAt) }
                            p(.class("followup-text")) { item.text }
                        }
                    }
                }
            }
            if status.attachments > 0 { p { t(.reportFilesCount, ["count": String(status.attachments)]) } }
            p(.class("hint")) { t(.reportOperatorNotesHidden) }
        }
    }

    private static func addForm(_ context: PageContext, _ model: Model) -> HTMLNode {
        let t = context.t
        return form(.class("stacked"), .id("followup-form"), .method("post"), .action("/report/status/add"), Attribute("enctype", "multipart/form-data")) {
            Components.csrfField(context.csrfToken)
            input(.type("hidden"), .name("code"), .value(model.code))
            input(.type("hidden"), .name("secret"), .value(model.secret))
            Components.errorSummary(model.errors, t: t)
            ReportFormPage.textArea("text", label: t(.reportAddLabel), value: model.text,
                                    hint: t(.reportAddHint, ["max": String(ReportInput.Limits.followUpCharacters)]),
                                    errors: model.errors, rows: 5, required: false, maxLength: ReportInput.Limits.followUpCharacters)
            div(.class("field"), .id("field-file")) {
                label(.for("file-input")) { t(.reportFileLabel) }
                if let error = model.errors.message(for: "file") { p(.class("field-error")) { error } }
                input(.type("file"), .id("file-input"), .name("file"), Attribute("accept", ".pdf,.jpg,.jpeg,.png,.txt,.docx,.odt,.mp3,.m4a,.ogg"))
            }
            ReportFormPage.dataUse(t, why: t(.reportFileWhy), use: t(.reportFileUse))
            div { button(.type("submit")) { t(.reportAddSubmit) } }
        }
    }

    static func statusLabel(_ status: PublicReportModel.Status) -> TextKey {
        switch status {
        case .new: .reportStatusNew
        case .inProgress: .reportStatusInProgress
        case .verified: .reportStatusVerified
        case .closed: .reportStatusClosed
        case .falseAlarm: .reportStatusFalseAlarm
        }
    }
}
