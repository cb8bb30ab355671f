import Vapor

/// The page a browser sees when something goes wrong: a plain explanation in
/// its language, a way forward, and for server errors the request id to quote.
enum ErrorPage {
    static func response(mapped: ErrorMapping.Mapped, request: Request) -> Response {
        if mapped.status == .unauthorized {
            return request.redirect(to: "/login")
        }
        let context = request.pageContext
        let t = context.t
        let title: String = switch mapped.status {
        case .notFound: t(.errorPageNotFoundTitle)
        case .forbidden: t(.errorPageForbiddenTitle)
        case .tooManyRequests: t(.errorPageTooManyTitle)
        case _ where mapped.status.code >= 500: t(.errorPageServerTitle)
        default: t(.errorPageBadRequestTitle)
        }
        let html = Layout.render(context, title: title) {
            section(.class("card narrow")) {
                h1 { title }
                p { mapped.message }
                if !mapped.fields.isEmpty {
                    ul { for field in mapped.fields { li { "\(field.field): \(field.message)" } } }
                }
                if mapped.status.code >= 500 {
                    p(.class("hint")) { t(.errorPageRequestID, ["id": request.requestID]) }
                }
                p { a(.href("/")) { t(.errorPageHome) } }
            }
        }
        return HTMLResponse.make(html, status: mapped.status, language: t.language, clearFlash: false)
    }
}
