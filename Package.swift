// swift-tools-version:6.0
import PackageDescription

// Pure libraries (no HTTP, no database) hold the domain rules and the science;
// Storage adds Fluent; WebApp is the only module that knows Vapor; the
// `libertas` executable only parses the command line and calls into WebApp.
// docs/ARCHITECTURE.md draws the graph.
/// For the numeric libraries: debug builds (`swift test`, the browser tests) run them optimised too.
let optimisedEvenInDebug: [SwiftSetting] = [.unsafeFlags(["-O"], .when(configuration: .debug))]

let package = Package(
    name: "Libertas",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "libertas", targets: ["libertas"]),
    ],
    dependencies: [
        .package(url: "https://github.com/vapor/vapor.git", from: "4.122.3"),
        .package(url: "https://github.com/vapor/fluent.git", from: "4.13.0"),
        .package(url: "https://github.com/vapor/fluent-kit.git", from: "1.57.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.9.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.14.0"),
        .package(url: "https://github.com/vapor/sql-kit.git", from: "3.36.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.20"),
    ],
    targets: [
        // MARK: Pure libraries
        .target(name: "CaseModel"),
        .target(name: "AccessControl"),
        .target(name: "Localization"),
        // Linkage compares every candidate pair and runs EM over them: numeric loops, as above.
        .target(name: "Linkage", swiftSettings: optimisedEvenInDebug),
        .target(name: "KnowledgeSearch"),
        .target(name: "KnowledgeBase", dependencies: ["CaseModel", "KnowledgeSearch"]),
        .target(name: "PDFWriter"),
        .target(name: "PublicReporting", dependencies: [.product(name: "Crypto", package: "swift-crypto")]),
        // Model selection refits thousands of log-linear models per bootstrap; unoptimised, that
        // is ten times slower, which makes the estimates page and its tests crawl in debug builds.
        .target(name: "Estimation", swiftSettings: optimisedEvenInDebug),
        .target(name: "Charts", exclude: ["README.md"]),
        .target(name: "SyntheticData", dependencies: ["CaseModel", "KnowledgeBase"]),
        .target(name: "Reporting", dependencies: ["CaseModel"], resources: [.copy("Resources")]),
        .target(
            name: "Interchange",
            dependencies: ["CaseModel", "Reporting", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            // The GLOTIP label table is compiled in (see its README); its generator and README are not sources.
            exclude: ["GLOTIP/Labels/README.md", "GLOTIP/Labels/make_citizenship_labels.py"]
        ),
        .target(
            name: "Webhooks",
            dependencies: [.product(name: "Crypto", package: "swift-crypto")]
        ),
        .target(
            name: "AuditTrail",
            dependencies: [.product(name: "Crypto", package: "swift-crypto")]
        ),

        // MARK: Storage (Fluent, both backends)
        .target(
            name: "Storage",
            dependencies: [
                "AccessControl", "AuditTrail", "CaseModel", "KnowledgeBase", "KnowledgeSearch", "Linkage", "Reporting",
                .product(name: "FluentKit", package: "fluent-kit"),
                .product(name: "FluentSQL", package: "fluent-kit"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),

        // MARK: Web layer and executable
        .target(
            name: "WebApp",
            dependencies: [
                "AccessControl", "AuditTrail", "CaseModel", "Charts", "Estimation", "Interchange", "KnowledgeBase", "KnowledgeSearch", "Linkage", "Localization", "PDFWriter", "PublicReporting", "Reporting", "Storage", "SyntheticData", "Webhooks",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Fluent", package: "fluent"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "libertas",
            dependencies: [
                "WebApp", "Storage", "Localization", "Linkage",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // MARK: Tests
        .testTarget(name: "AccessControlTests", dependencies: ["AccessControl"]),
        .testTarget(name: "AuditTrailTests", dependencies: ["AuditTrail"]),
        .testTarget(name: "LocalizationTests", dependencies: ["Localization", "AccessControl", "CaseModel"]),
        .testTarget(name: "CaseModelTests", dependencies: ["CaseModel"]),
        .testTarget(name: "LinkageTests", dependencies: ["Linkage"], exclude: ["Fixtures"]),
        .testTarget(name: "KnowledgeSearchTests", dependencies: ["KnowledgeSearch"]),
        .testTarget(name: "KnowledgeBaseTests", dependencies: ["KnowledgeBase", "KnowledgeSearch", "CaseModel"]),
        .testTarget(name: "PDFWriterTests", dependencies: ["PDFWriter"]),
        .testTarget(name: "PublicReportingTests", dependencies: ["PublicReporting", .product(name: "Crypto", package: "swift-crypto")]),
        .testTarget(name: "EstimationTests", dependencies: ["Estimation"]),
        .testTarget(name: "InterchangeTests", dependencies: ["Interchange", "CaseModel", "Reporting"], exclude: ["Fixtures"]),
        .testTarget(name: "ChartsTests", dependencies: ["Charts"]),
        .testTarget(name: "SyntheticDataTests", dependencies: ["SyntheticData", "CaseModel", "KnowledgeBase"]),
        .testTarget(name: "WebhooksTests", dependencies: ["Webhooks"]),
        .testTarget(name: "ReportingTests", dependencies: ["Reporting", "CaseModel"]),
        .testTarget(
            name: "WebAppTests",
            dependencies: [
                "WebApp", "Storage", "AccessControl", "AuditTrail", "Localization", "CaseModel", "KnowledgeBase", "KnowledgeSearch", "PDFWriter", "PublicReporting", "Linkage", "Webhooks", "Interchange", "Reporting", "Estimation",
                .product(name: "VaporTesting", package: "vapor"),
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "InMemoryLogging", package: "swift-log"),
            ]
        ),
    ]
)
