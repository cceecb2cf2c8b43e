import Foundation
import Testing

/// `dealdesk run` on a scratch desk (`--sandbox`, `--empty`) and all or nothing
/// (`--atomic`), as the real binary: the desk itself must come out exactly as it went in.
@Suite(.serialized) struct RunOptionsTests {
  /// A desk with one client, and a scratch folder for temporary files to land in.
  func deskWithAcme() throws -> (Desk, tmp: String) {
    let desk = try Desk()
    let setUp = try desk.run(["--data", desk.data.path], input: "add client Acme Textiles\n")
    #expect(setUp.status == 0)
    let tmp = desk.data.deletingLastPathComponent().appendingPathComponent("tmp").path
    try FileManager.default.createDirectory(atPath: tmp, withIntermediateDirectories: true)
    return (desk, tmp)
  }

  @Test func sandboxReplaysOnACopyAndLeavesTheDeskAlone() throws {
    let (desk, tmp) = try deskWithAcme()
    let before = try desk.exportJSON()
    let script = try desk.file("trial.desk", "add client Bora Fabrics\nclients\n")
    let result = try desk.run(["--data", desk.data.path, "run", "--sandbox", script], environment: ["TMPDIR": tmp])
    #expect(result.status == 0, "\(result.errors)")
    #expect(result.output.contains("Acme Textiles") && result.output.contains("Bora Fabrics"), "a copy of the desk, changed")
    #expect(result.errors.contains("Sandbox: the desk itself was not changed."))
    #expect(try desk.exportJSON() == before)
    #expect(try FileManager.default.contentsOfDirectory(atPath: tmp).isEmpty, "the scratch desk is removed")
  }

  @Test func emptyReplaysOnANewDesk() throws {
    let (desk, tmp) = try deskWithAcme()
    let before = try desk.exportJSON()
    let script = try desk.file("fresh.desk", "add client Bora Fabrics\nclients\n")
    let result = try desk.run(["--data", desk.data.path, "run", "--empty", script], environment: ["TMPDIR": tmp])
    #expect(result.status == 0, "\(result.errors)")
    #expect(result.output.contains("Bora Fabrics (CL-1)"), "numbering starts afresh: \(result.output)")
    #expect(!result.output.contains("Acme"))
    #expect(try desk.exportJSON() == before)
  }

  @Test func atomicLeavesTheDeskAsItWasWhenALineFails() throws {
    let (desk, _) = try deskWithAcme()
    let before = try desk.exportJSON()
    let script = try desk.file("batch.desk", "add client Bora Fabrics\nadd client Dita Home\nofer Acme 5%\nadd client Never\n")
    let result = try desk.run(["--data", desk.data.path, "run", "--atomic", script])
    #expect(result.status == 1)
    #expect(result.errors.contains("\(script):3: I don't know the command \"ofer\"."))
    #expect(result.errors.contains("Nothing was changed: the script runs all or nothing, and a line failed."))
    #expect(try desk.exportJSON() == before)

    // The same script without --atomic keeps what worked before the failing line.
    _ = try desk.run(["--data", desk.data.path, "run", script])
    #expect(try desk.exportJSON().contains("Dita Home"))
  }
}
