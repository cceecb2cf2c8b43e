import Foundation
import Glibc
import Testing

/// `dealdesk export json|csv … FILE [--replace]` and `dealdesk check`, as the real binary: an
/// existing file is kept unless --replace is given, and a checked script writes nothing
/// outside its scratch desk.
@Suite(.serialized) struct OutputFileCommandTests {
  @Test func exportKeepsAnExistingFileUnlessToldToReplaceIt() throws {
    let desk = try Desk()
    _ = try desk.run(["--data", desk.data.path], input: "add client Acme Textiles\n")
    let target = try desk.file("acme.json", "keep me\n")
    let refused = try desk.run(["--data", desk.data.path, "export", "json", target])
    #expect(refused.status == 1)
    #expect(refused.errors == "\(target) already exists: dealdesk --data \(desk.data.path) export json \(target) --replace — or choose another name.\n")
    #expect(try String(contentsOfFile: target, encoding: .utf8) == "keep me\n")

    let replaced = try desk.run(["--data", desk.data.path, "export", "json", target, "--replace"])
    #expect(replaced.status == 0, "\(replaced.errors)")
    #expect(try String(contentsOfFile: target, encoding: .utf8) == (try desk.exportJSON()))

    let csv = try desk.file("clients.csv", "keep me\n")
    let csvRefused = try desk.run(["--data", desk.data.path, "export", "csv", "clients", csv])
    #expect(csvRefused.errors == "\(csv) already exists: dealdesk --data \(desk.data.path) export csv clients \(csv) --replace — or choose another name.\n")
    let csvReplaced = try desk.run(["--data", desk.data.path, "export", "--replace", "csv", "clients", csv])
    #expect(csvReplaced.status == 0, "\(csvReplaced.errors)")
    #expect(try String(contentsOfFile: csv, encoding: .utf8).hasPrefix("id,name,"))
  }

  @Test func replaceNeverWritesOverADevice() throws {
    let desk = try Desk()
    let device = try desk.file("null.json", "")
    try FileManager.default.removeItem(atPath: device)
    guard mknod(device, S_IFCHR | 0o600, dev_t(0x103) /* 1,3: the null device */) == 0 else {
      print("replaceNeverWritesOverADevice: skipped, making a device node needs root (errno \(errno))")
      return
    }
    let result = try desk.run(["--data", desk.data.path, "export", "json", device, "--replace"])
    #expect(result.status == 1)
    #expect(result.errors.contains("\(device) is a device, not a regular file"), "\(result.errors)")
    var info = stat()
    #expect(lstat(device, &info) == 0 && (info.st_mode & S_IFMT) == S_IFCHR, "still the device")
  }

  @Test func aCheckedScriptWritesItsExportsAndRecordingsIntoItsScratchDesk() throws {
    let desk = try Desk()
    let outside = desk.data.deletingLastPathComponent().appendingPathComponent("outside")
    try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
    let kept = outside.appendingPathComponent("kept.json").path
    try Data("keep me\n".utf8).write(to: URL(fileURLWithPath: kept))
    let script = try desk.file(
      "exports.desk",
      """
      add client Acme Textiles
      export json to \(outside.path)/desk.json
      export csv clients to clients.csv
      export json to \(kept)
      record \(outside.path)/morning.desk
      add client Bora Fabrics
      stop recording

      """)
    let tmp = desk.data.deletingLastPathComponent().appendingPathComponent("tmp")
    try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
    let result = try #require(
      try desk.run(["check", "--update", script], environment: ["TMPDIR": tmp.path], within: 60, in: outside))
    #expect(result.status == 0, "\(result.errors)")
    let transcript = try String(contentsOfFile: script.replacingOccurrences(of: ".desk", with: ".out"), encoding: .utf8)
    #expect(transcript.contains("> export json to \(outside.path)/desk.json\nExported the desk to \(outside.path)/desk.json.\n"), "\(transcript)")
    #expect(transcript.contains("Exported clients to clients.csv (1 row)."))
    #expect(transcript.contains("Saved 1 command to \(outside.path)/morning.desk."))
    // The kept file is not in the scratch folder, so nothing stood in the way there.
    #expect(transcript.contains("Exported the desk to \(kept)."))
    #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path) == ["kept.json"], "nothing written outside")
    #expect(try String(contentsOfFile: kept, encoding: .utf8) == "keep me\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: tmp.path).isEmpty, "the scratch desk is gone, with what was written in it")
  }
}
