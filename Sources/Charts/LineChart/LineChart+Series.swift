extension LineChart {
    /// One line: a name for the legend and values by year.
    public struct Series: Sendable, Hashable {
        public var name: String
        public var points: [Point]

        public init(name: String, points: [Point]) {
            self.name = name
            self.points = points
        }
    }

    /// One value of a series.
    public struct Point: Sendable, Hashable {
        public var year: Int
        public var value: Double

        public init(year: Int, value: Double) {
            self.year = year
            self.value = value
        }
    }
}
