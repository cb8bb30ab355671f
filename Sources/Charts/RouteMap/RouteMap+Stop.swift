extension RouteMap {
    /// One event of a route, placed in a country.
    public struct Stop: Sendable, Hashable {
        /// What happened at a stop. Raw values are used in CSS class names (`kind-transit`).
        public enum Kind: String, Sendable, Hashable, CaseIterable {
            case recruitment
            case transit
            case exploitation
        }

        /// ISO 3166-1 alpha-3 code of the country. Unknown codes are skipped when drawing.
        public var country: String
        /// What happened there.
        public var kind: Kind
        /// The position of the event on the route. Stops are drawn in ascending ordinal order and
        /// the marker shows this number, so it can match the numbering of the event list the page
        /// shows next to the map.
        public var ordinal: Int

        public init(country: String, kind: Kind, ordinal: Int) {
            self.country = country
            self.kind = kind
            self.ordinal = ordinal
        }
    }
}
