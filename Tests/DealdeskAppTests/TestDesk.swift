import DealdeskApp
import Foundation
import Testing

/// A desk in a fresh temporary folder (never $HOME), with the clock pinned.
struct TestDesk {
  static let monday = Date(timeIntervalSince1970: 1_796_029_200)  // 2026-11-30 09:00 UTC

  let directory: URL

  init() {
    directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("dealdesk-tests-\(UUID().uuidString)", isDirectory: true)
  }

  func open(at time: Date = monday) throws -> Session {
    try Session.open(at: directory, clock: .fixed(time))
  }

  /// The desk opened with `lines` typed first, each of which must be understood and done.
  func open(running lines: [String]) throws -> Session {
    let session = try open()
    for line in lines {
      let reply = session.handle(line)
      #expect(!reply.isError, "\(line): \(reply.text)")
    }
    return session
  }

  func remove() { try? FileManager.default.removeItem(at: directory) }

  /// The repository's root, found from this file's path.
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
}

/// A temporary folder for a test's own files (scripts, recordings), removed afterwards.
final class TestFolder {
  let url: URL

  init(_ purpose: String) throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent("dealdesk-\(purpose)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: url) }

  func path(_ name: String) -> String { url.appendingPathComponent(name).path }

  /// Writes `lines` as a file and returns its path.
  func write(_ name: String, lines: [String]) throws -> String {
    try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: path(name)))
    return path(name)
  }
}
