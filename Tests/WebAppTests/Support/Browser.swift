import Foundation
import Testing
import Vapor
import VaporTesting
@testable import WebApp

/// Drives the HTML side like a browser does: keeps cookies, sends forms with
/// the CSRF token a page would carry, and does not follow redirects on its own.
final class Browser: @unchecked Sendable {
    let app: Application
    private(set) var cookies: [String: String] = [:]
    var acceptLanguage: String?

    init(app: Application) {
        self.app = app
    }

    /// The form token for this browser's CSRF cookie, set up on first use as a page would.
    var csrfToken: String {
        if cookies[CSRFTokens.cookieName] == nil { cookies[CSRFTokens.cookieName] = SecretGenerator.token() }
        return app.libertas.csrf.token(for: cookies[CSRFTokens.cookieName]!)
    }

    @discardableResult
    func get(_ path: String) async throws -> TestingHTTPResponse {
        try await send(.GET, path, body: nil)
    }

    /// Posts a form with this browser's CSRF token added (unless `csrf` is false).
    @discardableResult
    func submit(_ path: String, _ fields: [String: String], extra: [(String, String)] = [], csrf: Bool = true) async throws -> TestingHTTPResponse {
        var pairs = fields.map { ($0.key, $0.value) } + extra
        if csrf { pairs.append((CSRFTokens.fieldName, csrfToken)) }
        let body = pairs.map { "\(Components.percentEncoded($0.0))=\(Components.percentEncoded($0.1))" }.joined(separator: "&")
        return try await send(.POST, path, body: body)
    }

    private func send(_ method: HTTPMethod, _ path: String, body: String?) async throws -> TestingHTTPResponse {
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .accept, value: "text/html")
        if let acceptLanguage { headers.replaceOrAdd(name: .acceptLanguage, value: acceptLanguage) }
        if !cookies.isEmpty {
            headers.replaceOrAdd(name: .cookie, value: cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; "))
        }
        if body != nil { headers.contentType = .urlEncodedForm }
        let response = try await app.testing().sendRequest(method, path, headers: headers, body: body.map { ByteBuffer(string: $0) })
        for cookie in response.headers[.setCookie] {
            let pair = cookie.split(separator: ";").first.map(String.init) ?? ""
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { continue }
            if parts[1].isEmpty || cookie.lowercased().contains("max-age=0") {
                cookies.removeValue(forKey: parts[0])
            } else {
                cookies[parts[0]] = parts[1]
            }
        }
        return response
    }
}

extension TestingHTTPResponse {
    var text: String { body.string }
    var location: String? { headers.first(name: .location) }
}
