import Foundation
import Glibc

/// `undo.json`: what undo needs, kept beside the snapshot so that opening the desk never
/// reads it. `{"format":"dealdesk-undo","version":N,"seq":U,"baseSeq":B,"desk":<desk as of
/// B>,"entries":[<entry B+1>, …, <entry U>]}`: the desk from before the oldest step undo
/// can still reach, and every journal entry from there to U, which the domain replays to
/// rebuild its undo history exactly as it was. Written whole (temp file, sync, rename)
/// before each snapshot, so U is never below the snapshot's seq.
struct UndoFile<Snapshot: Codable & Sendable, Entry: JournalEntry>: Sendable {
  var kept: KeptUndo<Snapshot, Entry>
  var version: Int

  /// nil when there is none. Refuses, without touching the file, one that does not read,
  /// is not Dealdesk's undo file, comes from a newer Dealdesk, or holds an entry the
  /// journal would refuse (out of range, out of order, or a gap).
  static func read(_ folder: OpenFolder, readableVersion: Int) throws(StoreError) -> UndoFile? {
    let path = folder.path(DeskFolder.undoName)
    guard let fd = try folder.openPlainFile(DeskFolder.undoName, O_RDONLY, failure: StoreError.cannotRead) else {
      return nil
    }
    defer { Posix.close(fd) }
    let bytes: [UInt8]
    do throws(Errno) {
      bytes = try Posix.readAll(fd)
    } catch {
      throw .cannotRead(path, error)
    }
    return try decode(bytes, path: path, readableVersion: readableVersion)
  }

  static func decode(_ bytes: [UInt8], path: String, readableVersion: Int) throws(StoreError) -> UndoFile {
    let envelope: UndoEnvelope<Snapshot, Entry>
    do {
      var userInfo: [CodingUserInfoKey: any Sendable] = [:]
      if let key = UndoEnvelope<Snapshot, Entry>.readableVersionKey { userInfo[key] = readableVersion }
      envelope = try DeskJSONReader.decode(UndoEnvelope<Snapshot, Entry>.self, from: bytes, userInfo: userInfo)
    } catch let problem as EntryProblem {
      throw .badUndo(path, reason: problem.reason)
    } catch {
      throw .badUndo(path, reason: CodingProblem.describe(error))
    }
    // Each entry is held to what a journal line is held to, and they must run on from the
    // base without a gap: the domain replays them as the journal's own.
    var expected = envelope.baseSeq + 1
    for entry in envelope.entries {
      do throws(EntryProblem) {
        _ = try JournalScan<Entry>.checked(entry)
      } catch {
        throw .badUndo(path, reason: error.reason)
      }
      guard entry.seq == expected else {
        throw .badUndo(path, reason: "entry \(entry.seq) comes where entry \(expected) should")
      }
      expected += 1
    }
    guard expected - 1 == envelope.seq else {
      throw .badUndo(path, reason: "it says it reaches entry \(envelope.seq), but its entries end at \(expected - 1)")
    }
    let kept = KeptUndo(base: envelope.desk, baseSeq: envelope.baseSeq, entries: envelope.entries)
    return UndoFile(kept: kept, version: envelope.version)
  }

  /// The header comes first, by hand, as in `desk.json`.
  /// `written` gives an entry's bytes when the journal already holds them as written.
  static func encode(
    _ kept: KeptUndo<Snapshot, Entry>, version: Int, written: (Entry) -> [UInt8]? = { _ in nil }
  ) throws(StoreError) -> [UInt8] {
    let desk: [UInt8]
    do {
      desk = try DeskJSONWriter.encode(kept.base)
    } catch {
      throw .cannotEncode("the desk undo starts from", reason: CodingProblem.describe(encoding: error))
    }
    var bytes = Array(
      "{\"format\":\"dealdesk-undo\",\"version\":\(version),\"seq\":\(kept.reach),\"baseSeq\":\(kept.baseSeq),\"desk\":".utf8)
    bytes.append(contentsOf: desk)
    bytes.append(contentsOf: Array(",\"entries\":[".utf8))
    for (n, entry) in kept.entries.enumerated() {
      if n > 0 { bytes.append(UInt8(ascii: ",")) }
      // One entry a line, so the file reads like the journal it was taken from.
      bytes.append(UInt8(ascii: "\n"))
      if let line = written(entry) {
        bytes.append(contentsOf: line)
        continue
      }
      do {
        bytes.append(contentsOf: try DeskJSONWriter.encode(entry))
      } catch {
        throw .cannotEncode("journal entry \(entry.seq)", reason: CodingProblem.describe(encoding: error))
      }
    }
    bytes.append(contentsOf: Array("]}\n".utf8))
    return bytes
  }
}

/// The file's outer object; the format and version are checked before the desk is decoded.
private struct UndoEnvelope<Desk: Codable & Sendable, Entry: JournalEntry>: Decodable {
  var version: Int
  var seq: Int
  var baseSeq: Int
  var desk: Desk
  var entries: [Entry]

  enum CodingKeys: String, CodingKey { case format, version, seq, baseSeq, desk, entries }

  static var readableVersionKey: CodingUserInfoKey? { CodingUserInfoKey(rawValue: "dealdesk.readableVersion") }

  init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let format = try? container.decodeIfPresent(String.self, forKey: .format)
    guard format == "dealdesk-undo" else {
      throw EntryProblem(reason: "it is not a Dealdesk undo file (its \"format\" is \(format.flatMap { $0 }.map { "\"\($0)\"" } ?? "missing"))")
    }
    version = try container.decode(Int.self, forKey: .version)
    // A newer Dealdesk's undo is turned away before its (perhaps unreadable) desk is decoded.
    if let key = Self.readableVersionKey, let readable = decoder.userInfo[key] as? Int, version > readable {
      throw EntryProblem(reason: "it was written by a newer Dealdesk (format \(version)); this one reads up to \(readable)")
    }
    seq = try container.decode(Int.self, forKey: .seq)
    baseSeq = try container.decode(Int.self, forKey: .baseSeq)
    guard (0...EntryProblem.largestSeq).contains(baseSeq), (baseSeq...EntryProblem.largestSeq).contains(seq) else {
      throw EntryProblem(reason: "its \"baseSeq\" \(baseSeq) and \"seq\" \(seq) are not entries from 0 up, the first no later than the second")
    }
    desk = try container.decode(Desk.self, forKey: .desk)
    entries = try container.decode([Entry].self, forKey: .entries)
  }
}
