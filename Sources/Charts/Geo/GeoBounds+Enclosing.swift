extension GeoBounds {
    /// The smallest box around `boxes`, allowed to cross the antimeridian.
    ///
    /// Latitudes simply take the min and max. Longitudes are treated as arcs on a circle: the
    /// result leaves out the widest stretch of longitude that no box touches. So a route from Fiji
    /// to New Zealand to Samoa yields 166°E…188° (crossing 180) instead of a box spanning the whole
    /// globe, while a route inside Europe stays an ordinary box. Input boxes must lie within
    /// -180...180 (as country data does); the result has `minLongitude` in -180...180.
    /// Returns nil for no boxes.
    public static func enclosing(_ boxes: [GeoBounds]) -> GeoBounds? {
        guard !boxes.isEmpty else { return nil }
        let minLatitude = boxes.map(\.minLatitude).min()!
        let maxLatitude = boxes.map(\.maxLatitude).max()!

        // Merge longitude intervals, then find the largest uncovered gap around the circle.
        let intervals = boxes.map { ($0.minLongitude, $0.maxLongitude) }.sorted { $0.0 < $1.0 }
        var merged: [(Double, Double)] = []
        for interval in intervals {
            if let last = merged.last, interval.0 <= last.1 {
                merged[merged.count - 1].1 = max(last.1, interval.1)
            } else {
                merged.append(interval)
            }
        }
        // The gap that wraps through the antimeridian, from the last interval's end to the first's start.
        var bestGap = merged[0].0 + 360 - merged[merged.count - 1].1
        var start = merged[0].0
        var end = merged[merged.count - 1].1
        for index in 0..<(merged.count - 1) {
            let gap = merged[index + 1].0 - merged[index].1
            if gap > bestGap {
                bestGap = gap
                // Everything from the interval after the gap, round the back, to the one before it.
                start = merged[index + 1].0
                end = merged[index].1 + 360
            }
        }
        return GeoBounds(minLongitude: start, minLatitude: minLatitude, maxLongitude: end, maxLatitude: maxLatitude)
    }
}
