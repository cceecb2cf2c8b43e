import Foundation
import Glibc
import Testing

/// What `run` and `import` read must be a regular file: a named pipe would hang the desk with
/// the desk locked. And a scratch desk left by a killed `run --sandbox` or `--demo` is
/// removed by the next Dealdesk that starts.
@Suite(.serialized) struct ScriptSourceTests {
  @Test func runRefusesANamedPipeAtOnce() throws {
    let desk = try Desk()
    let fifo = desk.data.deletingLastPathComponent().appendingPathComponent("script.desk").path
    #expect(mkfifo(fifo, 0o600) == 0)
    let result = try desk.run(["--data", desk.data.path, "run", fifo], within: 15)
    let refused = try #require(result, "dealdesk run on a named pipe hung")
    #expect(refused.status == 1)
    #expect(refused.errors == "\(fifo): this is a named pipe (FIFO), not a script file; nothing was read from it. Nothing was run.\n", "\(refused.errors)")

    let imported = try #require(
      try desk.run(["--data", desk.data.path], input: "import clients from \(fifo)\n", within: 15), "import from a named pipe hung")
    #expect(imported.status == 1)
    #expect(imported.errors.contains("\(fifo) is a named pipe (FIFO), not a CSV file; nothing was read from it."), "\(imported.errors)")
    let checked = try #require(try desk.run(["check", fifo], within: 15), "check of a named pipe hung")
    #expect(checked.status == 1)
  }

  @Test func aScratchDeskLeftByAKilledSandboxIsRemovedAtTheNextStart() throws {
    let desk = try Desk()
    let tmp = desk.data.deletingLastPathComponent().appendingPathComponent("tmp")
    try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
    let script = try desk.file("show.desk", "add client Acme Textiles\nclients\n")
    // --step waits for Enter, which never comes: the demo sits on its scratch desk.
    let demo = try PipedChild(
      binary: desk.binary, arguments: ["--data", desk.data.path, "run", "--demo", "--step", script],
      environment: desk.pipedEnvironment.merging(["TMPDIR": tmp.path]) { _, given in given })
    #expect(demo.read(until: { String(decoding: $0, as: UTF8.self).contains("Ctrl-C ends it.") }))
    let left = try FileManager.default.contentsOfDirectory(atPath: tmp.path)
    #expect(left.count == 1 && left[0].hasPrefix("dealdesk-scratch-pid\(demo.process.processIdentifier)-"), "\(left)")
    demo.killNow()
    _ = demo.finish()
    #expect(try FileManager.default.contentsOfDirectory(atPath: tmp.path) == left, "a killed demo cannot clean up")

    // Not Dealdesk's, or its process still alive: kept.
    let alive = "dealdesk-scratch-pid\(getpid())-0000"
    // An earlier build's name, whose UUID happens to start with digits: not a process id.
    let earlier = "dealdesk-scratch-12345678-ABCD-4EF0-8123-456789ABCDEF"
    let others = ["dealdesk-scratch-pidx-1", "dealdesk-scratch-x", "mine", alive, earlier]
    for name in others { try FileManager.default.createDirectory(at: tmp.appendingPathComponent(name), withIntermediateDirectories: false) }
    let next = try desk.run(["--data", desk.data.path], input: "clients\n", environment: ["TMPDIR": tmp.path])
    #expect(next.status == 0, "\(next.errors)")
    #expect(try Set(FileManager.default.contentsOfDirectory(atPath: tmp.path)) == Set(others))
  }
}
