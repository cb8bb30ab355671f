import ArgumentParser
import Foundation
import WebApp

/// The settings every subcommand accepts.
struct GlobalOptions: ParsableArguments {
    @Option(name: .customLong("data-dir"), help: ArgumentHelp("Where the database, keys and files live.", discussion: "Env: LIBERTAS_DATA_DIR. Default: ./libertas-data", valueName: "path"))
    var dataDirectory: String?

    @Option(name: .customLong("database-url"), help: ArgumentHelp("postgres://user:password@host:5432/name, or sqlite://path.", discussion: "Env: DATABASE_URL. Default: SQLite in the data directory.", valueName: "url"))
    var databaseURL: String?

    @Option(name: .customLong("encryption-key-file"), help: ArgumentHelp("File with the base64 key that encrypts personal data.", discussion: "Env: LIBERTAS_ENCRYPTION_KEY_FILE or LIBERTAS_ENCRYPTION_KEY. Default: created in <data-dir>/keys/.", valueName: "path"))
    var encryptionKeyFile: String?

    @Option(name: .customLong("session-secret-file"), help: ArgumentHelp("File with the secret that signs form tokens.", discussion: "Env: LIBERTAS_SESSION_SECRET_FILE or LIBERTAS_SESSION_SECRET. Default: created in <data-dir>/keys/.", valueName: "path"))
    var sessionSecretFile: String?

    @Option(name: .customLong("log-level"), help: ArgumentHelp("trace, debug, info, notice, warning, error or critical.", discussion: "Env: LIBERTAS_LOG_LEVEL. Default: info.", valueName: "level"))
    var logLevel: String?

    @Option(name: .customLong("log-format"), help: ArgumentHelp("text or json.", discussion: "Env: LIBERTAS_LOG_FORMAT. Default: text.", valueName: "format"))
    var logFormat: String?

    func flags(hostname: String? = nil, port: String? = nil) -> ConfigFlags {
        ConfigFlags(
            dataDirectory: dataDirectory, databaseURL: databaseURL,
            encryptionKeyFile: encryptionKeyFile, sessionSecretFile: sessionSecretFile,
            logLevel: logLevel, logFormat: logFormat,
            hostname: hostname, port: port
        )
    }
}
