import Foundation
import Testing

/// Issue 22, items 1 and 3, on the real binary: at a terminal replies fit its width (80 or
/// 140 columns, and again after the window is resized), colour marks meaning unless
/// NO_COLOR, `--color never` or a pipe says otherwise; a pipe keeps today's full text.
@Suite(.serialized) struct ScreenTerminalTests {
  static let setup = [
    "load sample data",
    "add client Tessitura Fratelli Lombardi Industria Tessile in Prato",
    "quote Bora 300 yd of linen 220 and 200m poplin, 8% off, net 30, valid 7 days",
    "offer Tessitura 5% on silk",
  ]

  /// The desk on a terminal `columns` wide, with colour left to the rules (no NO_COLOR
  /// unless given), set up with `setup`.
  static func start(
    _ desk: Desk, columns: UInt16, arguments: [String] = [], environment: [String: String] = [:]
  ) throws -> PseudoTerminal {
    var variables = desk.pipedEnvironment
    variables.removeValue(forKey: "NO_COLOR")
    // A terminal that is not dumb gets readline's bracketed paste, whose escape would sit
    // between the line end and the prompt the replies are read up to.
    variables["INPUTRC"] = try desk.file("inputrc", "set enable-bracketed-paste off\n")
    variables.merge(environment) { _, given in given }
    let terminal = try PseudoTerminal(
      desk.binary.path, ["--data", desk.data.path] + arguments, environment: variables, columns: columns)
    try terminal.expectPrompt()
    for line in setup { _ = try reply(terminal, line) }
    return terminal
  }

  /// What the desk printed in answer to `line`, without the echoed line and the next prompt.
  static func reply(_ terminal: PseudoTerminal, _ line: String) throws -> String {
    try terminal.send(line + "\r")
    try terminal.expect("\n")
    let text = try terminal.expect("\ndealdesk")
    try terminal.expect("> ")
    return String(text.dropLast("\ndealdesk".count)).replacingOccurrences(of: "\r", with: "")
  }

  /// Columns a line takes: escapes (colour, the line editor's own) take none.
  static func width(_ line: Substring) -> Int {
    var count = 0
    var escape = false
    for scalar in line.unicodeScalars {
      if escape {
        if (0x40...0x7E).contains(scalar.value) && scalar != "[" && scalar != "?" { escape = false }
      } else if scalar == "\u{1B}" {
        escape = true
      } else {
        count += 1
      }
    }
    return count
  }

  static func widest(_ text: String) -> Int { text.split(separator: "\n").map(width).max() ?? 0 }

  @Test func atEightyColumnsTheOffersAndClientsFitWithTheTermsCut() throws {
    let desk = try Desk()
    let terminal = try Self.start(desk, columns: 80)
    let offers = try Self.reply(terminal, "offers")
    #expect(Self.widest(offers) <= 80, "\(offers)")
    #expect(offers.contains("terms") && !offers.contains("  age  "), "\(offers)")
    #expect(offers.contains("…"), "\(offers)")
    let clients = try Self.reply(terminal, "clients")
    #expect(Self.widest(clients) <= 80, "\(clients)")
    #expect(clients.contains("Tessitura Fratelli") && clients.contains("…"), "\(clients)")
    try terminal.quit()
  }

  @Test func atOneHundredFortyColumnsTheWholeOffersTableShows() throws {
    let desk = try Desk()
    let terminal = try Self.start(desk, columns: 140)
    let offers = try Self.reply(terminal, "offers")
    #expect(Self.widest(offers) <= 140, "\(offers)")
    #expect(offers.contains("  age  ") && offers.contains("valid until"), "\(offers)")
    #expect(offers.contains("8% off 274.32 m Linen 220, 8% off 200 m Poplin White · net 30"), "\(offers)")
    try terminal.quit()
  }

  @Test func aResizedWindowIsMetByTheNextReply() throws {
    let desk = try Desk()
    let terminal = try Self.start(desk, columns: 140)
    #expect(try Self.reply(terminal, "offers").contains("  age  "))
    terminal.resize(columns: 80)
    let narrow = try Self.reply(terminal, "offers")
    #expect(Self.widest(narrow) <= 80 && !narrow.contains("  age  "), "\(narrow)")
    try terminal.quit()
  }

  @Test func widthOnTheCommandLineWinsOverTheTerminals() throws {
    let desk = try Desk()
    let terminal = try Self.start(desk, columns: 140, arguments: ["--width", "80"])
    let offers = try Self.reply(terminal, "offers")
    #expect(Self.widest(offers) <= 80 && !offers.contains("  age  "), "\(offers)")
    try terminal.quit()
  }

  static let red = "\u{1B}[31m"
  static let green = "\u{1B}[32m"

  @Test func colourAtATerminalMarksWhatTheWordsAlreadySay() throws {
    let desk = try Desk()
    let terminal = try Self.start(desk, columns: 140, environment: ["TERM": "xterm-256color"])
    let over = try Self.reply(terminal, "offer Acme 15% on linen")
    #expect(over.contains(Self.red + "over your 12%"), "\(over.debugDescription)")
    let within = try Self.reply(terminal, "offer Atelier 5% on linen")
    #expect(within.contains(Self.green + "within your 12%"), "\(within.debugDescription)")
    let refused = try Self.reply(terminal, "offer Zyxwv 10% on linen")
    #expect(refused.hasPrefix(Self.red), "\(refused.debugDescription)")
    try terminal.quit()
  }

  @Test(arguments: [
    (["--color", "never"], ["TERM": "xterm-256color"]),
    ([], ["TERM": "xterm-256color", "NO_COLOR": "1"]),
    ([], ["TERM": "dumb"]),
  ])
  func noColourWhenNeverOrNoColorOrADumbTerminal(_ arguments: [String], _ environment: [String: String]) throws {
    let desk = try Desk()
    let terminal = try Self.start(desk, columns: 140, arguments: arguments, environment: environment)
    let over = try Self.reply(terminal, "offer Acme 15% on linen")
    #expect(over.contains("over your 12%"))
    #expect(!over.contains(Self.red) && !over.contains(Self.green), "\(over.debugDescription)")
    try terminal.quit()
  }

  @Test func aPipeHasNoColourAndFullWidthUnlessAsked() throws {
    let desk = try Desk()
    let lines = (Self.setup + ["offer Acme 15% on linen", "offers"]).joined(separator: "\n") + "\n"
    // The desk's own environment has NO_COLOR; a pipe is plain without it too.
    let piped = try desk.run(["--data", desk.data.path], input: lines, environment: ["NO_COLOR": "", "COLUMNS": "80"])
    #expect(piped.status == 0, "\(piped.errors)")
    #expect(!piped.output.contains("\u{1B}"), "\(piped.output.debugDescription)")
    #expect(Self.widest(piped.output) > 100 && piped.output.contains("  age  "), "\(piped.output)")

    let forced = try desk.run(["--data", desk.data.path, "--read-only", "--color", "always"], input: "offers\nshow O-3\n")
    #expect(forced.output.contains(Self.red + "over your 12%"), "\(forced.output.debugDescription)")

    let narrow = try desk.run(["--data", desk.data.path, "--read-only", "--width", "80"], input: "offers\n")
    #expect(Self.widest(narrow.output) <= 80 && !narrow.output.contains("  age  "), "\(narrow.output)")
  }

  /// `dealdesk train` straight from the shell is laid out like the desk: folded to the width
  /// it is given, and its piped text unchanged without one.
  @Test func practiceFromTheShellFitsTheScreenToo() throws {
    let desk = try Desk()
    let moves = "offer 8% 2000m net 30 14 days\nask about priorities\nwalk away\n"
    let piped = try desk.run(["--data", desk.data.path, "train", "hawk", "--seed", "3"], input: moves)
    let narrow = try desk.run(["--data", desk.data.path, "--width", "50", "train", "hawk", "--seed", "3"], input: moves)
    #expect(piped.status == 0 && narrow.status == 0, "\(piped.errors)\(narrow.errors)")
    #expect(Self.widest(piped.output) > 50)
    #expect(Self.widest(narrow.output) <= 50, "\(narrow.output)")
    let words = { (text: String) in text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ") }
    #expect(words(narrow.output) == words(piped.output), "folding changes no word")
  }

  @Test func anExportPrintedInTheDeskIsNeverFoldedOrColoured() throws {
    let desk = try Desk()
    _ = try desk.run(["--data", desk.data.path], input: Self.setup.joined(separator: "\n") + "\n")
    let lines = "export csv clients\nexport json\n"
    let full = try desk.run(["--data", desk.data.path, "--read-only"], input: lines)
    let narrow = try desk.run(["--data", desk.data.path, "--read-only", "--width", "40", "--color", "always"], input: lines)
    #expect(Self.widest(full.output) > 40)
    #expect(narrow.output == full.output)
  }

  /// The offers table of a script's output: from its title to the line after it.
  static func offersTable(_ screen: String) -> String {
    let lines = screen.replacingOccurrences(of: "\r", with: "").split(separator: "\n", omittingEmptySubsequences: false)
    guard let start = lines.firstIndex(where: { $0.hasPrefix("Offers (") }) else { return "" }
    return lines[start...].prefix { !$0.isEmpty && !$0.hasPrefix("End of") }.joined(separator: "\n")
  }

  @Test func aScriptAtATerminalKeepsItsWidthAndADemoFitsIt() throws {
    let desk = try Desk()
    let script = try desk.file("wide.desk", (["@now 2026-11-30 09:00"] + Self.setup + ["offers"]).joined(separator: "\n") + "\n")
    var variables = desk.pipedEnvironment
    variables.removeValue(forKey: "NO_COLOR")
    let run = try PseudoTerminal(desk.binary.path, ["--data", desk.data.path, "run", "--empty", script], environment: variables, columns: 80)
    #expect(try run.waitForExit() == 0, "\(run.screen)")
    let scripted = Self.offersTable(run.screen)
    #expect(Self.widest(scripted) > 80 && scripted.contains("  age  "), "\(run.screen)")
    #expect(!run.screen.contains("\\e[3"), "no colour in a script's replies: \(run.screen)")

    let demo = try PseudoTerminal(
      desk.binary.path, ["--data", desk.data.path, "run", "--demo", "--pace", "0", "--empty", script], environment: variables, columns: 80)
    #expect(try demo.waitForExit() == 0, "\(demo.screen)")
    let played = Self.offersTable(demo.screen)
    #expect(!played.isEmpty && Self.widest(played) <= 80 && !played.contains("  age  "), "\(demo.screen)")
  }

  @Test func aWidthTooNarrowToUseIsRefused() throws {
    let desk = try Desk()
    let result = try desk.run(["--data", desk.data.path, "--width", "5"], input: "offers\n")
    #expect(result.status != 0)
    #expect(result.errors.contains("--width"), "\(result.errors)")
  }
}
