extension CountryShape {
    /// The SVG path of this country under `projection`, or nil when it has no outline.
    ///
    /// Each ring is moved by a whole 360° towards the view's centre before projecting, so a view
    /// centred on the Pacific draws Fiji and Samoa next to each other. Rings are moved whole, never
    /// per vertex, because wrapping vertices one by one would tear rings that straddle the seam.
    public func pathData(_ projection: EquirectangularProjection) -> String? {
        guard hasOutline else { return nil }
        // Data precision is 0.1°: below 10 px per degree a tenth of a pixel adds bytes, not detail.
        var path = PathData(fractionDigits: projection.scale >= 10 ? 1 : 0)
        for ring in rings where ring.count >= 3 {
            let offset = ring.count > 0 ? projection.longitudeOffset(forLongitude: ring[0].longitude) : 0
            for (index, point) in ring.enumerated() {
                let projected = projection.project(longitude: point.longitude + offset, latitude: point.latitude)
                if index == 0 { path.move(to: projected) } else { path.line(to: projected) }
            }
            path.close()
        }
        return path.isEmpty ? nil : path.string
    }

    /// Whether any part of the country falls inside what `projection` shows.
    public func isVisible(in projection: EquirectangularProjection) -> Bool {
        let visible = projection.visibleBounds
        return [-360.0, 0, 360].contains { bounds.shifted(by: $0).intersects(visible) }
    }

    /// How large the country's main polygons appear, in pixels (the larger side of their projected
    /// box); zero without an outline. Charts draw something else for countries too small to see.
    /// The main box is used, not the full one, because Fiji's islands on both sides of 180° give it a
    /// full box as wide as the world.
    public func projectedExtent(_ projection: EquirectangularProjection) -> Double {
        guard hasOutline else { return 0 }
        return max(mainBounds.width * projection.longitudeScale, mainBounds.height * projection.scale)
    }
}
