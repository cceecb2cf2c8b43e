import DealdeskApp
import DealdeskCore
import DealdeskStore
import Foundation
import Testing

/// A journal record is written by hand (DealdeskStore/FastJSON/Writers/EventWriter.swift),
/// not through JSONEncoder: these hold it to JSONEncoder byte for byte, over seeded random
/// events of every kind. A failure names its seed; DEALDESK_WRITER_SEED=<seed> runs that one.
@Suite struct JournalRecordWriterTests {
  static let records = 3_000

  static var seeds: [UInt64] {
    if let one = ProcessInfo.processInfo.environment["DEALDESK_WRITER_SEED"].flatMap(UInt64.init) { return [one] }
    return (0..<UInt64(records)).map { $0 }
  }

  @Test func everyRecordIsWrittenAsJSONEncoderWritesItByteForByte() throws {
    var kinds = Set<Int>()
    var failed: [UInt64] = []
    for seed in Self.seeds {
      let random = RandomEvents(seed: seed)
      // Each kind alone, then a few at random behind one another, as a script's record has them.
      let first = Int(seed % UInt64(RandomEvents.kinds))
      var events = [random.event(kind: first)]
      for n in 0..<Int(seed % 5) { events.append(random.event(kind: (first + 7 * (n + 1)) % RandomEvents.kinds)) }
      kinds.formUnion(events.map(RandomEvents.kind(of:)))
      var record = JournalRecord(
        seq: Int(seed) + 1, at: Date(timeIntervalSince1970: 1_795_860_000 + Double(seed)), line: "typed \"line\" \(seed)",
        kind: .command, events: events, author: seed % 3 == 0 ? "mira" : nil)
      if seed % 50 == 7 {
        // A desk moved into a team desk: the record carries it whole.
        var desk = Desk()
        desk.apply(random.event(kind: 0))
        (record.kind, record.events, record.desk) = (.start, [], desk)
      }
      let fast = try DeskJSONWriter.encode(record)
      let reference = Array(try DeskJSON.encoder().encode(record))
      if fast != reference {
        failed.append(seed)
        if failed.count <= 3 {
          Issue.record(
            "seed \(seed): written\n\(String(decoding: fast, as: UTF8.self))\nJSONEncoder\n\(String(decoding: reference, as: UTF8.self))")
        }
      }
    }
    #expect(failed.isEmpty, "failing seeds (DEALDESK_WRITER_SEED=<seed> to rerun one): \(failed.prefix(20))")
    if Self.seeds.count > 1 {
      #expect(kinds == Set(0..<RandomEvents.kinds), "kinds never made: \(Set(0..<RandomEvents.kinds).subtracting(kinds).sorted())")
    }
  }

  /// What the hand-written writer writes, the journal reads back, and writes again the same
  /// (a record is compared by its bytes: a date's fraction of a second is not kept).
  @Test func aWrittenRecordReadsBackAndIsWrittenAgainTheSame() throws {
    for seed in UInt64(0)..<200 {
      let random = RandomEvents(seed: seed)
      let events = (0..<RandomEvents.kinds).map { random.event(kind: $0) }
      let record = JournalRecord(seq: 1, at: Date(timeIntervalSince1970: 1_795_860_000), line: "run big.desk", kind: .command, events: events)
      let written = try DeskJSONWriter.encode(record)
      let read = try DeskJSON.decoder().decode(JournalRecord.self, from: Data(written))
      #expect(try DeskJSONWriter.encode(read) == written, "seed \(seed)")
    }
  }
}
