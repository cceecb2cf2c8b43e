import Foundation
import Glibc
import Testing

/// Issue 17, items 1 and 2, with real processes: the lock file deleted under a running
/// desk lets no second writer in, and a link planted in a desk folder by another user is
/// never written through.
@Suite(.serialized) struct FolderSafetyTests {
  @Test func deletingTheLockWhileADeskIsOpenKeepsASecondWriterOut() throws {
    let desk = try Desk()
    let writer = try PipedChild(binary: desk.binary, arguments: ["--data", desk.data.path], environment: desk.pipedEnvironment)
    defer { writer.killNow() }
    writer.send(["add client Acme Textiles", "note Acme: first call"])
    #expect(writer.read(until: { String(decoding: $0, as: UTF8.self).contains("N-1") }))
    #expect(unlink(desk.data.appendingPathComponent("lock").path) == 0)

    let second = try desk.run(["--data", desk.data.path], input: "note Acme: from the second window\n")
    #expect(second.status == 1, "\(second.output)")
    #expect(second.errors == "This desk is open in another Dealdesk. Close it there, or open with --read-only to look.\n")

    writer.send(["note Acme: second call", "quit"])
    let (status, errors) = writer.finish()
    #expect(status == 0 && errors == "", "\(errors)")
    #expect(writer.printedText.contains("N-2"))

    // Both notes of the writer are there after a restart, and nothing was set aside.
    let look = try desk.run(["--data", desk.data.path, "--read-only"], input: "notes Acme\n")
    #expect(look.status == 0 && look.errors == "", "\(look.errors)")
    #expect(look.output.contains("first call") && look.output.contains("second call"), "\(look.output)")
    #expect(!look.output.contains("second window"))
    let files = try FileManager.default.contentsOfDirectory(atPath: desk.data.path)
    #expect(!files.contains { $0.hasPrefix("journal.torn") }, "\(files)")
  }

  /// A folder another user can write to, with a link to a file of root's planted in it by
  /// that user: root's Dealdesk refuses the folder and the file keeps its bytes and mode.
  /// The same with a folder that user owns. Needs root and runuser; skipped, saying why,
  /// without them (the refusal itself is also tested without another user, in the store's
  /// LinkTests).
  @Test func aLinkPlantedByAnotherUserIsNeverWrittenThrough() throws {
    guard geteuid() == 0 else {
      print("Skipped: running as another user needs root (this runs as uid \(geteuid())).")
      return
    }
    guard FileManager.default.isExecutableFile(atPath: "/usr/sbin/runuser") || FileManager.default.isExecutableFile(atPath: "/sbin/runuser")
    else {
      print("Skipped: runuser is not installed, so nothing can be run as another user here.")
      return
    }
    guard getpwnam("nobody") != nil else {
      print("Skipped: there is no user nobody to plant the link as.")
      return
    }
    let desk = try Desk()
    let victim = desk.data.deletingLastPathComponent().appendingPathComponent("roots-file").path
    let content = Data("root's, not the desk's\n".utf8)
    try content.write(to: URL(fileURLWithPath: victim))
    #expect(chmod(victim, 0o644) == 0)
    // The test's folder must be passable for nobody to reach the desk folder.
    #expect(chmod(desk.data.deletingLastPathComponent().path, 0o755) == 0)

    for (setup, expected) in [
      ({ chmod(desk.data.path, 0o777) }, "can be changed by other users (its mode is 777)"),
      ({ chmod(desk.data.path, 0o700) | chown(desk.data.path, 65534, 65534) }, "belongs to nobody, not to you"),
    ] {
      #expect(setup() == 0)
      for name in ["lock", "desk.json.tmp", "journal.jsonl"] {
        let planted = try Self.runAsNobody(["/bin/ln", "-sf", victim, desk.data.appendingPathComponent(name).path])
        #expect(planted == 0, "nobody could not plant \(name)")
      }
      let opened = try desk.run(["--data", desk.data.path], input: "add client Acme\n")
      #expect(opened.status == 1)
      #expect(opened.errors.contains(expected), "\(opened.errors)")
      #expect(opened.errors.contains("Nothing was changed."), "\(opened.errors)")
      let repaired = try desk.run(["--data", desk.data.path, "repair"])
      #expect(repaired.status == 1 && repaired.errors.contains(expected), "\(repaired.errors)")
      #expect(FileManager.default.contents(atPath: victim) == content)
      var info = stat()
      #expect(stat(victim, &info) == 0 && info.st_mode & 0o777 == 0o644 && info.st_uid == 0)
    }
    _ = chown(desk.data.path, 0, 0)
  }

  static func runAsNobody(_ command: [String]) throws -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/sbin/runuser")
    process.arguments = ["-u", "nobody", "--"] + command
    try process.run()
    process.waitUntilExit()
    return process.terminationStatus
  }
}
