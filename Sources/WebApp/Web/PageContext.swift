import AccessControl
import Localization
import Vapor

/// What every page needs besides its own data: the reader's language, who is
/// signed in, the form token, and where they are.
struct PageContext {
    let t: Localizer
    let user: SignedInUser?
    let csrfToken: String
    /// Path and query of this page, to come back to after switching language.
    let currentURL: String
    let policy: AccessPolicy
    /// A one-off message carried over a redirect, such as "Organisation created".
    let flash: TextKey?
    /// The signed-in user's unread in-app notifications, for the header; nil when not counted.
    var unreadNotifications: Int? = nil

    /// Whether the signed-in user may list records of `kind` at all, to decide
    /// which navigation links to show.
    func mayList(_ kind: RecordKind) -> Bool {
        guard let user else { return false }
        return policy.scope(for: user.principal, action: .list, kind: kind) != nil
    }

    /// Whether the signed-in user may list records of `kind` beyond their own.
    func mayListOthers(_ kind: RecordKind) -> Bool {
        guard let user, let scope = policy.scope(for: user.principal, action: .list, kind: kind) else { return false }
        return scope > .own
    }
}

extension Request {
    var pageContext: PageContext {
        PageContext(
            t: localizer,
            user: auth.get(SignedInUser.self),
            csrfToken: csrfToken,
            currentURL: url.string,
            policy: libertas.policy,
            flash: cookies[Cookies.flash].flatMap { TextKey(rawValue: $0.string) },
            unreadNotifications: unreadNotifications
        )
    }
}

/// Pages build HTML; this wraps it in a response.
enum HTMLResponse {
    static func make(_ html: String, status: HTTPResponseStatus = .ok, language: Language, clearFlash: Bool = true) -> Response {
        make(.init(string: html), status: status, language: language, clearFlash: clearFlash)
    }

    /// The same for a body that may still be being written, such as a page streamed in parts.
    static func make(_ body: Response.Body, status: HTTPResponseStatus = .ok, language: Language, clearFlash: Bool = true) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .html
        headers.replaceOrAdd(name: .contentLanguage, value: language.tag)
        let response = Response(status: status, headers: headers, body: body)
        if clearFlash {
            response.cookies[Cookies.flash] = HTTPCookies.Value(string: "", maxAge: 0, path: "/", isHTTPOnly: true, sameSite: .lax)
        }
        return response
    }
}

extension Request {
    /// Renders a page for this request.
    func page(_ page: (PageContext) -> String, status: HTTPResponseStatus = .ok) -> Response {
        let context = pageContext
        return HTMLResponse.make(page(context), status: status, language: context.t.language, clearFlash: context.flash != nil)
    }

    /// Redirects after a successful form post, with a message for the next page.
    func redirect(to location: String, flash: TextKey) -> Response {
        let response = redirect(to: location, redirectType: .normal)
        response.cookies[Cookies.flash] = Cookies.make(flash.rawValue, for: self, maxAge: 60)
        return response
    }
}
