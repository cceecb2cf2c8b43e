import DealdeskApp
import DealdeskLanguage
import Foundation
import Testing

/// Tab completion knows where it is in the line: after a command's opening words it offers
/// what that command takes next, from the desk as it stands.
@Suite struct CompletionTests {
  /// The sample desk with one accepted offer (O-1), its open order (S-1), one open offer to
  /// Bora (O-2) and one open follow-up (F-1).
  static let setUp = [
    "load sample data", "offer Acme 5% on cotton", "accept", "Acme orders 300m poplin",
    "offer Bora 10% on linen", "follow up Acme tomorrow: send swatches",
  ]

  /// A line typed up to the cursor, and exactly what Tab offers for its last word.
  static let rows: [(line: String, expected: [String])] = [
    // The first word: command words, then clients (unchanged).
    ("acc", ["accept", "accepted", "account"]),
    // Clients after the commands that name one; multi-word names complete as wholes.
    ("show Ac", ["Acme Textiles"]),
    ("show Acme Te", ["Textiles"]),
    ("offer B", ["Bora Fabrics"]),
    ("quote B", ["Bora Fabrics"]),
    ("call Bo", ["Bora Fabrics"]),
    ("balance Bo", ["Bora Fabrics"]),
    ("follow up Bo", ["Bora Fabrics"]),
    // After the client of an offer: the fabrics, and the words for all of them.
    ("offer Acme ev", ["everything"]),
    ("offer Acme fa", ["fabric"]),
    ("offer Acme Textiles sil", ["Silk Crepe de Chine", "Silk Habotai 90", "silk"]),
    ("offer Bora 10% on wo", ["Wool Flannel", "Wool Gabardine", "wool", "workwear"]),
    // A reservation: fabrics, and a client after "for".
    ("reserve 200m de", ["Denim 12oz", "denim"]),
    ("reserve 200m linen 220 for Bo", ["Bora Fabrics"]),
    ("show Acme ", ["Textiles"]),
    // Open offers, then the clients who have one.
    ("accept ", ["O-2", "Bora Fabrics"]),
    ("counter o", ["O-2", "offer"]),
    ("withdraw ", ["O-2", "Bora Fabrics"]),
    ("approve B", ["Bora Fabrics", "bonus"]),
    ("extend O", ["O-2"]),
    ("diff ", ["O-2", "Bora Fabrics"]),
    ("lost ", ["O-2", "Bora Fabrics"]),
    ("ask approval ", ["O-2", "Bora Fabrics"]),
    ("reject ", ["O-2", "Bora Fabrics"]),
    ("ask approval for ", ["O-2", "Bora Fabrics"]),
    // Orders that the command can move: S-1 is open, so it ships or cancels but is not delivered.
    ("ship ", ["S-1"]),
    ("deliver ", []),
    ("cancel ", ["S-1"]),
    ("cancel o", ["offer", "order"]),  // "cancel offer" withdraws
    ("invoice s", ["S-1"]),
    // Open follow-ups.
    ("done ", ["F-1"]),
    ("snooze f", ["F-1"]),
    // Command names after help.
    ("help wi", ["withdraw"]),
    ("help follow", ["follow up", "follow-ups"]),
    // Nothing to offer is nothing, never a file name.
    ("ship S-1 ", []),
  ]

  @Test(arguments: rows)
  func tabOffersWhatComesNext(line: String, expected: [String]) throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let session = try desk.open()
    defer { _ = session.close() }
    for setUp in Self.setUp { #expect(!session.handle(setUp).isError, "set-up line \(setUp)") }
    let wordStart = line.lastIndex(where: \.isWhitespace).map { line.distance(from: line.startIndex, to: $0) + 1 } ?? 0
    #expect(session.completions(line: line, wordStart: wordStart) == expected)
  }

  /// After an offer's client with nothing typed yet: every fabric name, then fabric and everything.
  @Test func anEmptyWordAfterTheClientOffersEveryFabric() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let session = try desk.open()
    defer { _ = session.close() }
    #expect(!session.handle("load sample data").isError)
    let found = session.completions(line: "offer Acme ", wordStart: 11)
    #expect(found.contains("linen"))
    #expect(found.contains("Linen 220"))
    #expect(found.suffix(2) == ["fabric", "everything"])
    #expect(!found.contains("Bora Fabrics"))
  }

  /// The slot table is keyed by command name: a renamed command must not lose its completion.
  @Test(arguments: [
    "show", "call", "balance", "follow up", "offer", "reserve", "accept", "counter", "withdraw", "approve", "extend",
    "diff", "lost", "ask approval", "reject", "ship", "deliver", "cancel", "invoice", "done", "snooze", "help",
  ])
  func everyCommandThatTakesSomethingCompletesIt(name: String) {
    #expect(Grammar.commands.first { $0.name == name }?.completes != nil)
  }
}
