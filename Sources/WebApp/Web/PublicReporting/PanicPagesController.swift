import Vapor

/// `/panic`, its manifest and its service worker: open to anyone, no account.
enum PanicPagesController {
    static func register(on routes: any RoutesBuilder) {
        routes.get("panic", use: show)
        routes.get("panic", "manifest.webmanifest") { request in
            asset(PanicPage.manifest(request.localizer), type: HTTPMediaType(type: "application", subType: "manifest+json", parameters: ["charset": "utf-8"]))
        }
        // At the root so that its scope may be `/panic`; not under /static, whose answers browsers cache for an hour.
        routes.get("panic-sw.js") { _ in
            asset(PanicServiceWorker.javascript, type: HTTPMediaType(type: "text", subType: "javascript", parameters: ["charset": "utf-8"]))
        }
    }

    static func show(_ request: Request) async throws -> Response {
        let response = request.page { PanicPage.render($0) }
        // The page reads the position; every other public page may not.
        response.headers.replaceOrAdd(name: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(self)")
        return response
    }

    /// Checked for updates on each visit (`no-cache`), still usable from the service worker's cache offline.
    private static func asset(_ body: String, type: HTTPMediaType) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = type
        headers.replaceOrAdd(name: .cacheControl, value: "no-cache")
        return Response(status: .ok, headers: headers, body: .init(string: body))
    }
}
