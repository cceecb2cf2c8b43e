@testable import DealdeskApp
import DealdeskCore
import DealdeskStore
import DealdeskTrainer
import Foundation
import Testing

/// Mutated journals and snapshots (byte flips, values pushed out of range inside valid JSON,
/// keys dropped, lines repeated, swapped, dropped or cut short) never crash the desk: each
/// either opens, and then exports and survives a JSON round trip, or is refused as damage,
/// and then `repair` leaves a desk that opens.
///
/// Seeded: a failure names its seed. `MUTATION_SEED=n MUTATION_COUNT=1` replays one;
/// `MUTATION_COUNT=200000` is the longer run.
@Suite("Mutation fuzz of journals and snapshots")
struct JournalMutationFuzzTests {
  static let now = Date(timeIntervalSince1970: 1_796_029_200)  // 2026-11-30 09:00 UTC

  /// The desk every mutation starts from: a snapshot of the first lines and a journal of
  /// the rest, touching most kinds of record.
  static let base: (snapshot: [UInt8], journal: [[UInt8]]) = {
    // A small desk, typed: the sample data would make every mutation cost ten times more.
    let first = [
      "add client Bora Fabrics", "add client Atelier Nord", "set Bora credit limit 25,000",
      "add product Linen 220 sku LIN-220 category linen price 12.40/m cost 7.90 width 150cm gsm 220 roll 50m",
      "add product Silk Habotai sku SLK-8 category silk price 19.00/m cost 11.00", "receive 1150m linen 220 lot 24-117",
      "quote Bora 1500m linen 220 at 11.80 net 30", "Bora accepts",
    ]
    let rest = [
      "reserve 1500m linen 220 for Bora and request the rest from warehouse", "add samples 6 silk habotai",
      "lend sample silk habotai to Atelier", "receive 400m linen 220 lot 24-160 for RQ-1", "order O-1", "ship S-1",
      "Bora paid 10,000 for S-1", "offer Atelier 400m silk habotai at 17.20 net 30", "note Bora: prefers calls on Tuesdays",
      "undo", "redo",
    ]
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dealdesk-fuzz-base-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    do {
      let session = try Session.open(at: folder, clock: .fixed(now))
      for line in first { expectDone(session.handle(line), line) }
      let desk = session.desk
      // Closed without the save a clean close makes (which would empty the journal): the
      // records stay in the journal, as a kill leaves them.
      session.journal.close()
      let journal = try Data(contentsOf: folder.appendingPathComponent("journal.jsonl"))
      let seq = try lastSeq(Array(journal))
      let body = try DeskJSON.encoder().encode(desk)
      let snapshot = Array("{\"format\":\"dealdesk\",\"version\":\(Session.formatVersion),\"seq\":\(seq),\"desk\":".utf8) + Array(body) + Array("}\n".utf8)
      try Data(snapshot).write(to: folder.appendingPathComponent("desk.json"))
      try Data().write(to: folder.appendingPathComponent("journal.jsonl"))
      let again = try Session.open(at: folder, clock: .fixed(now))
      for line in rest { expectDone(again.handle(line), line) }
      again.journal.close()
      let tail = try Data(contentsOf: folder.appendingPathComponent("journal.jsonl"))
      return (snapshot, Array(tail).split(separator: UInt8(ascii: "\n")).map(Array.init))
    } catch {
      Issue.record("the base desk could not be made: \(error)")
      return ([], [])
    }
  }()

  /// Memory-backed when the system has it: every repair syncs its copies to disk, which
  /// is what makes a desk durable and not what this test is about, and on a disk the syncs
  /// took two thirds of the run.
  static let scratch: URL = {
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: "/dev/shm", isDirectory: &isFolder), isFolder.boolValue,
      FileManager.default.isWritableFile(atPath: "/dev/shm")
    {
      return URL(fileURLWithPath: "/dev/shm", isDirectory: true)
    }
    return FileManager.default.temporaryDirectory
  }()

  static func expectDone(_ reply: Reply, _ line: String) {
    if reply.isError { Issue.record("the base desk refused \(line): \(reply.text)") }
  }

  static func lastSeq(_ journal: [UInt8]) throws -> Int {
    let last = journal.split(separator: UInt8(ascii: "\n")).last.map(Array.init) ?? []
    let object = try JSONSerialization.jsonObject(with: Data(last)) as? [String: Any]
    return object?["seq"] as? Int ?? 0
  }

  @Test func mutatedDesksOpenOrAreRefusedAndRepaired() async throws {
    let environment = ProcessInfo.processInfo.environment
    let count = environment["MUTATION_COUNT"].flatMap(UInt64.init) ?? 2000
    let firstSeed = environment["MUTATION_SEED"].flatMap(UInt64.init) ?? 1
    #expect(Self.base.journal.count >= 9, "the base desk journaled too little")
    let root = Self.scratch.appendingPathComponent("dealdesk-fuzz-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }
    // Four runs over consecutive seeds: much of each mutation is waiting on files.
    let lanes = UInt64(CrashSeeds.lanes)
    CrashSeeds.install()
    defer { CrashSeeds.uninstall() }
    let results = await withTaskGroup(of: Lane.self) { group in
      for lane in 0..<lanes {
        let seeds = (firstSeed &+ count * lane / lanes)..<(firstSeed &+ count * (lane + 1) / lanes)
        group.addTask { Self.run(seeds, lane: Int(lane), in: root) }
      }
      var all: [Lane] = []
      for await lane in group { all.append(lane) }
      return all
    }
    var outcomes: [String: Int] = [:]
    for lane in results {
      outcomes.merge(lane.outcomes, uniquingKeysWith: +)
      for failure in lane.failures { Issue.record(Comment(rawValue: failure)) }
    }
    print("Mutation fuzz: \(count) mutations from seed \(firstSeed): \(outcomes.sorted { $0.key < $1.key })")
  }

  struct Lane: Sendable {
    var outcomes: [String: Int] = [:]
    var failures: [String] = []
  }

  /// Each seed's mutation written to its own desk folder and checked; a few failures are
  /// enough to go on.
  static func run(_ seeds: Range<UInt64>, lane number: Int, in root: URL) -> Lane {
    var lane = Lane()
    defer { CrashSeeds.inFlight[number] = 0 }
    for seed in seeds where lane.failures.count < 3 {
      CrashSeeds.inFlight[number] = seed
      var mutation = Mutation(seed: seed, snapshot: base.snapshot, journal: base.journal)
      mutation.apply()
      let folder = root.appendingPathComponent("\(seed)")
      do {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        try Data(mutation.snapshot).write(to: folder.appendingPathComponent("desk.json"))
        try Data(mutation.journalBytes).write(to: folder.appendingPathComponent("journal.jsonl"))
        lane.outcomes[try check(folder), default: 0] += 1
      } catch {
        lane.failures.append("MUTATION_SEED=\(seed) MUTATION_COUNT=1 (\(mutation.done.joined(separator: "; "))): \(error)")
      }
      try? FileManager.default.removeItem(at: folder)
    }
    return lane
  }

  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  /// Opens the desk read-only, then as `export` would use it; when refused, repairs it.
  /// Returns what happened; throws a Failure when the property does not hold.
  static func check(_ folder: URL) throws -> String {
    do {
      let session = try Session.open(at: folder, mode: .readOnly, clock: .fixed(now))
      defer { _ = session.close() }
      try roundTrip(session.desk)
      return "opened"
    } catch let error as StoreError {
      switch error.kind {
      case .newerVersion: return "refused as newer"
      case .damaged: break
      default: throw Failure(description: "refused, but not as damage: \(error.message)")
      }
      guard error.message.contains(folder.path) else {
        throw Failure(description: "the refusal does not name the file: \(error.message)")
      }
    }
    var repaired = DeskRepair.run(at: folder)
    if !repaired.succeeded, repaired.text.contains("--start-empty") {
      repaired = DeskRepair.run(at: folder, startEmpty: true)
    }
    // Repair opens the desk it leaves (read-only) and says so; it fails when that does not open.
    guard repaired.succeeded else { throw Failure(description: "repair did not succeed: \(repaired.text)") }
    guard repaired.text.contains("The desk opens again") else {
      throw Failure(description: "the desk was refused, but repair did nothing: \(repaired.text)")
    }
    return "repaired"
  }

  /// The desk exports, and reads back from its own JSON as the same desk, with the writer
  /// and reader a snapshot goes through: a snapshot written from it would open.
  static func roundTrip(_ desk: Desk) throws {
    let export = ExportDocument(desk: desk, now: now).json()
    guard export.hasPrefix("{") else { throw Failure(description: "the export is not JSON: \(export.prefix(80))") }
    let encoded = try DeskJSONWriter.encode(desk)
    let decoded: Desk
    do {
      decoded = try DeskJSONReader.decode(Desk.self, from: encoded)
    } catch {
      throw Failure(description: "the desk it opened would not read back from a snapshot: \(error)")
    }
    guard try DeskJSONWriter.encode(decoded) == encoded else {
      throw Failure(description: "the desk read back differs from the desk written")
    }
  }
}

/// One seeded mutation of a snapshot and a journal's lines.
struct Mutation {
  var random: SplitMix64  // the trainer's seeded generator: a seed always gives the same mutation
  var snapshot: [UInt8]
  var journal: [[UInt8]]
  /// What was done, for the failure message.
  var done: [String] = []
  /// Set when the journal was cut mid-line: the bytes, not the lines, are what is written.
  var cut: Int?

  init(seed: UInt64, snapshot: [UInt8], journal: [[UInt8]]) {
    random = SplitMix64(seed: seed)
    self.snapshot = snapshot
    self.journal = journal
  }

  var journalBytes: [UInt8] {
    let whole = journal.flatMap { $0 + [UInt8(ascii: "\n")] }
    guard let cut else { return whole }
    return Array(whole.prefix(cut))
  }

  mutating func apply() {
    let rounds = 1 + random.int(below: 3)
    for _ in 0..<rounds { once() }
  }

  private mutating func once() {
    switch random.int(below: 10) {
    case 0, 1:
      let line = random.int(below: max(1, journal.count))
      guard line < journal.count, !journal[line].isEmpty else { return }
      let at = random.int(below: journal[line].count)
      let byte = UInt8(truncatingIfNeeded: random.next())
      // Not a newline: that would split the line, which the line operations already cover.
      journal[line][at] = byte == UInt8(ascii: "\n") ? UInt8(ascii: " ") : byte
      done.append("journal line \(line + 1) byte \(at) set to \(byte)")
    case 2:
      guard !snapshot.isEmpty else { return }
      let at = random.int(below: snapshot.count)
      snapshot[at] ^= UInt8(1) << UInt8(random.int(below: 8))
      done.append("desk.json byte \(at) flipped")
    case 3, 4:
      let line = random.int(below: max(1, journal.count))
      guard line < journal.count, let mutated = mutateValue(journal[line]) else { return }
      journal[line] = mutated.bytes
      done.append("journal line \(line + 1): \(mutated.what)")
    case 5:
      guard let mutated = mutateValue(snapshot) else { return }
      snapshot = mutated.bytes
      done.append("desk.json: \(mutated.what)")
    case 6:
      guard !journal.isEmpty else { return }
      let line = random.int(below: journal.count)
      let to = random.int(below: journal.count + 1)
      journal.insert(journal[line], at: to)
      done.append("journal line \(line + 1) repeated at \(to + 1)")
    case 7:
      guard journal.count > 1 else { return }
      let (a, b) = (random.int(below: journal.count), random.int(below: journal.count))
      journal.swapAt(a, b)
      done.append("journal lines \(a + 1) and \(b + 1) swapped")
    case 8:
      guard !journal.isEmpty else { return }
      let line = random.int(below: journal.count)
      journal.remove(at: line)
      done.append("journal line \(line + 1) dropped")
    default:
      let length = journal.reduce(0) { $0 + $1.count + 1 }
      guard length > 0 else { return }
      cut = random.int(below: length)
      done.append("journal cut at byte \(cut ?? 0)")
    }
  }

  /// Numbers pushed to the edges and beyond, strings emptied or made huge, keys dropped
  /// (renamed to one the desk does not read): JSON that still parses, holding what the desk
  /// never writes. Done on the text, so a large snapshot costs no parse.
  private mutating func mutateValue(_ bytes: [UInt8]) -> (bytes: [UInt8], what: String)? {
    let tokens = Self.tokens(bytes)
    // Numbers first: they are what overflows.
    let numbers = tokens.filter { $0.kind == .number }
    let pick: Token
    if !numbers.isEmpty, random.int(below: 2) == 0 {
      pick = numbers[random.int(below: numbers.count)]
    } else {
      guard !tokens.isEmpty else { return nil }
      pick = tokens[random.int(below: tokens.count)]
    }
    let old = String(decoding: bytes[pick.range], as: UTF8.self).prefix(40)
    let replacement: String
    switch pick.kind {
    case .number:
      // The edges a third of the time: they are what overflows a count or a sum.
      replacement = random.int(below: 3) == 0 ? Self.numbers[random.int(below: 2)] : Self.numbers[random.int(below: Self.numbers.count)]
    case .string: replacement = Self.strings[random.int(below: Self.strings.count)]
    case .key: replacement = "\"zz\(random.int(below: 10))\""
    }
    var mutated = Array(bytes[..<pick.range.lowerBound])
    mutated += Array(replacement.utf8)
    mutated += bytes[pick.range.upperBound...]
    return (mutated, "\(old) → \(replacement.prefix(40))")
  }

  enum Kind { case number, string, key }
  typealias Token = (range: Range<Int>, kind: Kind)

  /// The numbers, strings and keys of a JSON text, by byte range (strings with their quotes).
  static func tokens(_ bytes: [UInt8]) -> [Token] {
    var tokens: [Token] = []
    var i = 0
    while i < bytes.count {
      let c = bytes[i]
      if c == UInt8(ascii: "\"") {
        var end = i + 1
        while end < bytes.count, bytes[end] != UInt8(ascii: "\"") {
          end += bytes[end] == UInt8(ascii: "\\") ? 2 : 1
        }
        let range = i..<min(end + 1, bytes.count)
        var next = range.upperBound
        while next < bytes.count, bytes[next] == UInt8(ascii: " ") { next += 1 }
        tokens.append((range, next < bytes.count && bytes[next] == UInt8(ascii: ":") ? .key : .string))
        i = range.upperBound
      } else if c == UInt8(ascii: "-") || (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")) {
        var end = i + 1
        while end < bytes.count, Self.numberBytes.contains(bytes[end]) { end += 1 }
        tokens.append((i..<end, .number))
        i = end
      } else {
        i += 1
      }
    }
    return tokens
  }

  static let numberBytes = Set("0123456789.eE+-".utf8)

  static let numbers = [
    "-9223372036854775808", "9223372036854775807", "-1", "0", "1", "0.5", "-0.25", "1e30", "-1e30", "1e400",
    "9007199254740993", "4294967296", "365.5", "18446744073709551616", "100000000000",
  ]
  static let strings = [
    "\"\"", "\"" + String(repeating: "x", count: 100_000) + "\"", "\"-1\"", "\"0001-01-01T00:00:00Z\"",
    "\"9999-12-31T23:59:59Z\"", "\"1899-12-31T23:59:59Z\"", "\"2199-12-31T23:59:59Z\"", "\"CL-9223372036854775807\"",
    "\"O-99999999999999999999\"", "\"\\u0000\"", "\"🧵\"", "null", "[]", "{}",
  ]
}
