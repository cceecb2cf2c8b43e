import DealdeskCore
import Foundation
import Testing

@testable import DealdeskLanguage

/// Generated lines (command words, names, numbers, punctuation, emoji, control
/// characters, in any order) through the parser: each is understood or refused, never a crash.
/// Split into parallel cases so both cores share the work.
struct ParserFuzzTests {
  static let pieces: [String] = [
    // Command words and fillers.
    "offer", "show", "reserve", "for", "on", "wants", "at", "to", "add", "client", "product", "note", "call",
    "undo", "redo", "offers", "accept", "decline", "counter", "pays", "in", "days", "tomorrow", "monday", "help",
    "they", "it", "alias", "as", "sells", "complaint", "order", "ship", "lend", "swatch", "export", "O-1", "O-99",
    // The forms managers really type (issue 16): conditions, packages, references, shipping
    // words, ids that are not there, shorthand units and dates, competitors.
    "if they take", "but", "but net 60", "sent", "went out", "dispatched", "K-1", "C-9", "it", "them", "their", "acme's",
    "the acme hold", "last order", "came back", "ok'd", "approved", "2.5k", "7pct", "9 percent", "3 rolls", "150 yards",
    "750 euros", "net45", "on 4/1", "at 9:15", "till thursday", "next wed", "in 3 weeks", "9am", "tekstil plus", "competitor",
    "ofer", "acept", "whats", "from vlore",
    // Names, whole, partial and misspelt.
    "Acme", "Acme Textiles", "acmee", "Bora Fabrics", "Bora Fabrcs", "Çelik", "celik", "Atelier Lumière", "Linen 220",
    "LIN-220", "linen", "linnen", "cotton", "silk", "Denim 12oz", "denim 12 oz", "Nordic", "Linen House",
    // Numbers, money, quantities, dates.
    "10%", "15 %", "200m", "200 m", "20 rolls", "€12.50", "12,50 €", "$3", "0", "-3", "1e9", "3/4", "½",
    "99999999999999999999999", "0.0001%", "12:30", "10am", "2026-13-45", "31/02", "net 30", "2/10 net 30",
    // Punctuation, quotes, symbols.
    ",", ".", "?", "!", "\"", "'", "\"Acme Textiles\"", "(", ")", "-", "/", "%", "€", "$", "…", "—", "’", "#", "@",
    // Emoji, odd scripts, invisible and control characters.
    "🧵", "👍🏽", "🇦🇱", "👩‍👩‍👧", "e\u{301}", "\u{200B}", "\u{FEFF}", "مرحبا", "日本", "\u{0}", "\t", "\u{7}", "\r", "\n", "\u{1B}[2J",
  ]

  static let context = ParseContext(
    desk: PhrasingDesk.desk, names: NameIndex(desk: PhrasingDesk.desk), contextClient: nil, now: PhrasingDesk.now)

  /// Runs `count` generated lines from `seed`; returns how many were understood.
  static func run(seed: UInt64, count: Int) -> (understood: Int, refused: Int) {
    var g = SplitMix64(state: seed)
    var understood = 0
    var refused = 0
    for _ in 0..<count {
      var line = ""
      for i in 0..<g.below(7) {
        if i > 0, g.below(5) != 0 { line += " " }
        line += pieces[g.below(pieces.count)]
      }
      // Now and then a character from anywhere in Unicode's first plane.
      if g.below(8) == 0, let scalar = Unicode.Scalar(UInt32(g.below(0xD000))) { line.insert(Character(scalar), at: line.startIndex) }
      if (try? Parser.parse(line, context: context)) != nil { understood += 1 } else { refused += 1 }
    }
    return (understood, refused)
  }

  static let shards = 8
  /// A million lines in all, as the issue asks; the language module is built optimised
  /// even for tests (Package.swift) so that this takes under a minute on two cores.
  static let perShard = 125_000

  @Test("generated lines are understood or refused, never a crash", arguments: 0..<shards)
  func neverCrashes(shard: Int) {
    let (understood, refused) = Self.run(seed: 0xDEA1_DE5C + UInt64(shard), count: Self.perShard)
    #expect(understood + refused == Self.perShard)
    // Both outcomes occur, so the generator reaches past the first refusal.
    #expect(understood > 0)
    #expect(refused > 0)
  }
}
