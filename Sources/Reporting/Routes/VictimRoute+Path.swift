import Foundation

extension VictimRoute {
    /// The recorded countries in route order: the origin, the transits, the destination, each
    /// only if recorded. Codes are trimmed and upper-cased; an empty one counts as not recorded.
    var knownCountries: [String] {
        ([Self.code(origin)] + transits.map(Self.code) + [Self.code(destination)]).compactMap { $0 }
    }

    /// The route as published in top routes, codes cleaned as in ``knownCountries``.
    var path: RoutePath {
        RoutePath(origin: Self.code(origin), transits: transits.compactMap(Self.code), destination: Self.code(destination))
    }

    /// The distinct legs between consecutive recorded countries.
    var legs: Set<RouteLeg> {
        let countries = knownCountries
        return Set(zip(countries, countries.dropFirst()).map { RouteLeg(from: $0, to: $1) })
    }

    var scope: RouteScope {
        switch Set(knownCountries).count {
        case 0: .unknown
        case 1: .domestic
        default: .crossBorder
        }
    }

    /// The origin and destination areas of a domestic route when both are recorded, with its country.
    var domesticAreas: (country: String, from: String, to: String)? {
        guard scope == .domestic, let country = knownCountries.first,
              let from = Self.text(originArea), let to = Self.text(destinationArea)
        else { return nil }
        return (country, from, to)
    }

    static func code(_ text: String?) -> String? {
        self.text(text)?.uppercased()
    }

    static func text(_ text: String?) -> String? {
        guard let trimmed = text?.trimmingCharacters(in: .whitespaces), !trimmed.isEmpty else { return nil }
        return trimmed
    }
}
