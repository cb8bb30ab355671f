import Storage
import Vapor

/// Keeps the portal's in-memory search index (`KnowledgeSearchEngine`) at the
/// database's index generation, in the background of a running server.
public enum KnowledgeEngineRefresh {
    /// Checks every `AppConfig.Knowledge.engineInterval` seconds until the task
    /// is cancelled, and rebuilds when the index has changed. While it builds,
    /// and after a failure, searches go to the database as before.
    public static func runPeriodically(_ app: Application) async {
        let interval = app.libertas.config.knowledge.engineInterval
        guard interval > 0 else { return }
        let engine = app.libertas.knowledgeEngine
        while !Task.isCancelled {
            do {
                let before = engine.generation
                let start = ContinuousClock.now
                if try await engine.refresh(from: KnowledgeIndex(app.db)), engine.generation != before, let index = engine.current {
                    app.logger.notice("Knowledge search index built", metadata: [
                        "records": "\(index.count)", "terms": "\(index.termCount)", "postings": "\(index.postingCount)",
                        "seconds": "\((ContinuousClock.now - start).components.seconds)",
                    ])
                }
            } catch is CancellationError {
                return
            } catch {
                app.logger.error("Building the knowledge search index failed; searches use the database until it is tried again", metadata: ["error": "\(String(reflecting: error))"])
            }
            try? await Task.sleep(for: .seconds(interval))
        }
    }
}
