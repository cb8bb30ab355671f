extension FlowMap {
    /// A number of people moved from one country to another (or within one country).
    public struct Flow: Sendable, Hashable {
        /// ISO 3166-1 alpha-3 code of the country of origin. Unknown codes are skipped when drawing.
        public var from: String
        /// ISO 3166-1 alpha-3 code of the destination; the same as ``from`` for a domestic flow.
        public var to: String
        /// How many; nil when the figure is withheld (small-cell suppression). A withheld flow is
        /// drawn without any number, and flows of zero or less are not drawn.
        public var count: Int?

        public init(from: String, to: String, count: Int?) {
            self.from = from
            self.to = to
            self.count = count
        }

        /// Whether origin and destination are the same known country (compared as `WorldShapes`
        /// does: any case, surrounding spaces ignored).
        public var isDomestic: Bool {
            guard let origin = WorldShapes.shape(for: from) else { return false }
            return origin.code == WorldShapes.shape(for: to)?.code
        }
    }

    /// What a touched country is in the flows shown. Raw values are used in CSS class names
    /// (`role-origin`).
    public enum Role: String, Sendable, Hashable, CaseIterable {
        /// Only flows leave it.
        case origin
        /// Only flows arrive in it.
        case destination
        /// Flows leave and arrive, or stay inside it (a domestic flow).
        case both
    }
}
