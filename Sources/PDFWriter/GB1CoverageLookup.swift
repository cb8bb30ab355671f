extension GB1Coverage {
    /// True when the Chinese font can show `scalar`, i.e. `UniGB-UCS2-H` maps it to a glyph.
    ///
    /// Binary search over the generated ranges: 150 ranges, so at most 8 comparisons.
    static func contains(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.value <= 0xFFFF else { return false }  // UCS-2 cannot address beyond the BMP
        let code = UInt16(scalar.value)
        var low = 0
        var high = ranges.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let range = ranges[middle]
            if code < range.first {
                high = middle - 1
            } else if code > range.last {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }
}
