import Foundation

extension ConfigLoader {
    /// The webhook dispatcher's settings: every one a number, checked together.
    func loadWebhooks(_ problems: inout [ConfigProblem]) -> AppConfig.Webhooks {
        var webhooks = AppConfig.Webhooks()
        func seconds(_ key: String, minimum: TimeInterval, _ apply: (TimeInterval) -> Void) {
            guard let text = environment[key], !text.isEmpty else { return }
            if let value = TimeInterval(text), value.isFinite, value >= minimum {
                apply(value)
            } else {
                problems.append(ConfigProblem(key, "'\(text)' is not a number of seconds of at least \(Int(minimum))"))
            }
        }
        seconds(EnvironmentKey.webhookInterval, minimum: 0) { webhooks.dispatchInterval = $0 }
        seconds(EnvironmentKey.webhookTimeout, minimum: 1) { webhooks.timeout = $0 }
        seconds(EnvironmentKey.webhookRetryBase, minimum: 1) { webhooks.retry.baseDelay = $0 }
        seconds(EnvironmentKey.webhookRetryMax, minimum: 1) { webhooks.retry.maximumDelay = $0 }
        if let text = environment[EnvironmentKey.webhookMaxAttempts], !text.isEmpty {
            if let attempts = Int(text), (1...100).contains(attempts) {
                webhooks.retry.maximumAttempts = attempts
            } else {
                problems.append(ConfigProblem(EnvironmentKey.webhookMaxAttempts, "'\(text)' is not a whole number from 1 to 100"))
            }
        }
        return webhooks
    }
}
