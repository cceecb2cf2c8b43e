/// Display ids ("CL-3", "O-12"). Numbers come from counters in the desk, so the same
/// commands always produce the same ids.
public enum Ids {
  public static func client(_ n: Int) -> String { "CL-\(n)" }
  public static func offer(_ n: Int) -> String { "O-\(n)" }
  public static func order(_ n: Int) -> String { "S-\(n)" }
  public static func payment(_ n: Int) -> String { "P-\(n)" }
  // Stock:
  public static func reservation(_ n: Int) -> String { "R-\(n)" }
  public static func stockRequest(_ n: Int) -> String { "RQ-\(n)" }
  public static func loan(_ n: Int) -> String { "L-\(n)" }
  // Day:
  public static func note(_ n: Int) -> String { "N-\(n)" }
  public static func followUp(_ n: Int) -> String { "F-\(n)" }
  // Claims:
  public static func complaint(_ n: Int) -> String { "C-\(n)" }
  public static func expense(_ n: Int) -> String { "E-\(n)" }
  // Ledger:
  public static func invoice(_ n: Int) -> String { "INV-\(n)" }
  public static func creditNote(_ n: Int) -> String { "CN-\(n)" }
  public static func goodsReturn(_ n: Int) -> String { "RT-\(n)" }
  // Trade bonuses:
  public static func bonus(_ n: Int) -> String { "TB-\(n)" }

  /// The counter after an id is used: never below `current`, and never past
  /// `Limits.maxRecordNumber` (a hand-edited journal could hold any number: it must not
  /// crash the desk on opening, nor leave a counter the next snapshot is refused for).
  public static func next(_ current: Int, after used: Int) -> Int {
    max(current, min(used, Limits.maxRecordNumber - 1) + 1)
  }

  /// The number after the last dash: "O-12" → 12.
  public static func number(in id: String) -> Int? {
    // Read on the bytes: ids are sorted by this by the thousand, and "-" is one byte.
    let utf8 = id.utf8
    guard let dash = utf8.lastIndex(of: UInt8(ascii: "-")) else { return nil }
    return Int(Substring(utf8[utf8.index(after: dash)...]))
  }

  /// Orders ids by prefix, then numerically ("CL-2" before "CL-10").
  public static func order(_ a: String, _ b: String) -> Bool {
    let (na, nb) = (number(in: a) ?? 0, number(in: b) ?? 0)
    return na != nb ? na < nb : a < b
  }

  /// `records` sorted by their ids as `order` sorts them, each id's number read once
  /// rather than at every comparison: reading it was most of sorting a branch's 50,000
  /// notes, which every export does.
  public static func inOrder<S: Sequence>(_ records: S, id: (S.Element) -> String) -> [S.Element] {
    records.map { record -> (number: Int, id: String, record: S.Element) in
      let id = id(record)
      return (number(in: id) ?? 0, id, record)
    }
    .sorted { $0.number != $1.number ? $0.number < $1.number : $0.id < $1.id }.map(\.record)
  }
}
