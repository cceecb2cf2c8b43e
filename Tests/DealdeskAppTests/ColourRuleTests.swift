@testable import DealdeskApp
import Foundation
import Glibc
import Testing

/// Issue 22, item 3: colour where it carries meaning, and only where someone will see it.
@Suite struct ColourRuleTests {
  @Test func autoColoursATerminalUnlessNoColorOrADumbTerminal() {
    let auto = ColorChoice.auto
    #expect(auto.decide(environment: ["TERM": "xterm-256color"], isTerminal: true))
    #expect(auto.decide(environment: [:], isTerminal: true))
    #expect(!auto.decide(environment: ["TERM": "xterm-256color"], isTerminal: false), "not a terminal")
    #expect(!auto.decide(environment: ["NO_COLOR": "1"], isTerminal: true), "NO_COLOR")
    #expect(!auto.decide(environment: ["NO_COLOR": "no"], isTerminal: true), "NO_COLOR, any value")
    #expect(auto.decide(environment: ["NO_COLOR": ""], isTerminal: true), "an empty NO_COLOR is not set")
    #expect(!auto.decide(environment: ["TERM": "dumb"], isTerminal: true), "a dumb terminal")
  }

  @Test func neverAndAlwaysAreWhatTheySay() {
    for environment in [[:], ["NO_COLOR": "1"], ["TERM": "dumb"]] {
      for isTerminal in [true, false] {
        #expect(!ColorChoice.never.decide(environment: environment, isTerminal: isTerminal))
        #expect(ColorChoice.always.decide(environment: environment, isTerminal: isTerminal))
      }
    }
  }

  @Test func aPipeGetsNoWidthAndNoColour() throws {
    var ends: [Int32] = [0, 0]
    #expect(pipe(&ends) == 0)
    defer { close(ends[0]); close(ends[1]) }
    let screen = Screen.resolve(width: nil, color: .auto, environment: ["COLUMNS": "80"], style: .unicode, fd: ends[1])
    #expect(screen == Screen(width: .unlimited, color: false, style: .unicode))
    let asked = Screen.resolve(width: 90, color: .always, environment: [:], style: .unicode, fd: ends[1])
    #expect(asked.columns == 90 && asked.color)
  }

  @Test func aTerminalGetsItsWidthAndColour() throws {
    var master: Int32 = -1
    var slave: Int32 = -1
    var size = winsize(ws_row: 24, ws_col: 80, ws_xpixel: 0, ws_ypixel: 0)
    #expect(openpty(&master, &slave, nil, nil, &size) == 0)
    defer { close(master); close(slave) }
    let screen = Screen.resolve(width: nil, color: .auto, environment: ["TERM": "xterm"], style: .unicode, fd: slave)
    #expect(screen.width == .terminal(slave) && screen.columns == 80 && screen.color)
    // Resized: the next reply asks again.
    size.ws_col = 140
    #expect(ioctl(master, UInt(TIOCSWINSZ), &size) == 0)
    #expect(screen.columns == 140)
    #expect(Screen.resolve(width: nil, color: .auto, environment: ["COLUMNS": "100"], style: .unicode, fd: slave).columns == 100)
    #expect(!Screen.resolve(width: nil, color: .auto, environment: ["NO_COLOR": "1"], style: .unicode, fd: slave).color)
    #expect(!Screen.resolve(width: nil, color: .never, environment: [:], style: .unicode, fd: slave).color)
  }

  static let red = "\u{1B}[31m"
  static let yellow = "\u{1B}[33m"
  static let green = "\u{1B}[32m"

  static func replies(_ lines: [String], color: Bool) throws -> [String] {
    let desk = TestDesk()
    defer { desk.remove() }
    let session = try desk.open()
    return Screen.$current.withValue(Screen(width: .unlimited, color: color)) { lines.map { session.handle($0).text } }
  }

  static let call = [
    "@now 2026-11-25 09:00", "load sample data", "follow up Acme tomorrow: call back",
    "@now 2026-11-27 09:00",
    "offer Acme 15% on linen", "offer Bora 5% on poplin, valid until 27 nov", "offers",
    "Bora orders 100m poplin", "ship S-1", "S-1 paid",
    "follow up Bora today: send swatches", "F-2 done", "agenda", "show Acme",
  ]

  @Test func colourMarksTheWordsThatAlreadySayIt() throws {
    let shown = try Self.replies(Self.call, color: true)
    #expect(shown[4].contains(Self.red + "over your 12%"), "\(shown[4].debugDescription)")
    #expect(shown[5].contains(Self.green + "within your 12%"), "\(shown[5].debugDescription)")
    #expect(shown[6].contains(Self.yellow + "waiting for approval"), "\(shown[6].debugDescription)")
    #expect(shown[6].contains(Self.yellow + "27 Nov 2026"), "expiring today: \(shown[6].debugDescription)")
    #expect(shown[9].contains(Self.green + "paid in full"), "\(shown[9].debugDescription)")
    #expect(shown[11].hasPrefix(Self.green + "Done F-2"), "\(shown[11].debugDescription)")
    #expect(shown[12].contains(Self.red + "OVERDUE 1 day"), "\(shown[12].debugDescription)")
    #expect(shown[13].contains(Self.red + "OVERDUE"), "\(shown[13].debugDescription)")
  }

  @Test func withoutColourTheWordsAreAllThereAndNothingElse() throws {
    let plain = try Self.replies(Self.call, color: false)
    let shown = try Self.replies(Self.call, color: true)
    #expect(plain.allSatisfy { !$0.contains("\u{1B}") })
    #expect(shown.map(Style.plain) == plain)
  }

  @Test func aRefusalIsMarkedOnItsFirstLineOnly() {
    let text = "There is no client Zyx.\nAdd one: add client Zyx"
    #expect(Style.refused(text) == text)
    let marked = Screen.$current.withValue(Screen(color: true)) { Style.refused(text) }
    #expect(marked == Self.red + "There is no client Zyx." + Style.reset + "\nAdd one: add client Zyx")
  }

  @Test func colourTakesNoColumnInATable() {
    var table = Table(["offer", "status"], align: [.left, .left])
    table.add(["O-1", "waiting for approval"], marks: ["status": .warning])
    table.add(["O-12", "open"])
    let plain = table.render(indent: "  ", on: Screen(width: .columns(24)))
    let coloured = table.render(indent: "  ", on: Screen(width: .columns(24), color: true))
    #expect(coloured.contains(Self.yellow))
    #expect(Style.plain(coloured) == plain)
    #expect(plain.split(separator: "\n").allSatisfy { $0.count <= 24 }, "\(plain)")
  }
}
