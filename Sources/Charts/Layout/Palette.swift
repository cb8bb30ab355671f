/// Colours and fonts shared by all charts.
///
/// Series colours are the Okabe–Ito palette, designed to stay distinguishable with every common
/// colour-vision deficiency; charts still add a second cue (pattern, dash, marker shape) because
/// colour alone fails in greyscale print and for some readers.
public enum Palette {
    /// System UI fonts first, with CJK fallbacks, so Chinese labels render without tofu.
    public static let fontFamily = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans CJK SC', 'PingFang SC', sans-serif"

    /// Text and marker colour (contrast 15:1 on white).
    public static let ink = "#1f2937"
    /// Secondary text (axis labels), 7:1 on white.
    public static let mutedInk = "#4b5563"
    /// Grid lines and axes.
    public static let grid = "#d1d5db"
    /// Sea behind maps.
    public static let sea = "#eef4f8"
    /// Countries that are only context.
    public static let land = "#dcdfe3"
    /// Borders between countries.
    public static let border = "#ffffff"

    /// Okabe–Ito, reordered so the first colours are the most distinct from each other.
    public static let series = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442"]

    /// Dash patterns paired with ``series`` so lines differ without colour.
    public static let dashes = ["", "7 4", "2 3", "10 3 2 3", "4 2", "1 2", "12 4", "6 2 2 2"]

    /// Five sequential blues (ColorBrewer "Blues", classes 2–6 of 6) for choropleths: light to
    /// dark, each step clearly darker, the lightest still distinct from the "no data" grey.
    public static let sequential = ["#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c"]
}
