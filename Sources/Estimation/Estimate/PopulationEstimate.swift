/// An estimate of the total population (seen and unseen) with its interval and model.
public struct PopulationEstimate: Sendable {
    /// The stratum of the table, if any.
    public let stratum: String?
    /// The list names.
    public let listNames: [String]
    /// Cases seen on at least one list.
    public let observed: Int
    /// The estimated total: observed plus dark figure.
    public let estimate: Double
    /// The interval for the total.
    public let interval: ConfidenceInterval
    /// How the model was chosen, with the runners-up.
    public let selection: ModelSelection
    /// The bootstrap details, when the interval is a bootstrap one.
    public let bootstrap: BootstrapResult?
    /// Cautions about the data and the fit.
    public let warnings: [DataWarning]

    /// The chosen model's fit.
    public var fit: ModelFit { selection.chosen }
    /// The estimated number of cases on no list.
    public var darkFigure: Double { estimate - Double(observed) }
    /// The chosen interactions, in the order chosen, e.g. `["PF:NCA", "LA:NG"]`.
    public var model: [String] { fit.termNames }
}
