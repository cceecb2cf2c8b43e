import Foundation

/// Every line of a journal sorted into what can be read and what cannot, for `repair`.
/// JournalScan stops at the first bad line, because opening past damage could drop
/// answered commands unseen; repair goes on to the end, because it reports each line it
/// sets aside and keeps a copy of the file.
struct JournalSalvage<Entry: JournalEntry> {
  struct Good {
    var line: Int
    var entry: Entry
    /// The line as it was on disk, so the repaired journal holds it byte for byte.
    var bytes: ArraySlice<UInt8>
  }

  struct Bad {
    var line: Int
    var reason: String
    /// The entry's seq and typed line, when the line is JSON that just does not fit;
    /// they let the manager tell which command it was.
    var seq: Int?
    var typed: String?
  }

  var good: [Good] = []
  var bad: [Bad] = []

  init(_ bytes: [UInt8], decoder: JSONDecoder) {
    // The last line kept: a line that repeats or goes back from it is set aside, so the
    // repaired journal opens (JournalScan refuses it).
    var previous: (seq: Int, line: Int)?
    var start = 0
    var number = 0
    var index = 0
    while index <= bytes.count {
      // The bytes after the last newline are a line too: an append that did not finish.
      let atEnd = index == bytes.count
      if atEnd || bytes[index] == UInt8(ascii: "\n") {
        if atEnd && start == bytes.count { break }
        number += 1
        let line = bytes[start..<index]
        if !Self.isBlank(line) {
          if atEnd {
            bad.append(Self.bad(line, number, reason: "it is incomplete (Dealdesk was stopped while saving it)"))
          } else {
            do {
              let entry = try JournalScan<Entry>.checked(decoder.decode(Entry.self, from: Data(line)))
              if let previous, entry.seq <= previous.seq { throw EntryProblem.outOfOrder(entry.seq, after: previous) }
              previous = (entry.seq, number)
              good.append(Good(line: number, entry: entry, bytes: line))
            } catch {
              bad.append(Self.bad(line, number, reason: CodingProblem.describe(error)))
            }
          }
        }
        start = index + 1
      }
      index += 1
    }
  }

  /// Where the journal begins, as far as it can be told: the first readable entry's seq,
  /// less the unreadable lines before it (each of which held one entry). nil when no
  /// line can be read.
  var firstSeq: Int? {
    guard let first = good.first else { return nil }
    // The seq comes from the file; an absurd one must not overflow.
    let (seq, overflow) = first.entry.seq.subtractingReportingOverflow(bad.filter { $0.line < first.line }.count)
    return overflow ? nil : seq
  }

  /// The readable lines, each ending in a newline, as the new journal.
  var goodBytes: [UInt8] {
    var bytes: [UInt8] = []
    for line in good {
      bytes.append(contentsOf: line.bytes)
      bytes.append(UInt8(ascii: "\n"))
    }
    return bytes
  }

  private static func bad(_ line: ArraySlice<UInt8>, _ number: Int, reason: String) -> Bad {
    let object = (try? JSONSerialization.jsonObject(with: Data(line))) as? [String: Any]
    return Bad(line: number, reason: reason, seq: object?["seq"] as? Int, typed: object?["line"] as? String)
  }

  private static func isBlank(_ line: ArraySlice<UInt8>) -> Bool {
    line.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\r") }
  }
}
