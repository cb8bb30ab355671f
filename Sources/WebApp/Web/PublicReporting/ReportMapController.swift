import Charts
import Foundation
import Localization
import Vapor

/// `/report/map`: the views of the report form's map, drawn here from the world outlines so that
/// pointing at a place asks nothing of a third-party tile server.
///
/// Views are snapped to a grid (``PickerMap``) and cached by the browser for a day; the place
/// finally marked is drawn by the page's script and never requested. The access log keeps the
/// path only, never the query, so the views someone looked at are not written down either.
enum ReportMapController {
    static func register(on routes: any RoutesBuilder) {
        routes.get("report", "map", use: view)
    }

    static func view(_ request: Request) async throws -> Response {
        try request.libertas.publicLimits.admitMapView(address: request.clientAddress, now: request.libertas.now())
        let query = try request.query.decode(ReportMapQuery.self)
        let level = query.level ?? 0
        let latitude = query.latitude ?? 0, longitude = query.longitude ?? 0
        guard (0..<PickerMap.spans.count).contains(level), (-90...90).contains(latitude), (-180...180).contains(longitude) else {
            throw AppError.badRequest(.reportMapBadView, ["levels": String(PickerMap.spans.count - 1)])
        }
        let map = PickerMap(longitude: longitude, latitude: latitude, level: level)
        // The page passes its language, so each language's views are cached under their own address.
        let t = query.language.flatMap(Language.init(tag:)).map(Localizer.init) ?? request.localizer
        let svg = map.svg(title: t(.reportMapTitle),
                          description: t(.reportMapDescription, ["latitude": String(format: "%.2f", map.center.latitude),
                                                                 "longitude": String(format: "%.2f", map.center.longitude)]))
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "image", subType: "svg+xml", parameters: ["charset": "utf-8"])
        headers.replaceOrAdd(name: .cacheControl, value: "private, max-age=86400")
        return Response(status: .ok, headers: headers, body: .init(string: svg))
    }
}

/// The query of `/report/map`; every part optional (the whole world at level 0).
struct ReportMapQuery: Content {
    var latitude: Double?
    var longitude: Double?
    var level: Int?
    var language: String?
}
