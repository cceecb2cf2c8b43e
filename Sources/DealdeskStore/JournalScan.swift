import Foundation

/// A journal line that is valid JSON of the right shape but cannot be a real entry.
struct EntryProblem: Error {
  /// 2^53: far more commands than a desk will ever see, and exact as a JSON number anywhere.
  static let largestSeq = 9_007_199_254_740_992
  var reason: String

  /// Entries are numbered in the order they were saved, each once; a line that repeats or
  /// goes back was edited or spliced in, and replaying it would apply a command twice or
  /// out of turn.
  static func outOfOrder(_ seq: Int, after previous: (seq: Int, line: Int)) -> EntryProblem {
    EntryProblem(
      reason:
        "its seq is \(seq), but line \(previous.line) before it is already at seq \(previous.seq) (each entry has its own seq, larger than the one before it)"
    )
  }
}

/// The last entry of a journal that a crash cut short: where it starts, so the journal
/// can be cut back to the last good newline, and its bytes, so they can be kept.
struct TornTail: Sendable {
  var offset: Int
  var bytes: [UInt8]
}

/// Reads a journal's bytes into entries. Only the bytes after the last newline may be
/// broken (a crash mid-append); a broken line anywhere else, the last complete one
/// included, means the file was damaged some other way, and guessing past it could
/// silently drop answered commands, so that is an error.
struct JournalScan<Entry: JournalEntry> {
  var entries: [Entry] = []
  var torn: TornTail?

  /// A journal that is not there yet.
  init() {}

  /// `file` only names the journal in an error.
  init(_ bytes: [UInt8], file: String, decoder: JSONDecoder) throws(StoreError) {
    var lines: [(number: Int, range: Range<Int>)] = []
    var start = 0
    var number = 0
    for index in bytes.indices where bytes[index] == UInt8(ascii: "\n") {
      number += 1
      if !Self.isBlank(bytes[start..<index]) { lines.append((number, start..<index)) }
      start = index + 1
    }

    // Every append ends with a newline and is one write, so bytes after the last one are
    // an append that did not finish, whatever they look like. A line that has its newline
    // was written whole; if it does not read, something else changed it.
    if start < bytes.count {
      torn = TornTail(offset: start, bytes: Array(bytes[start...]))
    }

    entries.reserveCapacity(lines.count)
    var previous: (seq: Int, line: Int)?
    for line in lines {
      do {
        let entry = try Self.decode(bytes, line.range, decoder)
        if let previous, entry.seq <= previous.seq { throw EntryProblem.outOfOrder(entry.seq, after: previous) }
        previous = (entry.seq, line.number)
        entries.append(entry)
      } catch {
        throw .badJournalLine(file, line: line.number, reason: CodingProblem.describe(error))
      }
    }
  }

  private static func decode(_ bytes: [UInt8], _ range: Range<Int>, _ decoder: JSONDecoder) throws -> Entry {
    try checked(decoder.decode(Entry.self, from: Data(bytes[range])))
  }

  /// Entries are numbered from 1, one a command; a number from an edited or damaged file
  /// far outside that would make the next number overflow and stop the desk, so such a
  /// line is damage like any other. So is a value the desk would refuse to be typed.
  static func checked(_ entry: Entry) throws(EntryProblem) -> Entry {
    guard (1...EntryProblem.largestSeq).contains(entry.seq) else {
      throw EntryProblem(reason: "its \"seq\" is \(entry.seq), and entries are numbered from 1 to \(EntryProblem.largestSeq)")
    }
    if let problem = entry.valueProblem() {
      throw EntryProblem(reason: "in entry \(entry.seq), \(problem)")
    }
    return entry
  }

  /// Blank lines carry nothing and are easy to add by hand in an editor; they are passed
  /// over rather than called damage.
  private static func isBlank(_ line: ArraySlice<UInt8>) -> Bool {
    line.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\r") }
  }
}
