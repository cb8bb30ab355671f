import Foundation

/// Files and folders the tests use.
enum TestSupport {
    /// The repository root, found from this file. Symlinks are resolved first
    /// so a scratch package that links this folder still finds the real repository.
    static let repositoryRoot: URL = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func fixture(_ name: String) -> URL {
        URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent()
            .appendingPathComponent("Fixtures").appendingPathComponent(name)
    }

    /// The shared data folder beside the repository (`../shared/data`), if present.
    static func sharedData(_ path: String) -> URL? {
        let url = repositoryRoot.appendingPathComponent("../shared/data").appendingPathComponent(path).standardizedFileURL
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    /// A new file in a fresh temporary folder, removed by the caller with ``remove(_:)``.
    static func temporaryFile(_ name: String = "data.csv", contents: [UInt8]? = nil) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("interchange-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        if let contents { try Data(contents).write(to: url) }
        return url
    }

    static func temporaryFile(_ name: String = "data.csv", text: String) throws -> URL {
        try temporaryFile(name, contents: Array(text.utf8))
    }

    static func remove(_ file: URL) {
        try? FileManager.default.removeItem(at: file.deletingLastPathComponent())
    }
}
