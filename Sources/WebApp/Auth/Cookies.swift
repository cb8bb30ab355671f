import Vapor

/// The cookies Libertas sets, with the same safe attributes everywhere.
enum Cookies {
    static let session = "libertas_session"
    static let language = "libertas_lang"
    static let flash = "libertas_flash"

    /// A cookie that scripts cannot read. `Secure` follows the configuration; by
    /// default it is set unless the browser talks plain HTTP to this machine,
    /// which is how `swift run libertas serve` is first used.
    static func make(
        _ value: String,
        for request: Request,
        maxAge: Int? = nil,
        sameSite: HTTPCookies.SameSitePolicy = .lax
    ) -> HTTPCookies.Value {
        HTTPCookies.Value(
            string: value,
            maxAge: maxAge,
            path: "/",
            isSecure: isSecure(for: request),
            isHTTPOnly: true,
            sameSite: sameSite
        )
    }

    static func expired(for request: Request) -> HTTPCookies.Value {
        HTTPCookies.Value(string: "", maxAge: 0, path: "/", isSecure: isSecure(for: request), isHTTPOnly: true, sameSite: .lax)
    }

    static func isSecure(for request: Request) -> Bool {
        if let configured = request.application.libertas.config.http.secureCookies { return configured }
        if request.isSecureTransport { return true }
        let host = request.headers.first(name: .host)?.split(separator: ":").first.map(String.init) ?? ""
        return !(host == "localhost" || host == "127.0.0.1" || host == "[::1]" || host.hasSuffix(".localhost"))
    }
}
