import Foundation

/// Country outlines and label points for the whole world, from Natural Earth 1:50m (public domain),
/// simplified by `Tools/make_world_shapes.py`. See `Sources/Charts/README.md` for provenance.
///
/// The data is compiled in as compact text (about 110 KB) and decoded on first use: a Swift array
/// literal of ten thousand coordinate pairs would slow the compiler to a crawl, while a string
/// literal compiles instantly and decodes in a few milliseconds. Lookups never fail loudly: an
/// unknown or malformed code simply has no shape.
public enum WorldShapes {
    /// The shape for an ISO 3166-1 alpha-3 code (any case, surrounding spaces ignored), or nil for a
    /// code the data does not know.
    public static func shape(for code: String) -> CountryShape? {
        let key = code.trimmingCharacters(in: .whitespaces).uppercased()
        return table[key]
    }

    /// Every shape, sorted by code, including the few that only have a label point.
    public static var all: [CountryShape] { sorted }

    /// Every code the data knows.
    public static var codes: [String] { sorted.map(\.code) }

    private static let table: [String: CountryShape] = {
        var table: [String: CountryShape] = [:]
        for part in WorldShapeData.parts {
            for line in part.split(separator: "\n") {
                if let shape = decode(line) { table[shape.code] = shape }
            }
        }
        return table
    }()

    private static let sorted: [CountryShape] = table.values.sorted { $0.code < $1.code }

    /// Decodes `ISO3|lon,lat|minLon,minLat,maxLon,maxLat|lon,lat lon,lat;…` (see the data files).
    static func decode(_ line: Substring) -> CountryShape? {
        let fields = line.split(separator: "|", omittingEmptySubsequences: false)
        guard fields.count == 4, fields[0].count == 3,
              let label = point(fields[1]) else { return nil }
        let box = fields[2].split(separator: ",").compactMap { Double($0) }
        guard box.count == 4 else { return nil }
        let rings = fields[3].split(separator: ";").map { ring in
            ring.split(separator: " ").compactMap(point)
        }.filter { $0.count >= 3 }
        return CountryShape(
            code: String(fields[0]),
            labelPoint: label,
            mainBounds: GeoBounds(minLongitude: box[0], minLatitude: box[1], maxLongitude: box[2], maxLatitude: box[3]),
            rings: rings
        )
    }

    private static func point(_ text: Substring) -> GeoPoint? {
        guard let comma = text.firstIndex(of: ","),
              let longitude = Double(text[..<comma]),
              let latitude = Double(text[text.index(after: comma)...]) else { return nil }
        return GeoPoint(longitude: longitude, latitude: latitude)
    }
}
