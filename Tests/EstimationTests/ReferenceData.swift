import Foundation
@testable import Estimation

/// The UK 2013 tables of SparseMSE, kept outside the repository in `../shared/data/mse/`
/// (relative to the package root). Tests that need them are skipped when the folder is absent.
enum ReferenceData {
    /// `<package root>/../shared/data/mse`, found from this file's path.
    static let directory: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // EstimationTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // package root
        .appendingPathComponent("../shared/data/mse")
        .standardizedFileURL

    /// Whether the reference tables are present.
    static var isAvailable: Bool {
        FileManager.default.fileExists(atPath: directory.appendingPathComponent("UKdat.csv").path)
    }

    static func table(_ name: String) throws -> CaptureHistory {
        try CaptureHistoryCSV.read(contentsOf: directory.appendingPathComponent("\(name).csv"))
    }
}

/// Relative difference `|a/b − 1|`.
func relativeDifference(_ a: Double, _ b: Double) -> Double { abs(a / b - 1) }
