import Foundation
import Testing

/// Issue 22, item 4: with a locale that is not UTF-8 (LANG=C) bars were `####` but rules,
/// separators and arrows still came out as UTF-8 bytes. Now everything the desk draws is
/// ASCII there; only letters of what was stored (names, cities, the trainer's clients)
/// keep their own.
@Suite(.serialized) struct AsciiLocaleTests {
  /// The characters of `text` that are neither ASCII nor a letter, with a line to show each.
  static func drawnSymbols(_ text: String) -> [String] {
    text.split(separator: "\n").compactMap { line in
      let odd = line.filter { !$0.isASCII && !$0.isLetter }
      return odd.isEmpty ? nil : "\(String(odd)) in: \(line)"
    }
  }

  /// Every saved script, replayed on an empty scratch desk with LANG=C: tables, reports and
  /// charts, offers and their meters, practices and debriefs, errors on stderr.
  @Test func everyScriptUnderLangCPrintsOnlyAsciiBesideStoredLetters() throws {
    let desk = try Desk()
    let scripts = try FileManager.default.contentsOfDirectory(atPath: Self.scripts.path)
      .filter { $0.hasSuffix(".desk") }.sorted()
    #expect(scripts.count > 10)
    for script in scripts {
      let path = Self.scripts.appendingPathComponent(script).path
      let result = try desk.run(
        ["--data", desk.data.path, "run", "--empty", "--keep-going", path], environment: ["LANG": "C", "LC_ALL": ""])
      #expect(!result.output.isEmpty, "\(script) printed nothing: \(result.errors)")
      let odd = Self.drawnSymbols(result.output + result.errors)
      #expect(odd.isEmpty, "\(script):\n\(odd.prefix(5).joined(separator: "\n"))")
    }
  }

  /// The same desk under a UTF-8 locale keeps its drawing.
  @Test func aUtf8LocaleKeepsTheDrawnSymbols() throws {
    let desk = try Desk()
    let result = try desk.run(["--data", desk.data.path], input: "load sample data\norders\ncatalog\n")
    #expect(result.output.contains(" · "), "\(result.output)")
  }

  /// At a terminal under LANG=C the prompt of a practice is ASCII too (it has a separator).
  @Test func thePracticePromptIsAsciiUnderLangC() throws {
    let desk = try Desk()
    let terminal = try desk.start(environment: ["LANG": "C"])
    try terminal.expect("dealdesk> ")
    try terminal.send("train hawk --seed 12\r")
    try terminal.expect("round 1 | Marlow Interiors> ")
    try terminal.send("offer 10%\r")
    try terminal.expect("30 days' delivery from your list terms, making it 10% off | 3,000 m | net 0 | 30 days")
    try terminal.send("quit\r")
    try terminal.expect("dealdesk> ")
    try terminal.quit()
    #expect(Self.drawnSymbols(terminal.screen).isEmpty, "\(Self.drawnSymbols(terminal.screen))")
  }

  static let scripts = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("scripts")
}
