import Fluent
import Storage
import Vapor

/// Builds the application from a configuration. `serve`, the other commands
/// and the tests all go through here, so they run the same stack.
public func configure(_ app: Application, config: AppConfig) async throws {
    app.libertas = try LibertasContext(config: config)
    app.databases.use(try config.database.configurationFactory(), as: config.database.databaseID)
    app.migrations.add(LibertasMigrations.all)

    app.http.server.configuration.hostname = config.http.hostname
    app.http.server.configuration.port = config.http.port
    app.http.server.configuration.serverName = "Libertas"
    app.routes.defaultMaxBodySize = "1mb"
    app.logger.logLevel = config.logLevel
    useISO8601Dates()

    // Outermost first. Vapor's own error middleware is replaced by ours.
    app.middleware = Middlewares()
    app.middleware.use(RequestIDMiddleware())
    app.middleware.use(AccessLogMiddleware())
    app.middleware.use(SecurityHeadersMiddleware())
    app.middleware.use(ErrorMapping())
    app.middleware.use(SessionAuthenticator())

    try registerRoutes(app)
}

/// Dates in JSON are ISO 8601 strings, as the OpenAPI document says.
private func useISO8601Dates() {
    let encoder = JSONEncoder()
    encoder.dateEncodingStrategy = .iso8601
    encoder.outputFormatting = [.withoutEscapingSlashes]
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .iso8601
    ContentConfiguration.global.use(encoder: encoder, for: .json)
    ContentConfiguration.global.use(decoder: decoder, for: .json)
}
