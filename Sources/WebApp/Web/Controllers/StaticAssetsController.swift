import Vapor

/// The stylesheet, the report form's and panic page's scripts and the icon, compiled into the binary and cached by browsers.
enum StaticAssetsController {
    static let icon = """
    <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#0b5563"/><path d="M9 7h4v14h10v4H9z" fill="#fff"/></svg>
    """

    static func register(on app: Application) {
        app.get("static", "app.css") { _ in asset(Stylesheet.css, type: HTTPMediaType(type: "text", subType: "css", parameters: ["charset": "utf-8"])) }
        app.get("static", "report.js") { _ in asset(ReportScript.javascript, type: HTTPMediaType(type: "text", subType: "javascript", parameters: ["charset": "utf-8"])) }
        app.get("static", "report-map.js") { _ in asset(ReportMapScript.javascript, type: HTTPMediaType(type: "text", subType: "javascript", parameters: ["charset": "utf-8"])) }
        app.get("static", "panic.js") { _ in asset(PanicScript.javascript, type: HTTPMediaType(type: "text", subType: "javascript", parameters: ["charset": "utf-8"])) }
        app.get("static", "operator.js") { _ in asset(OperatorScript.javascript, type: HTTPMediaType(type: "text", subType: "javascript", parameters: ["charset": "utf-8"])) }
        app.get("static", "icon.svg") { _ in asset(icon, type: HTTPMediaType(type: "image", subType: "svg+xml")) }
        app.get("favicon.ico") { request in request.redirect(to: "/static/icon.svg", redirectType: .permanent) }
    }

    static func asset(_ body: String, type: HTTPMediaType) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = type
        headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=3600")
        return Response(status: .ok, headers: headers, body: .init(string: body))
    }
}
