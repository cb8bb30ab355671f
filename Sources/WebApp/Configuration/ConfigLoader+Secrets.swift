import Foundation

extension ConfigLoader {
    enum SecretKind {
        /// Exactly 32 random bytes, written as base64.
        case encryptionKey
        /// At least 32 characters of text.
        case sessionSecret

        var name: String {
            switch self {
            case .encryptionKey: "encryption key"
            case .sessionSecret: "session secret"
            }
        }

        func decode(_ text: String) -> Result<Data, SecretFormatError> {
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            switch self {
            case .encryptionKey:
                guard let data = Data(base64Encoded: trimmed) else { return .failure(.notBase64) }
                return data.count == 32 ? .success(data) : .failure(.wrongLength(data.count))
            case .sessionSecret:
                return trimmed.utf8.count >= 32 ? .success(Data(trimmed.utf8)) : .failure(.tooShort(trimmed.utf8.count))
            }
        }

        /// A new random value, as it is written to a file.
        func generate() -> String {
            var generator = SystemRandomNumberGenerator()
            let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
            return Data(bytes).base64EncodedString() + "\n"
        }
    }

    enum SecretFormatError: Error, CustomStringConvertible {
        case notBase64
        case wrongLength(Int)
        case tooShort(Int)

        var description: String {
            switch self {
            case .notBase64: "is not base64; create one with: head -c 32 /dev/urandom | base64"
            case .wrongLength(let count): "must decode to 32 bytes, not \(count); create one with: head -c 32 /dev/urandom | base64"
            case .tooShort(let count): "must be at least 32 characters long, not \(count)"
            }
        }
    }

    /// Reads a secret from, in order: a flag naming a file, an environment
    /// variable holding the value, an environment variable naming a file, or the
    /// default file, which is created with fresh random content when missing.
    func loadSecret(
        flagFile: String?,
        flagName: String,
        inlineEnv: String,
        fileEnv: String,
        defaultFile: URL,
        canCreateDefault: Bool,
        kind: SecretKind,
        problems: inout [ConfigProblem]
    ) -> Data? {
        let inline = environment[inlineEnv].flatMap { $0.isEmpty ? nil : $0 }
        let envFile = environment[fileEnv].flatMap { $0.isEmpty ? nil : $0 }
        if flagFile == nil, inline != nil, envFile != nil {
            problems.append(ConfigProblem(inlineEnv, "both \(inlineEnv) and \(fileEnv) are set; set only one"))
            return nil
        }
        if flagFile == nil, let inline {
            switch kind.decode(inline) {
            case .success(let data): return data
            case .failure(let error):
                problems.append(ConfigProblem(inlineEnv, "the \(kind.name) \(error)"))
                return nil
            }
        }
        let explicit: (path: String, source: String)? = flagFile.map { ($0, flagName) } ?? envFile.map { ($0, fileEnv) }
        let url = explicit.map { resolve(path: $0.path) } ?? defaultFile
        let source = explicit?.source ?? "default \(kind.name) file"
        if !FileManager.default.fileExists(atPath: url.path) {
            guard explicit == nil else {
                problems.append(ConfigProblem(source, "the \(kind.name) file \(url.path) does not exist. Libertas creates one only at its default place in the data directory, so that a mistyped path never silently starts with a new key"))
                return nil
            }
            guard canCreateDefault, createMissing else {
                if canCreateDefault {
                    problems.append(ConfigProblem(source, "there is no \(kind.name) at \(url.path)"))
                }
                return nil
            }
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
                guard FileManager.default.createFile(atPath: url.path, contents: Data(kind.generate().utf8), attributes: [.posixPermissions: 0o600]) else {
                    problems.append(ConfigProblem(source, "cannot create the \(kind.name) file \(url.path)"))
                    return nil
                }
            } catch {
                problems.append(ConfigProblem(source, "cannot create \(url.deletingLastPathComponent().path): \(error.localizedDescription)"))
                return nil
            }
        }
        guard let contents = FileManager.default.contents(atPath: url.path) else {
            problems.append(ConfigProblem(source, "cannot read the \(kind.name) file \(url.path)"))
            return nil
        }
        switch kind.decode(String(decoding: contents, as: UTF8.self)) {
        case .success(let data): return data
        case .failure(let error):
            problems.append(ConfigProblem(source, "the \(kind.name) in \(url.path) \(error)"))
            return nil
        }
    }
}
