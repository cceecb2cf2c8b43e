// swift-tools-version:6.1
import PackageDescription

let package = Package(
  name: "Dealdesk",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "dealdesk", targets: ["dealdesk"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    // Already postgres-nio's own: named so the team desk can wait on its futures directly.
    .package(url: "https://github.com/apple/swift-nio.git", from: "2.81.0"),
    // Already postgres-nio's own (its SCRAM login): named so `team add-user` makes a
    // password's SCRAM verifier on the client and no password reaches the server.
    .package(url: "https://github.com/apple/swift-crypto.git", "3.9.0"..<"6.0.0"),
  ],
  targets: [
    // The domain: state, commands, events, rules. No I/O, no clock, no randomness.
    .target(name: "DealdeskCore"),
    // The command language: text → Intent. Pure. Optimised in debug builds too: the parser
    // fuzz test reads a million generated lines, which unoptimised code takes minutes over.
    .target(
      name: "DealdeskLanguage", dependencies: ["DealdeskCore"],
      swiftSettings: [.unsafeFlags(["-O"], .when(configuration: .debug))]
    ),
    // Snapshot + journal on disk, lock, recovery, export.
    .target(name: "DealdeskStore", dependencies: ["DealdeskCore"]),
    // The team desk in PostgreSQL: connection settings, schema and its migrations, the
    // gapless append, and the desk's journal kept there. The only target that knows a
    // server exists.
    .target(
      name: "DealdeskTeam",
      dependencies: [
        "DealdeskStore", .product(name: "PostgresNIO", package: "postgres-nio"), .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "Crypto", package: "swift-crypto"), .product(name: "_CryptoExtras", package: "swift-crypto"),
      ]
    ),
    // The negotiation trainer's case model. Pure and seeded. Optimised in debug builds too:
    // its tests play whole games and search all 2,625 packages at every counter-offer.
    .target(
      name: "DealdeskTrainer", dependencies: ["DealdeskCore"],
      swiftSettings: [.unsafeFlags(["-O"], .when(configuration: .debug))]
    ),
    // The session: line → reply, undo/redo, scripts, rendering.
    // Documents as PDF (offer, invoice, credit note, statement): laid out from the core's
    // figures and drawn with Cairo and Pango. The only target that knows them.
    .systemLibrary(name: "CPangoCairo", providers: [.apt(["libcairo2-dev", "libpango1.0-dev"])]),
    // Crypto (already the team desk's): a document's fingerprint is a SHA-256 of what it prints.
    .target(
      name: "DealdeskDocuments",
      dependencies: ["DealdeskCore", "CPangoCairo", .product(name: "Crypto", package: "swift-crypto")]),
    .target(
      name: "DealdeskApp",
      dependencies: ["DealdeskCore", "DealdeskLanguage", "DealdeskStore", "DealdeskTrainer", "DealdeskDocuments"]
    ),
    // GNU readline, seen only by LineEditor.
    .systemLibrary(name: "CReadline", providers: [.apt(["libreadline-dev"])]),
    .target(name: "LineEditor", dependencies: ["CReadline"]),
    .executableTarget(
      name: "dealdesk",
      dependencies: [
        "DealdeskApp", "DealdeskTeam", "LineEditor",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // Timings of understanding a line on a 10,000-client desk: `swift run -c release dealdesk-bench`;
    // of the store at a branch's scale beside sqlite3, orjson and taskwarrior: `… dealdesk-bench store`.
    .executableTarget(
      name: "dealdesk-bench",
      dependencies: [
        "DealdeskCore", "DealdeskLanguage", "DealdeskTrainer", "DealdeskStore", "DealdeskApp", "DealdeskTeam",
      ]),
    .testTarget(name: "DealdeskCoreTests", dependencies: ["DealdeskCore"]),
    .testTarget(name: "DealdeskLanguageTests", dependencies: ["DealdeskLanguage"]),
    .testTarget(name: "DealdeskStoreTests", dependencies: ["DealdeskStore"]),
    .testTarget(name: "DealdeskTrainerTests", dependencies: ["DealdeskTrainer"]),
    .testTarget(name: "DealdeskAppTests", dependencies: ["DealdeskApp", "DealdeskDocuments"]),
    .testTarget(name: "DealdeskTerminalTests", dependencies: ["dealdesk"]),
    // Against a real throwaway PostgreSQL cluster that the tests start themselves.
    .testTarget(
      name: "DealdeskTeamTests",
      dependencies: ["DealdeskTeam", "DealdeskApp", "dealdesk", .product(name: "PostgresNIO", package: "postgres-nio")]),
  ],
  swiftLanguageModes: [.v6]
)
