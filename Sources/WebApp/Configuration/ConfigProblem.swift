/// One thing wrong with the configuration, with the setting it came from.
public struct ConfigProblem: Hashable, Sendable, CustomStringConvertible {
    /// The flag or environment variable, for example `--port` or `DATABASE_URL`.
    public var setting: String
    public var message: String

    public init(_ setting: String, _ message: String) {
        self.setting = setting
        self.message = message
    }

    public var description: String { "\(setting): \(message)" }
}

/// Every configuration problem found at start-up, reported together so that an
/// administrator can fix them in one go rather than one restart at a time.
public struct ConfigurationError: Error, Sendable, CustomStringConvertible {
    public var problems: [ConfigProblem]

    public init(problems: [ConfigProblem]) {
        self.problems = problems
    }

    public var description: String {
        let count = problems.count
        var lines = ["Libertas cannot start: \(count) configuration problem\(count == 1 ? "" : "s")."]
        for (index, problem) in problems.enumerated() {
            lines.append("  \(index + 1). \(problem)")
        }
        lines.append("Flags take precedence over environment variables, which take precedence over defaults; see README.md, \"Configuration\".")
        return lines.joined(separator: "\n")
    }
}
