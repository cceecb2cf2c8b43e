import Foundation
import Glibc
import Testing

/// Issue 17, item 9: under umask 000, every file the desk creates (its own, an export, a
/// recording) is created 0600 by the very call that creates it; never created open to
/// others and narrowed afterwards, which leaves a moment in which another user can open
/// it and keep it open. The creating calls are watched with strace, the only way to see
/// that moment; without strace (or where tracing is not allowed) the test says so and
/// checks the final modes only.
@Suite(.serialized) struct PrivateWriteTests {
  @Test func underUmaskZeroEveryFileTheDeskCreatesIsPrivateFromItsFirstInstant() throws {
    let desk = try Desk()
    let out = desk.data.deletingLastPathComponent().appendingPathComponent("out")
    try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
    #expect(chmod(out.path, 0o755) == 0)
    let trace = desk.data.deletingLastPathComponent().appendingPathComponent("trace").path
    let files = ["desk.json", "recorded.desk", "clients.csv"].map { out.appendingPathComponent($0).path }

    let session = """
      add client Acme Textiles
      record \(files[1])
      note Acme: called
      stop recording
      export csv clients to \(files[2])

      """
    let traced = Self.strace != nil
    let first = try Self.run(desk, ["--data", desk.data.path], input: session, trace: trace)
    #expect(first.status == 0, "\(first.errors)")
    let second = try Self.run(desk, ["--data", desk.data.path, "export", "json", files[0]], trace: trace + "2")
    #expect(second.status == 0, "\(second.errors)")

    for file in files + ["journal.jsonl", "lock"].map({ desk.data.appendingPathComponent($0).path }) {
      #expect(Self.mode(file) == 0o600, "\(file)")
    }
    guard traced else {
      print("Skipped the watch of the creating calls: strace is not installed here.")
      return
    }
    let calls = [trace, trace + "2"].compactMap { try? String(contentsOfFile: $0, encoding: .utf8) }.joined()
    guard !calls.contains("PTRACE_TRACEME"), calls.contains("openat(") else {
      print("Skipped the watch of the creating calls: this machine does not allow tracing (\(calls.prefix(200))).")
      return
    }
    let creating = calls.split(separator: "\n").filter { $0.contains("O_CREAT") || $0.contains(" creat(") }
    // The desk's journal and lock, the recording, and a temp file for each export.
    #expect(creating.count >= 5, "\(calls)")
    for call in creating {
      #expect(call.contains(", 0600) = "), "created open to others: \(call)")
    }
    #expect(!calls.contains("chmod("), "a mode narrowed after the fact:\n\(calls)")
  }

  /// strace's path, when installed.
  static let strace: String? = ["/usr/bin/strace", "/bin/strace"].first { FileManager.default.isExecutableFile(atPath: $0) }

  /// Runs dealdesk under umask 000, traced when strace is there.
  static func run(_ desk: Desk, _ arguments: [String], input: String = "", trace: String) throws -> Desk.Result {
    let traced = strace.map { [$0, "-f", "-qq", "-e", "trace=open,openat,creat,chmod,fchmodat", "-o", trace] } ?? []
    let command = ["-c", "umask 000; exec \"$@\"", "sh"] + traced + [desk.binary.path] + arguments
    return try desk.run(command, input: input, executable: URL(fileURLWithPath: "/bin/sh"))
  }

  static func mode(_ path: String) -> mode_t? {
    var info = stat()
    guard lstat(path, &info) == 0 else { return nil }
    return info.st_mode & 0o777
  }
}
