import FluentKit
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation

/// Where the data lives: an embedded SQLite file (the default), SQLite in
/// memory (tests), or a PostgreSQL server.
public enum DatabaseLocation: Sendable, Equatable {
    case sqliteFile(path: String)
    case sqliteMemory
    /// `schema`, when set, is put first on the search path; tests use it to give
    /// each test its own schema in one database.
    case postgres(url: String, schema: String? = nil)

    /// Reads a `DATABASE_URL`. Accepts `postgres://`, `postgresql://` and `sqlite://PATH`.
    /// - Throws: ``DatabaseLocationError`` naming what is wrong, never echoing a password.
    public init(url: String) throws {
        let lower = url.lowercased()
        if lower.hasPrefix("sqlite://") {
            let path = String(url.dropFirst("sqlite://".count))
            guard !path.isEmpty else { throw DatabaseLocationError.missingSQLitePath }
            self = path == ":memory:" ? .sqliteMemory : .sqliteFile(path: path)
            return
        }
        guard lower.hasPrefix("postgres://") || lower.hasPrefix("postgresql://") else {
            throw DatabaseLocationError.unsupportedScheme(String(url.prefix { $0 != ":" }))
        }
        do {
            _ = try SQLPostgresConfiguration(url: url)
        } catch {
            throw DatabaseLocationError.malformedPostgresURL
        }
        self = .postgres(url: url)
    }

    /// The Fluent database id this location is registered under.
    public var databaseID: DatabaseID {
        switch self {
        case .sqliteFile, .sqliteMemory: .sqlite
        case .postgres: .psql
        }
    }

    public var isPostgres: Bool {
        if case .postgres = self { return true }
        return false
    }

    /// A description safe to print or log: the password of a PostgreSQL URL is masked.
    public var redactedDescription: String {
        switch self {
        case .sqliteFile(let path): "SQLite file \(path)"
        case .sqliteMemory: "SQLite in memory"
        case .postgres(let url, let schema):
            (URLComponents(string: url).map { components -> String in
                var masked = components
                if masked.password != nil { masked.password = "***" }
                return "PostgreSQL \(masked.string ?? "(url)")"
            } ?? "PostgreSQL") + (schema.map { " (schema \($0))" } ?? "")
        }
    }

    /// The Fluent configuration for this location.
    public func configurationFactory() throws -> DatabaseConfigurationFactory {
        switch self {
        case .sqliteFile(let path):
            return .sqlite(.file(path), sqlLogLevel: .trace)
        case .sqliteMemory:
            return .sqlite(.memory, sqlLogLevel: .trace)
        case .postgres(let url, let schema):
            var configuration = try SQLPostgresConfiguration(url: url)
            if let schema { configuration.searchPath = [schema] }
            return .postgres(configuration: configuration, maxConnectionsPerEventLoop: 4, sqlLogLevel: .trace)
        }
    }
}

/// Why a `DATABASE_URL` cannot be used.
public enum DatabaseLocationError: Error, Equatable, CustomStringConvertible {
    case unsupportedScheme(String)
    case malformedPostgresURL
    case missingSQLitePath

    public var description: String {
        switch self {
        case .unsupportedScheme(let scheme):
            "the database URL must start with postgres://, postgresql:// or sqlite://, not \(scheme)://"
        case .malformedPostgresURL:
            "this is not a valid PostgreSQL URL; expected postgres://USER:PASSWORD@HOST:PORT/DATABASE"
        case .missingSQLitePath:
            "sqlite:// needs a file path, for example sqlite:///var/lib/libertas/libertas.sqlite"
        }
    }
}
