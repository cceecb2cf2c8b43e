import DealdeskApp
import DealdeskCore
import DealdeskStore
import Foundation
import Testing

/// A value in the desk's files that the desk would refuse if it were typed is damage: it is
/// refused on opening (in `export` and `--read-only` too), named with its line and field,
/// and `repair` sets it aside. Before, a sample count of Int.min overflowed on replay and
/// stopped the desk, and `repair` found nothing to repair.
@Suite("Values read from the desk's files are range-checked")
struct RangeCheckTests {
  static let noon = Date(timeIntervalSince1970: 1_795_860_000)  // 2026-11-28T10:00:00Z

  static func record(_ seq: Int, _ line: String, _ events: [Event]) -> JournalRecord {
    JournalRecord(seq: seq, at: noon.addingTimeInterval(Double(seq) * 60), line: line, kind: .command, events: events)
  }

  static func jsonLine(_ value: some Encodable) throws -> String {
    String(decoding: try DeskJSON.encoder().encode(value), as: UTF8.self)
  }

  /// A lent swatch after the count: on the old code `inShowroom -= 1` overflowed.
  static let lent = record(
    2, "lend sample velvet to Acme",
    [.sampleLent(SampleLoan(id: "L-1", sku: "VEL-01", client: "CL-1", lentAt: noon, dueBack: noon.addingTimeInterval(86_400)))])

  /// A desk folder holding `files` by name, made as Dealdesk makes one (0700).
  static func desk(_ files: [String: String]) throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dealdesk-range-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    for (name, text) in files { try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
    return folder
  }

  static func openError(_ folder: URL, mode: StoreMode) -> StoreError? {
    do {
      _ = try Session.open(at: folder, mode: mode).close()
      return nil
    } catch {
      return error
    }
  }

  @Test func aSampleCountOfIntMinIsDamageNamedWithItsLineNotACrash() throws {
    let journal = try [
      Self.jsonLine(Self.record(1, "add samples 5 velvet", [.swatchesAdded(sku: "VEL-01", count: Int.min)])),
      Self.jsonLine(Self.lent),
    ].map { $0 + "\n" }.joined()
    let folder = try Self.desk(["journal.jsonl": journal])
    defer { try? FileManager.default.removeItem(at: folder) }

    for mode in [StoreMode.readWrite, .readOnly] {
      let error = try #require(Self.openError(folder, mode: mode))
      #expect(error.kind == .damaged)
      #expect(
        error.message.hasPrefix(
          "Line 1 of \(folder.appendingPathComponent("journal.jsonl").path) cannot be read: in entry 1, a sample count of -9223372036854775808 is outside what the desk accepts, 0 to 1,000,000, at events[0].swatchesAdded.count."
        ), "\(error.message)")
    }
    #expect(try String(contentsOf: folder.appendingPathComponent("journal.jsonl"), encoding: .utf8) == journal)

    let repaired = DeskRepair.run(at: folder)
    #expect(repaired.succeeded, "\(repaired.text)")
    #expect(repaired.text.contains("Line 1 of the journal could not be read (in entry 1, a sample count of -9223372036854775808 is outside what the desk accepts, 0 to 1,000,000, at events[0].swatchesAdded.count) and was set aside; it was entry 1: \"add samples 5 velvet\"."))
    #expect(repaired.text.contains("The desk opens again"))
    let session = try Session.open(at: folder, mode: .readOnly)
    defer { _ = session.close() }
    #expect(session.desk.sampleLoans["L-1"] != nil)
  }

  /// One out-of-range value of each kind, each in an event the desk otherwise reads.
  static let outOfRange: [(event: Event, words: String)] = [
    (.swatchesAdded(sku: "VEL-01", count: Int.max), "a sample count of 9223372036854775807"),
    (.swatchReorderSet(sku: "VEL-01", below: -1), "a sample count of -1"),
    (.stockReceived(sku: "VEL-01", lot: "A", meters: -5, at: noon), "a quantity of -5"),
    (.stockReceived(sku: "VEL-01", lot: "A", meters: Decimal(string: "1e30")!, at: noon), "a quantity of 1000000000000000000000000000000"),
    (.paymentReceived(Payment(id: "P-1", clientId: "CL-1", order: nil, amount: -100, at: noon)), "an amount of -100"),
    (.creditLimitSet(client: "CL-1", limit: Decimal(string: "5000000000")!), "an amount of 5000000000"),
    (.clientTermsSet(client: "CL-1", terms: .net(days: Int.min)), "a payment term of -9223372036854775808"),
    (.stockReceived(sku: "VEL-01", lot: "A", meters: 5, at: Date(timeIntervalSince1970: -3_000_000_000)), "a date of 7 Dec 1874"),
    (.productAdded(Product(sku: "VEL-01", name: "Velvet", category: "Velvet", listPrice: 200_000)), "a price of 200000"),
  ]

  @Test(arguments: 0..<outOfRange.count)
  func eachKindOfValueIsCheckedInTheJournal(_ index: Int) throws {
    let (event, words) = Self.outOfRange[index]
    let folder = try Self.desk(["journal.jsonl": try Self.jsonLine(Self.record(1, "typed", [event])) + "\n"])
    defer { try? FileManager.default.removeItem(at: folder) }
    let error = try #require(Self.openError(folder, mode: .readOnly))
    #expect(error.kind == .damaged)
    #expect(error.message.contains("\(words) is outside what the desk accepts"), "\(error.message)")
  }

  @Test func aSnapshotValueOutOfRangeIsDamageAndRepairRebuildsFromTheJournal() throws {
    var desk = Desk()
    desk.swatches["VEL-01"] = Swatches(sku: "VEL-01", inShowroom: Int.min)
    let snapshot = "{\"format\":\"dealdesk\",\"version\":\(Session.formatVersion),\"seq\":0,\"desk\":\(try Self.jsonLine(desk))}\n"
    let lent = try Self.jsonLine(JournalRecord(seq: 1, at: Self.lent.at, line: Self.lent.line, kind: .command, events: Self.lent.events))
    let folder = try Self.desk(["desk.json": snapshot, "journal.jsonl": lent + "\n"])
    defer { try? FileManager.default.removeItem(at: folder) }

    for mode in [StoreMode.readWrite, .readOnly] {
      let error = try #require(Self.openError(folder, mode: mode))
      #expect(error.kind == .damaged)
      #expect(error.message.contains("a sample count of -9223372036854775808 is outside what the desk accepts, 0 to 1,000,000, at swatches[VEL-01].inShowroom."), "\(error.message)")
    }
    let repaired = DeskRepair.run(at: folder)
    #expect(repaired.succeeded, "\(repaired.text)")
    #expect(repaired.text.contains("rebuilt from it"))
    let session = try Session.open(at: folder, mode: .readOnly)
    defer { _ = session.close() }
    #expect(session.desk.sampleLoans["L-1"] != nil)
  }
}

/// The other side of the same bounds: what the desk accepts when typed, it reads back, and
/// what it would refuse to read, it refuses to type (before, each of these was accepted,
/// and the desk would then have refused its own journal).
@Suite("Typed values stay within what the desk reads")
struct TypedRangeTests {
  @Test func valuesAtTheLimitsAreTypedAndReadBack() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let session = try desk.open(running: [
      "add client Acme",
      "add product Linen 220 sku LIN-220 category linen price 100000/m width 100000cm gsm 100000 roll 10000000m",
      "add samples 1000000 linen 220",
      "offer Acme 100m linen 220 at 99000 lead time 3650 days",
      "follow up Acme 2199-12-31: renew the contract",
    ])
    _ = session.close()
    let again = try Session.open(at: desk.directory, mode: .readOnly)
    defer { _ = again.close() }
    #expect(again.desk.swatches["LIN-220"]?.inShowroom == 1_000_000)
  }

  @Test(arguments: [
    "add samples 1000001 linen 220",
    "sample reorder linen 220 at 1000001",
    "add product Wide sku W-1 category linen price 10/m width 100001cm",
    "follow up Acme 1850-01-01: look at the old ledgers",
    "follow up Acme 2200-01-01: renew the contract",
  ])
  func valuesBeyondAreRefusedWhenTyped(_ line: String) throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let session = try desk.open(running: [
      "add client Acme", "add product Linen 220 sku LIN-220 category linen price 12.40/m",
    ])
    defer { _ = session.close() }
    let reply = session.handle(line)
    #expect(reply.isError, "\(line): \(reply.text)")
    // Refused for its value, not for its wording.
    #expect(reply.text.contains("accepts") || reply.text.contains("years the desk keeps"), "\(line): \(reply.text)")
  }
}
