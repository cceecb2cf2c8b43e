import DealdeskCore
import DealdeskStore
import Foundation
import Testing

@testable import DealdeskApp

/// Aliases through the session: the reply, the card, undo, a restart, export and import.
@Suite struct AliasSessionTests {
  /// A session on the sample desk, closed and removed when the test ends.
  private final class Fixture {
    let desk = TestDesk()
    var session: Session

    init() throws {
      session = try desk.open()
      _ = session.handle("load sample data")
    }

    deinit {
      _ = session.close()
      desk.remove()
    }

    func reopen() throws {
      _ = session.close()
      session = try desk.open()
    }
  }

  @Test func anAliasIsConfirmedAndShownOnTheCard() throws {
    let f = try Fixture()
    #expect(f.session.handle("alias Acme as ACT").text == "Acme Textiles can now be called ACT.")
    #expect(f.session.handle("Acme aka Acmetex").text == "Acme Textiles can now be called Acmetex.")
    let card = f.session.handle("show Acme").text.split(separator: "\n").map(String.init)
    #expect(card.dropFirst().first == "  also called ACT, Acmetex")
    #expect(f.session.handle("alias Acme as act").text == "Nothing to change: that is already so.")
    #expect(f.session.handle("remove alias act").text == "Acme Textiles is no longer called ACT.")
    #expect(!f.session.handle("show Acme").text.contains("also called ACT"))
  }

  @Test func refusalsSayWhyAndWhatToDo() throws {
    let f = try Fixture()
    _ = f.session.handle("alias Acme as ACT")
    let taken = f.session.handle("alias Bora as act")
    #expect(taken.isError)
    #expect(taken.text == "\"act\" can't also stand for Bora Fabrics: it is already another name for Acme Textiles (CL-1). Remove it there first (remove alias ACT), or choose another.")
    let skipped = f.session.handle("alias Acme as at")
    #expect(skipped.isError)
    #expect(skipped.text == "\"at\" reads as the word \"at\", which the desk skips unless it is written in capitals, so it can't stand for Acme Textiles. Choose a name that reads as nothing else.")
    #expect(f.session.call == nil, "a refused alias starts no call")
    let missing = f.session.handle("remove alias BF from Bora")
    #expect(missing.text == "Bora Fabrics is not called \"BF\". Bora Fabrics has no aliases.")
    #expect(f.session.handle("add client act").text.hasPrefix("ACT is already another name for Acme Textiles (CL-1)."))
  }

  @Test func undoRedoAndARestartKeepAliasesExact() throws {
    let f = try Fixture()
    _ = f.session.handle("alias Acme as ACT")
    _ = f.session.handle("remove alias ACT")
    #expect(f.session.handle("undo").text == "Undone: remove alias ACT")
    #expect(f.session.desk.clients["CL-1"]?.aliases == ["ACT"])
    #expect(f.session.handle("undo").text == "Undone: alias Acme as ACT")
    #expect(f.session.desk.clients["CL-1"]?.aliases == [])
    #expect(f.session.handle("redo").text == "Redone: alias Acme as ACT")
    try f.reopen()
    #expect(f.session.desk.clients["CL-1"]?.aliases == ["ACT"])
  }

  /// The session reads names through an index it keeps up to date; an alias added or
  /// removed, and undo and redo of either, must reach it.
  @Test func anAliasWorksWhereverTheClientsNameDoes() throws {
    let f = try Fixture()
    #expect(f.session.handle("ACT?").isError, "no alias yet")
    _ = f.session.handle("alias Acme as ACT")
    #expect(f.session.handle("ACT?").text.hasPrefix("Acme Textiles (CL-1)"))
    #expect(f.session.handle("offer ACT 10% on linen").text.hasPrefix("O-1 to Acme Textiles"))
    #expect(!f.session.handle("ACT wants 12%").isError)
    _ = f.session.handle("remove alias ACT")
    #expect(f.session.handle("ACT?").isError, "the removed alias is gone from the index")
    _ = f.session.handle("undo")
    #expect(f.session.handle("show ACT").text.hasPrefix("Acme Textiles (CL-1)"), "undo brings it back")
    _ = f.session.handle("redo")
    #expect(f.session.handle("ACT?").isError, "redo takes it away again")
  }

  /// The issue's own example: "at" is a word the desk skips, but typed in capitals as the
  /// alias was given, it is the client.
  @Test func aCapitalisedSkippedWordCanBeAnAlias() throws {
    let f = try Fixture()
    #expect(f.session.handle("alias Acme as at").isError, "lower case reads as the word at")
    #expect(!f.session.handle("alias Acme as AT").isError)
    #expect(f.session.handle("offer AT 10% on linen").text.hasPrefix("O-1 to Acme Textiles"))
    #expect(f.session.handle("AT?").text.hasPrefix("Acme Textiles (CL-1)"))
    #expect(f.session.handle("offer linen at 5% off to Bora").text.hasPrefix("O-2 to Bora Fabrics"), "lower-case at is still skipped")
  }

  @Test func exportsCarryAliases() throws {
    let f = try Fixture()
    _ = f.session.handle("alias Acme as ACT")
    _ = f.session.handle("Acme aka Acmetex")
    let json = try JSONSerialization.jsonObject(with: Data(f.session.handle("export json").text.utf8))
    let clients = try #require((json as? [String: Any])?["clients"] as? [[String: Any]])
    #expect(clients.first?["aliases"] as? [String] == ["ACT", "Acmetex"])
    #expect(clients.last?["aliases"] as? [String] == [], "no aliases is an empty list, not a missing key")
    let rows = try CSVReader.parse(f.session.handle("export csv clients").text).get().map(\.fields)
    let aliases = try #require(rows.first?.firstIndex(of: "aliases"))
    #expect(rows.dropFirst().first?[aliases] == "ACT;Acmetex")
  }

  @Test func importedClientsBringTheirAliasesAndTheRulesHold() throws {
    let f = try Fixture()
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dealdesk-alias-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let good = folder.appendingPathComponent("good.csv")
    try Data("name,aka\nHana Moda,HM; Hana\nZeta Tekstil,\n".utf8).write(to: good)
    #expect(!f.session.handle("import clients from \(good.path)").isError)
    #expect(f.session.desk.clients.values.first { $0.name == "Hana Moda" }?.aliases == ["HM", "Hana"])
    let bad = folder.appendingPathComponent("bad.csv")
    try Data("name,aliases\nOra Home,HM\nDrita,at\n".utf8).write(to: bad)
    let reply = f.session.handle("import clients from \(bad.path)")
    #expect(reply.isError)
    #expect(reply.text.contains("\(bad.path):2: \"HM\" can't also stand for Ora Home: it is already another name for Hana Moda"))
    #expect(reply.text.contains("\(bad.path):3: Alias \"at\" reads as the word \"at\", which the desk skips unless it is written in capitals, so it can't stand for Drita."))
  }
}
