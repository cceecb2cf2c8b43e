import Foundation
import Glibc
import Testing

/// The real `dealdesk` binary on a pseudo-terminal: what only a terminal shows
/// (Tab, Up, Ctrl-C, Ctrl-D, UTF-8 editing). Everything else is covered by script
/// replay, which is faster. Each test works in its own temporary data folder.
///
/// The contract: on a terminal `dealdesk --data DIR` prints a banner, then the prompt
/// `dealdesk> ` (`dealdesk <client>> ` with a client in context); `add client NAME`
/// answers a line naming the client; `show NAME` prints its account card;
/// `dealdesk --data DIR export json` (not on a terminal) prints the data as JSON.
@Suite(.serialized) struct TerminalTests {
  @Test func tabCompletesAClientName() throws {
    let desk = try Desk()
    let terminal = try desk.start()
    try terminal.expect("dealdesk> ")
    try terminal.command("add client Acme Textiles", answers: "Acme Textiles")

    try terminal.send("show Ac")
    try terminal.expect("show Ac")
    try terminal.send("\t")
    try terminal.expect("me Textiles")  // the line now reads "show Acme Textiles "
    try terminal.command("", answers: "Acme Textiles")  // Enter: the account card
    try terminal.quit()
  }

  @Test func upRecallsTheHistoryOfAnEarlierSession() throws {
    let desk = try Desk()
    do {
      let terminal = try desk.start()
      try terminal.expect("dealdesk> ")
      try terminal.command("add client Bora Fabrics", answers: "Bora Fabrics")
      try terminal.quit()
    }
    let terminal = try desk.start()
    try terminal.expect("dealdesk> ")
    try terminal.send("\u{1B}[A")  // Up
    try terminal.expect("add client Bora Fabrics")
    try terminal.send("\u{03}")  // drop the recalled line, to leave on an empty one
    try terminal.expect("^C")
    try terminal.expectPrompt()
    try terminal.quit()
  }

  @Test func ctrlCDropsAHalfTypedLine() throws {
    let desk = try Desk()
    let terminal = try desk.start()
    try terminal.expect("dealdesk> ")
    try terminal.send("add client Half")
    try terminal.expect("Half")  // readline has it: the Ctrl-C must drop it
    try terminal.send("\u{03}")
    try terminal.expect("^C")
    try terminal.expectPrompt()
    try terminal.command("add client Zeta Mills", answers: "Zeta Mills")
    try terminal.quit()

    let json = try desk.exportJSON()
    #expect(json.contains("Zeta Mills"))
    #expect(!json.contains("Half"), "Ctrl-C must drop the half-typed line:\n\(json)")
  }

  @Test func ctrlDOnAnEmptyLineExitsWithTheDataSaved() throws {
    let desk = try Desk()
    let terminal = try desk.start()
    try terminal.expect("dealdesk> ")
    try terminal.command("add client Kappa Looms", answers: "Kappa Looms")
    try terminal.send("\u{04}")
    #expect(try terminal.waitForExit() == 0)

    let json = try desk.exportJSON()
    #expect((try? JSONSerialization.jsonObject(with: Data(json.utf8))) != nil, "not JSON:\n\(json)")
    #expect(json.contains("Kappa Looms"))
  }

  /// Also under LANG=C: dealdesk must fall back to a UTF-8 locale by itself.
  @Test(arguments: ["C.UTF-8", "C"])
  func backspaceErasesAWholeUTF8Character(lang: String) throws {
    let desk = try Desk()
    let terminal = try desk.start(environment: ["LANG": lang])
    try terminal.expect("dealdesk> ")
    try terminal.send("add client Zoë")
    try terminal.expect("Zoë")
    // Backspace over "ë" (two bytes) must erase the character, not half of it.
    try terminal.command("\u{7F}e Mills", answers: "Zoe Mills")
    try terminal.quit()

    let json = try desk.exportJSON()
    #expect(json.contains("Zoe Mills"), "\(json)")
  }
}

extension PseudoTerminal {
  /// Types `line` and Enter, then waits for a reply containing `reply` and the next prompt.
  func command(_ line: String, answers reply: String) throws {
    try send(line + "\r")
    try expect("\n")  // the end of the echoed line: what follows is the reply
    try expect(reply)
    try expectPrompt()
  }

  /// Waits for a prompt at the start of a line: `dealdesk> ` or `dealdesk <client>> `.
  func expectPrompt() throws {
    try expect("\ndealdesk")
    try expect("> ")
  }

  /// Ctrl-D on an empty line: dealdesk must end cleanly.
  func quit() throws {
    try send("\u{04}")
    let status = try waitForExit()
    #expect(status == 0, "exit status \(status); the screen:\n\(screen)")
  }
}

/// A temporary data folder (and HOME, so nothing reaches the real one) for one test,
/// removed afterwards, and the dealdesk binary that works on it.
final class Desk {
  struct Failure: Error, CustomStringConvertible {
    let description: String
  }

  let binary: URL
  let data: URL
  private let root: URL
  private let home: URL

  init() throws {
    binary = try Desk.locateBinary()
    root = FileManager.default.temporaryDirectory
      .appendingPathComponent("dealdesk-terminal-tests-\(UUID().uuidString)")
    data = root.appendingPathComponent("data")
    home = root.appendingPathComponent("home")
    // 0700 as the desk makes its own folders; a readable one is (rightly) warned about.
    try FileManager.default.createDirectory(
      at: data, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
  }

  deinit {
    try? FileManager.default.removeItem(at: root)
  }

  private var environment: [String: String] {
    ["HOME": home.path, "LANG": "C.UTF-8", "NO_COLOR": "1"]
  }

  /// The environment `run` gives the binary, for a test that starts it itself.
  var pipedEnvironment: [String: String] { environment.merging(["PATH": "/usr/bin:/bin"]) { mine, _ in mine } }

  /// `dealdesk --data DIR` on a terminal.
  func start(environment extra: [String: String] = [:]) throws -> PseudoTerminal {
    let variables = environment.merging(extra) { _, extra in extra }
    return try PseudoTerminal(binary.path, ["--data", data.path], environment: variables)
  }

  /// `dealdesk --data DIR export json`, not on a terminal; its standard output.
  func exportJSON() throws -> String {
    let result = try run(["--data", data.path, "export", "json"])
    guard result.status == 0 else {
      throw Failure(description: "`dealdesk export json` exited with \(result.status): \(result.errors)")
    }
    return result.output
  }

  struct Result {
    var status: Int32
    var output: String
    var errors: String
  }

  /// Runs dealdesk with these arguments, not on a terminal, feeding `input` on stdin
  /// (or, given `executable`, that program, e.g. a shell that starts dealdesk).
  func run(
    _ arguments: [String], input: String = "", environment extra: [String: String] = [:], executable: URL? = nil
  ) throws -> Result {
    let process = Process()
    process.executableURL = executable ?? binary
    process.arguments = arguments
    process.environment = environment.merging(["PATH": "/usr/bin:/bin"]) { mine, _ in mine }
      .merging(extra) { _, given in given }
    let id = UUID().uuidString
    let inputFile = root.appendingPathComponent("\(id).stdin")
    let outputFile = root.appendingPathComponent("\(id).stdout")
    let errorFile = root.appendingPathComponent("\(id).stderr")
    try Data(input.utf8).write(to: inputFile)
    for file in [outputFile, errorFile] { _ = FileManager.default.createFile(atPath: file.path, contents: nil) }
    // Files, not pipes: a large output cannot fill a pipe and stall the child.
    process.standardInput = try FileHandle(forReadingFrom: inputFile)
    process.standardOutput = try FileHandle(forWritingTo: outputFile)
    process.standardError = try FileHandle(forWritingTo: errorFile)
    try process.run()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus,
      output: (try? String(contentsOf: outputFile, encoding: .utf8)) ?? "",
      errors: (try? String(contentsOf: errorFile, encoding: .utf8)) ?? "")
  }

  /// Writes a file in the test's folder and returns its path.
  func file(_ name: String, _ text: String) throws -> String {
    let url = root.appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url.path
  }

  /// The dealdesk binary SwiftPM built next to the test bundle (e.g. .build/debug),
  /// or $DEALDESK_BINARY.
  static func locateBinary() throws -> URL {
    var candidates: [URL] = []
    if let path = ProcessInfo.processInfo.environment["DEALDESK_BINARY"] {
      candidates.append(URL(fileURLWithPath: path))
    }
    let runner = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    candidates.append(runner.deletingLastPathComponent().appendingPathComponent("dealdesk"))
    let bundle = Bundle.main.bundleURL
    for folder in [bundle, bundle.deletingLastPathComponent()] {
      candidates.append(folder.appendingPathComponent("dealdesk"))
    }
    if let tests = Bundle.allBundles.first(where: { $0.bundleURL.pathExtension == "xctest" }) {
      candidates.append(tests.bundleURL.deletingLastPathComponent().appendingPathComponent("dealdesk"))
    }
    if let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) {
      return found
    }
    throw Failure(
      description: """
        The dealdesk binary was not found next to the tests; run `swift build` first \
        (or set DEALDESK_BINARY). Looked at:
        \(candidates.map(\.path).joined(separator: "\n"))
        """)
  }
}
