/// The bytes a desk is kept in, for a journal that keeps them somewhere other than the
/// folder (a database row): the same snapshot envelope and the same entry JSON as the
/// folder's files, read with the same checks, so a desk moves between the two unchanged.
public enum StoredForm {
  /// The snapshot envelope `{"format":"dealdesk","version":…,"seq":…,"desk":…}`.
  public static func snapshot<Snapshot: Codable & Sendable>(
    _ desk: Snapshot, seq: Int, version: Int
  ) throws(StoreError) -> [UInt8] {
    try SnapshotFile.encode(desk: desk, seq: seq, version: version)
  }

  /// The desk a snapshot envelope holds, refused as a damaged or newer `desk.json` would
  /// be; `origin` names where the bytes came from in the refusal.
  public static func snapshot<Snapshot: Codable & Sendable>(
    _ type: Snapshot.Type, from bytes: [UInt8], origin: String, readableVersion: Int
  ) throws(StoreError) -> (desk: Snapshot, seq: Int, version: Int) {
    let file = try SnapshotFile<Snapshot>.decode(bytes, path: origin, readableVersion: readableVersion)
    return (file.desk, file.seq, file.version)
  }

  /// One entry as a journal line holds it (without the line end).
  public static func entry<Entry: JournalEntry>(_ entry: Entry) throws(StoreError) -> [UInt8] {
    do {
      return try DeskJSONWriter.encode(entry)
    } catch {
      throw .cannotEncode("journal entry \(entry.seq)", reason: CodingProblem.describe(encoding: error))
    }
  }

  /// The entry in `bytes`, with the checks a journal line gets (its seq in range, its values
  /// ones the desk would accept if typed); `origin` names where it came from in a refusal.
  public static func entry<Entry: JournalEntry>(_ type: Entry.Type, from bytes: [UInt8], origin: String) throws(StoreError) -> Entry {
    do {
      return try JournalScan<Entry>.checked(DeskJSONReader.decode(Entry.self, from: bytes))
    } catch let problem as EntryProblem {
      throw StoreError(message: "\(origin) cannot be read: \(problem.reason). Nothing was changed.", kind: .damaged)
    } catch {
      throw StoreError(message: "\(origin) cannot be read: \(CodingProblem.describe(error)). Nothing was changed.", kind: .damaged)
    }
  }
}
