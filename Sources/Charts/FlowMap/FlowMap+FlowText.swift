extension FlowMap {
    /// The caller's words and number format, in one place, so every title is built the same way.
    struct FlowText {
        let labels: [String: String]
        let withheldLabel: String
        let format: (Int) -> String

        /// The caller's name for `code`, or the code itself.
        func name(_ code: String) -> String {
            labels[code] ?? code
        }

        /// "From → To: count"; for a withheld flow "From → To: withheld text" (just "From → To"
        /// without one). The arrow and colon are symbols, not words, so nothing here needs translating.
        func title(for flow: PlacedFlow) -> String {
            let route = name(flow.from.code) + " → " + name(flow.to.code)
            if let count = flow.count { return route + ": " + format(count) }
            return withheldLabel.isEmpty ? route : route + ": " + withheldLabel
        }
    }
}
