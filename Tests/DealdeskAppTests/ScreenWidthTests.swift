@testable import DealdeskApp
import Foundation
import Testing

/// Issue 22, item 1: every table fits the screen it is printed on. Columns that may be cut
/// shrink, the widest first, with an ellipsis; the columns a table names as least
/// important go first; prose folds at a space. A pipe (no width) keeps today's text.
@Suite struct ScreenWidthTests {
  /// A desk with wide lists: long names, long terms, an order, follow-ups with long text.
  static let lines = [
    "@now 2026-10-01 09:00",
    "load sample data",
    "add client Tessitura Fratelli Lombardi Industria Tessile in Prato",
    "Tessitura orders 100m habotai",
    "ship S-1",
    "Tessitura orders 50m habotai",
    "@now 2026-11-27 09:00",
    "offer Acme 10% on linen",
    "Acme wants 15%",
    "counter 12%",
    "they accept",
    "quote Bora 300 yd of linen 220 and 200m poplin, 8% off, net 30, valid 7 days",
    "offer Tessitura 5% on silk",
    "Bora orders 400m poplin",
    "ship S-3",
    "follow up Bora today 17:00: confirm the hotel contract quantities for the spring collection, and the swatches of linen they asked for",
    "follow up Acme monday: send the linen price list",
    "@now 2026-11-30 09:00",
  ]

  static func session() throws -> (TestDesk, Session) {
    let desk = TestDesk()
    let session = try desk.open()
    for line in lines {
      let reply = session.handle(line)
      #expect(!reply.isError, "\(line): \(reply.text)")
    }
    return (desk, session)
  }

  /// The reply to `line` as a screen of `width` columns (nil: a pipe) shows it.
  static func reply(_ session: Session, _ line: String, width: Int?, style: ChartStyle = .unicode) -> String {
    let screen = Screen(width: width.map(Screen.Width.columns) ?? .unlimited, color: false, style: style)
    let text = Screen.$current.withValue(screen) { session.handle(line).text }
    return LineFit.fold(style.draw(text), width: width)
  }

  static func widest(_ text: String) -> Int {
    text.split(separator: "\n").map { Table.width(String($0)) }.max() ?? 0
  }

  @Test(arguments: ["offers", "orders", "clients", "agenda", "overdue", "balance Tessitura"])
  func theWidestListsFitEightyAndOneHundredFortyColumns(_ list: String) throws {
    let (desk, session) = try Self.session()
    defer { desk.remove() }
    let piped = Self.reply(session, list, width: nil)
    #expect(Self.widest(piped) > 80, "\(list) is not wide enough to test:\n\(piped)")
    for width in [80, 140] {
      let shown = Self.reply(session, list, width: width)
      #expect(Self.widest(shown) <= width, "\(list) at \(width):\n\(shown)")
      // Every row is still there, one line each for a table.
      #expect(shown.split(separator: "\n").count >= piped.split(separator: "\n").count, "\(list) at \(width):\n\(shown)")
    }
  }

  @Test func aPipeAndAWideScreenKeepTodaysText() throws {
    let (desk, session) = try Self.session()
    defer { desk.remove() }
    for list in ["offers", "orders", "clients", "agenda", "catalog"] {
      let plain = session.handle(list).text
      #expect(Self.reply(session, list, width: nil) == plain)
      #expect(Self.reply(session, list, width: 1_000) == plain, "\(list)")
    }
  }

  @Test func offersAtEightyDropAgeFirstAndCutTheTermsWithAnEllipsis() throws {
    let (desk, session) = try Self.session()
    defer { desk.remove() }
    let narrow = Self.reply(session, "offers", width: 80).split(separator: "\n").map(String.init)
    let header = try #require(narrow.dropFirst().first)
    #expect(!header.contains("age"), "\(header)")
    #expect(header.contains("terms") && header.contains("client") && header.contains("status"), "\(header)")
    #expect(narrow.contains { $0.contains("O-2") && $0.hasSuffix("…") }, "\(narrow.joined(separator: "\n"))")
    let wide = Self.reply(session, "offers", width: 140)
    #expect(wide.contains("  age  "), "\(wide)")
    #expect(wide.contains("8% off 274.32 m Linen 220, 8% off 200 m Poplin White · net 30"), "\(wide)")
  }

  @Test func anOfferWaitingForApprovalSaysSoWholeAtEighty() throws {
    let (desk, session) = try Self.session()
    defer { desk.remove() }
    let asked = session.handle("offer Bora 20% on linen 180")
    #expect(asked.text.contains("waiting for approval"), "\(asked.text)")
    let narrow = Self.reply(session, "offers", width: 80)
    let row = try #require(narrow.split(separator: "\n").first { $0.contains("Bora") && $0.contains("waiting") })
    #expect(row.contains("waiting for approval"), "\(narrow)")
    #expect(narrow.contains("valid until"), "the expiry stays at 80 columns: \(narrow)")
    #expect(Self.widest(narrow) <= 80)
  }

  /// Wide characters (Chinese, Japanese, Korean, emoji) take two columns of a terminal: a
  /// client named in them lines up with the rest, and a cut never overruns the screen.
  @Test func wideCharactersCountTwoColumnsAndRowsStillLineUp() throws {
    #expect(TerminalColumns.of("東京テキスタイル") == 16)
    #expect(TerminalColumns.of("Çelik Tekstil") == 13)
    #expect(TerminalColumns.of("e\u{301}") == 1, "an accent typed apart takes no column")
    #expect(TerminalColumns.of("🧵 thread") == 9)
    #expect(Table.width("\u{1B}[31m東京\u{1B}[0m") == 4)
    #expect(TableFit.cut("東京テキスタイル株式会社", to: 9, style: .unicode) == "東京テキ…")

    let (desk, session) = try Self.session()
    defer { desk.remove() }
    #expect(!session.handle("add client 東京テキスタイル株式会社 in 東京").isError)
    for width in [nil, 80, 60] {
      let shown = Self.reply(session, "clients", width: width)
      let rows = shown.split(separator: "\n").filter { $0.contains("CL-") }.map(String.init)
      // Every row's open-offers count ends in the same column.
      #expect(Set(rows.map(Table.width)).count == 1, "rows of unequal width at \(width.map(String.init) ?? "pipe"):\n\(shown)")
      if let width { #expect(Self.widest(shown) <= width, "\(shown)") }
    }
    #expect(LineFit.fold("東京テキスタイル株式会社 東京テキスタイル株式会社", width: 30).split(separator: "\n").allSatisfy { Table.width(String($0)) <= 30 })
  }

  @Test func clientsAtEightyCutTheLongNameAndKeepTheRest() throws {
    let (desk, session) = try Self.session()
    defer { desk.remove() }
    let narrow = Self.reply(session, "clients", width: 80)
    let row = try #require(narrow.split(separator: "\n").first { $0.contains("Tessitura") })
    #expect(row.contains("Tessitura Fratelli") && row.contains("…") && row.contains("Prato"), "\(narrow)")
    #expect(row.hasSuffix(" 1"), "the open offers count stays: \(row)")
  }

  @Test func underAnAsciiLocaleTheCutEndsInThreeDots() throws {
    let (desk, session) = try Self.session()
    defer { desk.remove() }
    let narrow = Self.reply(session, "clients", width: 60, style: .ascii)
    #expect(Self.widest(narrow) <= 60, "\(narrow)")
    #expect(narrow.contains("..."), "\(narrow)")
    #expect(!narrow.contains("…"), "\(narrow)")
  }

  @Test func theAgendaFoldsItsLongLineAtASpaceUnderItsText() throws {
    let (desk, session) = try Self.session()
    defer { desk.remove() }
    let narrow = Self.reply(session, "agenda", width: 80).split(separator: "\n").map(String.init)
    let start = try #require(narrow.firstIndex { $0.contains("confirm the hotel") })
    let next = narrow[start + 1]
    #expect(next.hasPrefix("      ") && !next.hasPrefix("       "), "continued under the text: \(narrow)")
    // No word is split across the fold.
    let typed = try #require(Self.lines.first { $0.contains("confirm the hotel") })
    let words = Set(typed.split(separator: " ").map(String.init))
    for word in (narrow[start] + " " + next).split(separator: " ") where word.allSatisfy(\.isLetter) && word.count > 3 {
      #expect(words.contains(String(word)) || !typed.contains(word), "\(word) was split")
    }
  }
}

/// The fitting itself, on figures: which columns go, and in which order; how text is cut.
@Suite struct TableFitTests {
  /// id 4, name 30, city 12, count 3, note 40; name and note may be cut to 10.
  static let natural = [4, 30, 12, 3, 40]
  static let floors = [1: 10, 4: 10]

  static func plan(_ available: Int?, drops: [Int] = [2, 3]) -> TableFit {
    TableFit.plan(natural: natural, floors: floors, drops: drops, indent: 2, available: available)
  }

  @Test func roomEnoughChangesNothing() {
    #expect(Self.plan(nil) == TableFit(kept: [0, 1, 2, 3, 4], widths: Self.natural))
    #expect(Self.plan(2 + 89 + 8) == TableFit(kept: [0, 1, 2, 3, 4], widths: Self.natural))
  }

  @Test func theWidestCuttableColumnGivesFirstAndNothingDropsWhileCuttingSuffices() {
    let fit = Self.plan(80)
    #expect(fit.kept == [0, 1, 2, 3, 4])
    // 19 columns too many: the note (40) gives until it meets the name, then both in turn.
    #expect(fit.widths == [4, 25, 12, 3, 26])
    let used: Int = 2 + fit.widths.reduce(0, +) + 8
    #expect(used == 80)
  }

  @Test func columnsDropInTheDeclaredOrderOnlyWhenCuttingCannotFit() {
    // Floors: 4 + 10 + 12 + 3 + 10 = 39, with indent and gaps 49. Below that, city goes.
    #expect(Self.plan(49).kept == [0, 1, 2, 3, 4])
    #expect(Self.plan(48).kept == [0, 1, 3, 4])
    // Without city: 4 + 10 + 3 + 10 + 2 + 6 = 35. Below that, the count goes too.
    #expect(Self.plan(35).kept == [0, 1, 3, 4])
    #expect(Self.plan(34).kept == [0, 1, 4])
    // Another order, another first to go.
    #expect(Self.plan(48, drops: [3, 2]).kept == [0, 1, 2, 4])
    // Drops free room that goes back to what was cut.
    #expect(Self.plan(48).widths[1] + Self.plan(48).widths[4] == 48 - 2 - 4 - 3 - 6)
    // Nothing left to drop: what remains is cut to its floors, and no further.
    #expect(Self.plan(20).widths[1] == 10 && Self.plan(20).widths[4] == 10)
  }

  @Test func aDeclaredCutOrderCutsTheFirstColumnToItsFloorBeforeTheNext() {
    let fit = TableFit.plan(natural: Self.natural, floors: Self.floors, cutOrder: [1, 4], drops: [], indent: 2, available: 80)
    // 19 too many: all from the name (30 → 11), none from the note.
    #expect(fit.widths == [4, 11, 12, 3, 40])
    let deeper = TableFit.plan(natural: Self.natural, floors: Self.floors, cutOrder: [1, 4], drops: [], indent: 2, available: 70)
    #expect(deeper.widths == [4, 10, 12, 3, 31])
  }

  @Test func aCutEndsInAnEllipsisWithoutASpaceBeforeIt() {
    #expect(TableFit.cut("Acme Textiles", to: 13, style: .unicode) == "Acme Textiles")
    #expect(TableFit.cut("Acme Textiles", to: 8, style: .unicode) == "Acme Te…")
    #expect(TableFit.cut("Acme Textiles", to: 6, style: .unicode) == "Acme…")
    #expect(TableFit.cut("Acme Textiles", to: 8, style: .ascii) == "Acme...")
    #expect(TableFit.cut("Çelik Tekstil", to: 7, style: .unicode) == "Çelik…")
  }

  @Test func aTableDeclaresWhatItCutsAndDrops() {
    var table = Table(["id", "client", "city", "count"], align: [.left, .left, .left, .right])
    table.cuttable = ["client": 8]
    table.dropsFirst = ["city"]
    table.add(["CL-1", "Tessitura Fratelli Lombardi", "Prato", "12"])
    // At 30 the client cut to 8 would just fit beside the city; at 28 the city goes.
    #expect(table.render(indent: "  ", on: Screen(width: .columns(30))).contains("Prato"))
    #expect(table.render(indent: "  ", on: Screen(width: .columns(28))) == """
        id    client         count
        ────  ─────────────  ─────
        CL-1  Tessitura Fr…     12
      """)
    #expect(table.render(indent: "  ", on: Screen()) == table.render())
  }

  @Test func aTableThatCannotShrinkIsCutAtTheEdgeNotWrapped() {
    var table = Table(["invoice", "outstanding", "due"], align: [.left, .right, .left])
    table.cuttable = [:]
    table.add(["INV-12", "1,234,567.00", "30 days after shipping"])
    let shown = table.render(indent: "  ", on: Screen(width: .columns(30)))
    let lines = shown.split(separator: "\n")
    #expect(lines.count == 3 && lines.allSatisfy { Table.width(String($0)) <= 30 }, "\(shown)")
    #expect(lines.last?.hasSuffix("…") == true, "\(shown)")
  }

  @Test func proseFoldsAtSpacesWithAHangingIndent() {
    let text = "  1 open, worth 4,399.99 EUR where quantities are set · next to expire: O-2 on 7 Dec 2026"
    #expect(LineFit.fold(text, width: 40) == """
        1 open, worth 4,399.99 EUR where
          quantities are set · next to expire:
          O-2 on 7 Dec 2026
      """)
    #expect(LineFit.fold(text, width: nil) == text)
    #expect(LineFit.fold(text, width: 200) == text)
    // Colour takes no column: the same folds.
    let coloured = "  1 open, " + Style.mark("worth 4,399.99 EUR", .good, color: true) + " where quantities are set · next to expire: O-2 on 7 Dec 2026"
    #expect(Style.plain(LineFit.fold(coloured, width: 40)) == LineFit.fold(text, width: 40))
  }
}
