import Estimation
import Foundation

/// The estimation options as text, the way the API's query string, the page's form and the command
/// line all give them, read by one parser so the three agree on names, defaults and limits.
public struct EstimateOptionsInput: Sendable, Equatable {
    /// `stepwise` (default), `main`, `aic` or `bic`.
    public var method: String?
    /// Stepwise selection's p-value threshold (default 0.02, SparseMSE 2.x).
    public var pThreshold: String?
    /// `wald-log` (default), `profile` or `bootstrap`.
    public var interval: String?
    /// Bootstrap replicates (default 1,000).
    public var replicates: String?
    /// Bootstrap seed (default 1234).
    public var seed: String?
    /// Confidence level (default 0.95).
    public var level: String?

    public init(method: String? = nil, pThreshold: String? = nil, interval: String? = nil, replicates: String? = nil,
                seed: String? = nil, level: String? = nil) {
        self.method = method
        self.pThreshold = pThreshold
        self.interval = interval
        self.replicates = replicates
        self.seed = seed
        self.level = level
    }

    public static let methods = ["stepwise", "main", "aic", "bic"]
    public static let intervals = ["wald-log", "profile", "bootstrap"]
    /// A bootstrap re-runs model selection on every replicate: 10,000 is already a minute's work.
    public static let maximumReplicates = 10_000

    /// The options, or a 422 naming every field that is wrong.
    public func options() throws -> EstimationOptions {
        var validator = Validator()
        var options = EstimationOptions()
        switch Self.text(method) ?? "stepwise" {
        case "stepwise":
            let threshold = Self.text(pThreshold).map { Double($0) } ?? 0.02
            if let threshold, (0...1).contains(threshold) {
                options.method = .stepwise(pThreshold: threshold)
            } else {
                validator.add("pthresh", .estimatesBadPThreshold)
            }
        case "main": options.method = .mainEffects
        case "aic": options.method = .exhaustive(.aic)
        case "bic": options.method = .exhaustive(.bic)
        default: validator.add("method", .estimatesBadMethod, ["choices": Self.methods.joined(separator: ", ")])
        }
        if let text = Self.text(level) {
            if let value = Double(text), value > 0, value < 1 { options.level = value } else { validator.add("level", .estimatesBadLevel) }
        }
        switch Self.text(interval) ?? "wald-log" {
        case "wald-log": options.interval = .waldLog
        case "profile": options.interval = .profileLikelihood
        case "bootstrap":
            var bootstrap = BootstrapOptions()
            if let text = Self.text(replicates) {
                if let value = Int(text), (1...Self.maximumReplicates).contains(value) {
                    bootstrap.replicates = value
                } else {
                    validator.add("replicates", .estimatesBadReplicates, ["max": String(Self.maximumReplicates)])
                }
            }
            if let text = Self.text(seed) {
                if let value = UInt64(text) { bootstrap.seed = value } else { validator.add("seed", .estimatesBadSeed) }
            }
            options.interval = .bootstrap(bootstrap)
        default: validator.add("interval", .estimatesBadInterval, ["choices": Self.intervals.joined(separator: ", ")])
        }
        try validator.throwIfInvalid()
        return options
    }

    private static func text(_ value: String?) -> String? {
        let trimmed = value?.trimmingCharacters(in: .whitespaces) ?? ""
        return trimmed.isEmpty ? nil : trimmed
    }
}
