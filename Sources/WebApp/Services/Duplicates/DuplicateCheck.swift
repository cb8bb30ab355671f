import Foundation
import Vapor

/// The duplicate check as the server and the command line run it.
public enum DuplicateCheck {
    /// What a run did.
    public struct Outcome: Sendable, Equatable {
        public var checked: Int
        public var flagged: Int
    }

    /// Compares every person in the queue with the other organisations' registers.
    /// `progress` hears the running totals and the queue length at the start.
    public static func runOnce(_ app: Application, progress: @escaping (Outcome, Int) -> Void = { _, _ in }) async throws -> Outcome {
        let scanner = DuplicateScanner(database: app.db, context: app.libertas)
        let queued = try await scanner.pending()
        let pass = try await scanner.scanAll { progress(Outcome(checked: $0.checked, flagged: $0.flagged), queued) }
        return Outcome(checked: pass.checked, flagged: pass.flagged)
    }

    /// Checks the queue every `AppConfig.Background.duplicateCheckInterval`
    /// seconds until the task is cancelled. A failed run is logged and tried
    /// again next time; the queue keeps what it did not finish.
    public static func runPeriodically(_ app: Application) async {
        let interval = app.libertas.config.background.duplicateCheckInterval
        guard interval > 0 else { return }
        while !Task.isCancelled {
            do {
                let outcome = try await runOnce(app)
                if outcome.checked > 0 {
                    app.logger.info("Duplicate check", metadata: ["checked": "\(outcome.checked)", "flagged": "\(outcome.flagged)"])
                }
            } catch is CancellationError {
                return
            } catch {
                app.logger.error("Duplicate check failed; it will run again", metadata: ["error": "\(String(reflecting: error))"])
            }
            try? await Task.sleep(for: .seconds(interval))
        }
    }
}
