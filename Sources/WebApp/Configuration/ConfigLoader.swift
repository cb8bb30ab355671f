import Foundation
import Logging
import CaseModel
import Storage

/// Builds an ``AppConfig`` from flags, environment and defaults, checking
/// everything and reporting every problem at once.
public struct ConfigLoader: Sendable {
    public var flags: ConfigFlags
    public var environment: [String: String]
    public var workingDirectory: URL
    /// Whether to create the data directory and the default key files when they
    /// are missing. `serve`, `migrate`, `create-admin` and `seed` do; read-only
    /// commands such as `audit verify` do not.
    public var createMissing: Bool

    public init(
        flags: ConfigFlags,
        environment: [String: String] = ProcessInfo.processInfo.environment,
        workingDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
        createMissing: Bool = true
    ) {
        self.flags = flags
        self.environment = environment
        self.workingDirectory = workingDirectory
        self.createMissing = createMissing
    }

    public static let defaultDataDirectory = "./libertas-data"

    /// A setting's value and where it came from, for error messages.
    struct Setting {
        var value: String
        var source: String
        var isDefault: Bool
    }

    func pick(flag: String?, flagName: String, env: String, default defaultValue: String? = nil) -> Setting? {
        if let flag, !flag.isEmpty { return Setting(value: flag, source: flagName, isDefault: false) }
        if let value = environment[env], !value.isEmpty { return Setting(value: value, source: env, isDefault: false) }
        return defaultValue.map { Setting(value: $0, source: "default", isDefault: true) }
    }

    public func load() throws(ConfigurationError) -> AppConfig {
        var problems: [ConfigProblem] = []

        let dataSetting = pick(flag: flags.dataDirectory, flagName: "--data-dir", env: EnvironmentKey.dataDirectory, default: Self.defaultDataDirectory)!
        let dataDirectory = resolve(path: dataSetting.value)
        let dataDirectoryReady = prepareDataDirectory(dataDirectory, source: dataSetting.source, problems: &problems)

        var database = DatabaseLocation.sqliteFile(path: dataDirectory.appendingPathComponent("libertas.sqlite").path)
        if let url = pick(flag: flags.databaseURL, flagName: "--database-url", env: EnvironmentKey.databaseURL) {
            do {
                database = try DatabaseLocation(url: url.value)
            } catch {
                problems.append(ConfigProblem(url.source, "\(error)"))
            }
        } else if !createMissing, dataDirectoryReady,
                  case .sqliteFile(let path) = database, !FileManager.default.fileExists(atPath: path) {
            problems.append(ConfigProblem(dataSetting.source, "there is no database at \(path); start Libertas with `libertas serve` or `libertas migrate` first"))
        }

        let levelSetting = pick(flag: flags.logLevel, flagName: "--log-level", env: EnvironmentKey.logLevel, default: "info")!
        let logLevel = Logger.Level(rawValue: levelSetting.value.lowercased())
        if logLevel == nil {
            let names = Logger.Level.allCases.map(\.rawValue).joined(separator: ", ")
            problems.append(ConfigProblem(levelSetting.source, "'\(levelSetting.value)' is not a log level; use one of \(names)"))
        }
        let formatSetting = pick(flag: flags.logFormat, flagName: "--log-format", env: EnvironmentKey.logFormat, default: "text")!
        let logFormat = AppConfig.LogFormat(rawValue: formatSetting.value.lowercased())
        if logFormat == nil {
            problems.append(ConfigProblem(formatSetting.source, "'\(formatSetting.value)' is not a log format; use text or json"))
        }

        var http = AppConfig.HTTP()
        let hostSetting = pick(flag: flags.hostname, flagName: "--hostname", env: EnvironmentKey.hostname, default: http.hostname)!
        if hostSetting.value.contains(where: { $0.isWhitespace || $0 == "/" }) {
            problems.append(ConfigProblem(hostSetting.source, "'\(hostSetting.value)' is not a host name or IP address"))
        }
        http.hostname = hostSetting.value
        let portSetting = pick(flag: flags.port, flagName: "--port", env: EnvironmentKey.port, default: String(http.port))!
        if let port = Int(portSetting.value), (1...65_535).contains(port) {
            http.port = port
        } else {
            problems.append(ConfigProblem(portSetting.source, "'\(portSetting.value)' is not a port number between 1 and 65535"))
        }
        if let trust = environment[EnvironmentKey.trustProxyHeaders], !trust.isEmpty {
            if let value = Self.parseBool(trust) {
                http.trustProxyHeaders = value
            } else {
                problems.append(ConfigProblem(EnvironmentKey.trustProxyHeaders, "'\(trust)' is not true or false"))
            }
        }
        if let secure = environment[EnvironmentKey.secureCookies], !secure.isEmpty, secure.lowercased() != "auto" {
            if let value = Self.parseBool(secure) {
                http.secureCookies = value
            } else {
                problems.append(ConfigProblem(EnvironmentKey.secureCookies, "'\(secure)' is not auto, true or false"))
            }
        }

        var background = AppConfig.Background()
        if let interval = environment[EnvironmentKey.duplicateCheckInterval], !interval.isEmpty {
            if let seconds = TimeInterval(interval), seconds >= 0, seconds.isFinite {
                background.duplicateCheckInterval = seconds
            } else {
                problems.append(ConfigProblem(EnvironmentKey.duplicateCheckInterval, "'\(interval)' is not a number of seconds (0 turns the check off)"))
            }
        }
        if let interval = environment[EnvironmentKey.followUpInterval], !interval.isEmpty {
            if let seconds = TimeInterval(interval), seconds >= 0, seconds.isFinite {
                background.followUpInterval = seconds
            } else {
                problems.append(ConfigProblem(EnvironmentKey.followUpInterval, "'\(interval)' is not a number of seconds (0 turns the follow-up job off)"))
            }
        }
        let workflow = loadWorkflow(problems: &problems)
        let statistics = loadStatistics(problems: &problems)
        let publicReporting = loadPublicReporting(problems: &problems)
        var knowledge = AppConfig.Knowledge()
        if let text = environment[EnvironmentKey.knowledgeSearchCache], !text.isEmpty {
            if let value = Int(text), (0...1_000_000).contains(value) {
                knowledge.searchCachePages = value
            } else {
                problems.append(ConfigProblem(EnvironmentKey.knowledgeSearchCache, "'\(text)' is not a number of search pages to keep (0 turns the cache off)"))
            }
        }
        if let text = environment[EnvironmentKey.knowledgeEngineInterval], !text.isEmpty {
            if let value = Double(text), (0...86_400).contains(value) {
                knowledge.engineInterval = value
            } else {
                problems.append(ConfigProblem(EnvironmentKey.knowledgeEngineInterval, "'\(text)' is not a number of seconds between checks of the in-memory search index (0 turns it off)"))
            }
        }
        var security = AppConfig.Security()
        if let text = environment[EnvironmentKey.publicRateLimit], !text.isEmpty {
            if let value = Int(text), (1...1_000_000).contains(value) {
                security.publicRequestsPerMinutePerAddress = value
                security.publicRequestsPerMinutePerDevice = max(security.publicRequestsPerMinutePerDevice, value)
            } else {
                problems.append(ConfigProblem(EnvironmentKey.publicRateLimit, "'\(text)' is not a whole number of requests per minute from 1 to 1,000,000"))
            }
        }

        var referrals = AppConfig.Referrals()
        if let policy = environment[EnvironmentKey.childConsent], !policy.isEmpty {
            if let value = ChildConsentPolicy(rawValue: policy) {
                referrals.childConsent = value
            } else {
                problems.append(ConfigProblem(EnvironmentKey.childConsent, "'\(policy)' is not one of \(ChildConsentPolicy.allCases.map(\.rawValue).joined(separator: ", "))"))
            }
        }

        let webhooks = loadWebhooks(&problems)

        let keysDirectory = dataDirectory.appendingPathComponent("keys")
        let encryptionKey = loadSecret(
            flagFile: flags.encryptionKeyFile, flagName: "--encryption-key-file",
            inlineEnv: EnvironmentKey.encryptionKey, fileEnv: EnvironmentKey.encryptionKeyFile,
            defaultFile: keysDirectory.appendingPathComponent("encryption.key"),
            canCreateDefault: dataDirectoryReady,
            kind: .encryptionKey, problems: &problems
        )
        let sessionSecret = loadSecret(
            flagFile: flags.sessionSecretFile, flagName: "--session-secret-file",
            inlineEnv: EnvironmentKey.sessionSecret, fileEnv: EnvironmentKey.sessionSecretFile,
            defaultFile: keysDirectory.appendingPathComponent("session.secret"),
            canCreateDefault: dataDirectoryReady,
            kind: .sessionSecret, problems: &problems
        )

        guard problems.isEmpty, let logLevel, let logFormat, let encryptionKey, let sessionSecret else {
            throw ConfigurationError(problems: problems)
        }
        var config = AppConfig(
            dataDirectory: dataDirectory,
            database: database,
            encryptionKey: encryptionKey,
            sessionSecret: sessionSecret,
            logLevel: logLevel,
            logFormat: logFormat,
            http: http,
            security: security,
            background: background,
            referrals: referrals,
            workflow: workflow,
            webhooks: webhooks,
            statistics: statistics,
            publicReporting: publicReporting
        )
        config.knowledge = knowledge
        return config
    }

    func resolve(path: String) -> URL {
        let expanded = (path as NSString).expandingTildeInPath
        return expanded.hasPrefix("/")
            ? URL(fileURLWithPath: expanded).standardizedFileURL
            : workingDirectory.appendingPathComponent(expanded).standardizedFileURL
    }

    /// Makes sure the data directory exists (creating it when allowed); returns whether it is usable.
    func prepareDataDirectory(_ url: URL, source: String, problems: inout [ConfigProblem]) -> Bool {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                problems.append(ConfigProblem(source, "\(url.path) exists but is not a directory"))
                return false
            }
            guard FileManager.default.isWritableFile(atPath: url.path) else {
                problems.append(ConfigProblem(source, "the data directory \(url.path) is not writable by this user"))
                return false
            }
            return true
        }
        guard createMissing else {
            problems.append(ConfigProblem(source, "the data directory \(url.path) does not exist"))
            return false
        }
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            return true
        } catch {
            problems.append(ConfigProblem(source, "cannot create the data directory \(url.path): \(error.localizedDescription)"))
            return false
        }
    }

    static func parseBool(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "1", "true", "yes", "on": true
        case "0", "false", "no", "off": false
        default: nil
        }
    }
}
