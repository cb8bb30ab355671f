import Localization
import Vapor

/// `/language?set=zh-Hans&next=/users`: remembers the chosen language in a
/// cookie and goes back to the page the person was on.
enum LanguageController {
    static func register(on routes: any RoutesBuilder) {
        routes.get("language") { request -> Response in
            let next = SignInController.safeNext(try? request.query.get(String.self, at: "next"))
            let response = request.redirect(to: next)
            if let tag = try? request.query.get(String.self, at: "set"), let language = Language(tag: tag) {
                response.cookies[Cookies.language] = Cookies.make(language.tag, for: request, maxAge: 365 * 86_400)
            }
            return response
        }
    }
}
