import Foundation
import Glibc

extension Desk {
  /// Runs dealdesk like `run`, but gives up after `seconds`: the child is killed and nil is
  /// returned, so a test of something that used to hang fails instead of hanging the suite.
  func run(
    _ arguments: [String], input: String = "", environment extra: [String: String] = [:], within seconds: Double,
    in folder: URL? = nil
  ) throws -> Result? {
    let files = data.deletingLastPathComponent().appendingPathComponent("bounded-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: files, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: files) }
    let (inputFile, outputFile, errorFile) = (
      files.appendingPathComponent("stdin"), files.appendingPathComponent("stdout"), files.appendingPathComponent("stderr")
    )
    try Data(input.utf8).write(to: inputFile)
    for file in [outputFile, errorFile] { _ = FileManager.default.createFile(atPath: file.path, contents: nil) }
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    process.environment = pipedEnvironment.merging(extra) { _, given in given }
    if let folder { process.currentDirectoryURL = folder }
    process.standardInput = try FileHandle(forReadingFrom: inputFile)
    process.standardOutput = try FileHandle(forWritingTo: outputFile)
    process.standardError = try FileHandle(forWritingTo: errorFile)
    try process.run()
    let deadline = Date().addingTimeInterval(seconds)
    while process.isRunning, Date() < deadline { usleep(20_000) }
    if process.isRunning {
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
      return nil
    }
    return Result(
      status: process.terminationStatus,
      output: (try? String(contentsOf: outputFile, encoding: .utf8)) ?? "",
      errors: (try? String(contentsOf: errorFile, encoding: .utf8)) ?? "")
  }
}
