import Localization
import Vapor

extension Request {
    /// The language of this request: the one the person chose with the language
    /// switcher (a cookie), else the best match for their browser's
    /// `Accept-Language`, else English.
    var language: Language {
        if let chosen = cookies[Cookies.language]?.string, let language = Language(rawValue: chosen) {
            return language
        }
        return Language.negotiate(acceptLanguage: headers.first(name: .acceptLanguage))
    }

    /// Every user-facing string of a response goes through this.
    var localizer: Localizer { Localizer(language) }
}
