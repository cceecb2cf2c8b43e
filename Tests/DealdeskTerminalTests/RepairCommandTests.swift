import Foundation
import Testing

/// `dealdesk repair` as the real binary: a desk refused for damage says to run it, and it
/// leaves a desk that opens, keeps copies, and says what it did.
@Suite(.serialized) struct RepairCommandTests {
  func journal(_ desk: Desk) -> URL { desk.data.appendingPathComponent("journal.jsonl") }

  @Test func aBadJournalLineIsRefusedWithTheRepairCommandWhichThenMendsTheDesk() throws {
    let desk = try Desk()
    // A clean close saves the desk as it stands and empties the journal; the next session
    // never reads undo's file, so its lines stay in the journal, as after a kill.
    _ = try desk.run(["--data", desk.data.path], input: "add client Acme\nundo\n")
    _ = try desk.run(["--data", desk.data.path], input: "add client Acme\nadd client Bora\nadd client Cora\n")
    // Damage the middle entry, as a disk error or a careless edit would.
    var lines = try String(contentsOf: journal(desk), encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
    lines[1] = Substring(lines[1].replacingOccurrences(of: "\"kind\":\"command\"", with: "\"kind\":\"sneeze\""))
    let damaged = lines.joined(separator: "\n")
    try Data(damaged.utf8).write(to: journal(desk))

    let refused = try desk.run(["--data", desk.data.path], input: "clients\n")
    #expect(refused.status == 1)
    #expect(refused.errors.hasPrefix("Line 2 of \(journal(desk).path) cannot be read: the field \"kind\" is \"sneeze\", which this Dealdesk does not know."))
    #expect(refused.errors.contains("To set that line aside and open the desk, run: dealdesk --data \(desk.data.path) repair\n"))

    let repaired = try desk.run(["--data", desk.data.path, "repair"])
    #expect(repaired.status == 0, "\(repaired.errors)")
    #expect(
      repaired.output == """
        Line 2 of the journal could not be read (the field "kind" is "sneeze", which this Dealdesk does not know) and was set aside; it was entry 4: "add client Bora".
        The journal as it was is kept as \(journal(desk).path).damaged-1; the 2 entries that could be read are still in it.
        Commands saved after a set-aside line were kept as they were; if one of them built on it (an order on an offer it made, or an undo of it), check that part of the desk.
        The desk opens again: 2 clients, 0 products, 0 offers, 0 orders.

        """)
    #expect(try String(contentsOfFile: journal(desk).path + ".damaged-1", encoding: .utf8) == damaged)
    let opened = try desk.run(["--data", desk.data.path], input: "add client Dora\nclients\n")
    #expect(opened.status == 0 && opened.errors == "")
    #expect(opened.output.contains("Acme") && opened.output.contains("Cora") && opened.output.contains("Dora"))

    let again = try desk.run(["--data", desk.data.path, "repair"])
    #expect(again.output == "Nothing to repair: the desk in \(desk.data.path) opens as it is. Nothing was changed.\n")
  }

  @Test func aCorruptSnapshotIsRebuiltFromTheJournal() throws {
    let desk = try Desk()
    _ = try desk.run(["--data", desk.data.path], input: "add client Acme\nadd client Bora\n")
    let snapshot = desk.data.appendingPathComponent("desk.json")
    try Data("{\"format\":\"dealdesk\",\"version\":1,\"seq\":0,\"de".utf8).write(to: snapshot)
    let refused = try desk.run(["--data", desk.data.path, "export", "json"])
    #expect(refused.status == 1)
    #expect(refused.errors.contains("To rebuild the desk from its journal, run: dealdesk --data \(desk.data.path) repair\n"))

    let repaired = try desk.run(["repair", "--data", desk.data.path])
    #expect(repaired.status == 0, "\(repaired.errors)")
    // The journal was emptied by the clean close; undo's file holds both entries.
    #expect(repaired.output.contains("Undo's file goes back to entry 0, so the desk was rebuilt from it and the journal (2 entries)"))
    #expect(repaired.output.hasSuffix("The desk opens again: 2 clients, 0 products, 0 offers, 0 orders.\n"))
    #expect(FileManager.default.fileExists(atPath: snapshot.path + ".damaged-1"))
  }

  @Test func repairIsRefusedWhileTheDeskIsOpenAndWithReadOnly() throws {
    let desk = try Desk()
    let writer = try PipedChild(binary: desk.binary, arguments: ["--data", desk.data.path], environment: desk.pipedEnvironment)
    defer { writer.killNow() }
    writer.send(["add client Acme"])
    #expect(writer.read(until: { String(decoding: $0, as: UTF8.self).contains("Added client Acme") }))
    let refused = try desk.run(["--data", desk.data.path, "repair"])
    #expect(refused.status == 1)
    #expect(refused.errors.hasPrefix("This desk is open in another Dealdesk (pid \(writer.process.processIdentifier)"))
    let readOnly = try desk.run(["--data", desk.data.path, "--read-only", "repair"])
    #expect(readOnly.status == 1)
    #expect(readOnly.errors == "repair changes the desk, so it cannot run with --read-only; leave --read-only out.\n")
  }
}
