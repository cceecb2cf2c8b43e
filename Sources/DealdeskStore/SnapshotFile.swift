import Foundation
import Glibc

/// `desk.json`: `{"format":"dealdesk","version":N,"seq":S,"desk":<Snapshot>}`, the desk
/// as of journal entry `seq`.
struct SnapshotFile<Snapshot: Codable & Sendable>: Sendable {
  var desk: Snapshot
  var version: Int
  var seq: Int

  /// nil when there is no snapshot yet (a new desk). Refuses, without touching the file,
  /// one that is empty, not JSON, not a Dealdesk desk, or from a newer Dealdesk.
  static func read(_ folder: OpenFolder, readableVersion: Int) throws(StoreError) -> SnapshotFile? {
    let path = folder.path(DeskFolder.snapshotName)
    let bytes: [UInt8]
    guard let fd = try folder.openPlainFile(DeskFolder.snapshotName, O_RDONLY, failure: StoreError.cannotRead) else {
      return nil
    }
    defer { Posix.close(fd) }
    do throws(Errno) {
      bytes = try Posix.readAll(fd)
    } catch {
      throw .cannotRead(path, error)
    }
    // Dealdesk never leaves an empty snapshot (it is renamed into place only once
    // synced), so an empty one was damaged outside; treating it as "no snapshot" would
    // replay the journal tail onto an empty desk and then save that over the loss.
    guard !bytes.isEmpty else { throw .badSnapshot(path, reason: "it is empty") }
    return try decode(bytes, path: path, readableVersion: readableVersion)
  }

  /// The snapshot `bytes` hold, refused as `read` refuses a file (`path` names where they came from).
  static func decode(_ bytes: [UInt8], path: String, readableVersion: Int) throws(StoreError) -> SnapshotFile {
    // Our own reader (FastJSON/), not JSONDecoder: it reads the same values and refuses
    // with the same errors, several times faster and in a fraction of the memory.
    var userInfo: [CodingUserInfoKey: any Sendable] = [:]
    if let key = Envelope<Snapshot>.readableVersionKey { userInfo[key] = readableVersion }
    let envelope: Envelope<Snapshot>
    do {
      envelope = try DeskJSONReader.decode(Envelope<Snapshot>.self, from: bytes, userInfo: userInfo)
    } catch let refusal as Refusal {
      throw refusal.error(path)
    } catch {
      throw .badSnapshot(path, reason: CodingProblem.describe(error))
    }
    guard envelope.version <= readableVersion else {
      throw .newerVersion(found: envelope.version, readable: readableVersion)
    }
    return SnapshotFile(desk: envelope.desk, version: envelope.version, seq: envelope.seq)
  }

  /// The header is written by hand, ahead of the desk, so that `head desk.json` (or a
  /// tool sniffing the first bytes) sees what the file is without reading it all;
  /// sorted keys would have put a large desk first.
  static func encode(desk: Snapshot, seq: Int, version: Int) throws(StoreError) -> [UInt8] {
    let body: [UInt8]
    do {
      body = try DeskJSONWriter.encode(desk)
    } catch {
      throw .cannotEncode("the desk", reason: CodingProblem.describe(encoding: error))
    }
    var bytes = Array("{\"format\":\"dealdesk\",\"version\":\(version),\"seq\":\(seq),\"desk\":".utf8)
    bytes.reserveCapacity(bytes.count + body.count + 2)
    bytes.append(contentsOf: body)
    bytes.append(contentsOf: Array("}\n".utf8))
    return bytes
  }
}

/// Why a snapshot was refused before its desk was even decoded.
private enum Refusal: Error {
  case notADesk(format: String?)
  case newer(found: Int, readable: Int)
  case badSeq(Int)

  func error(_ path: String) -> StoreError {
    switch self {
    case .notADesk(let format): .notADesk(path, format: format)
    case .newer(let found, let readable): .newerVersion(found: found, readable: readable)
    case .badSeq(let seq):
      .badSnapshot(path, reason: "its \"seq\" is \(seq), and a desk is saved as of an entry from 0 to \(EntryProblem.largestSeq)")
    }
  }
}

/// The file's outer object, checked in the order that gives the most useful refusal:
/// a desk from a newer Dealdesk is turned away before its (perhaps unreadable) desk is
/// decoded, so the manager hears "update" rather than "damaged".
private struct Envelope<Desk: Codable & Sendable>: Decodable {
  var version: Int
  var seq: Int
  var desk: Desk

  static var readableVersionKey: CodingUserInfoKey? { CodingUserInfoKey(rawValue: "dealdesk.readableVersion") }

  enum CodingKeys: String, CodingKey { case format, version, seq, desk }

  init(from decoder: any Decoder) throws {
    guard let container = try? decoder.container(keyedBy: CodingKeys.self) else {
      throw Refusal.notADesk(format: nil)
    }
    let format = try? container.decodeIfPresent(String.self, forKey: .format)
    guard format == "dealdesk" else { throw Refusal.notADesk(format: format ?? nil) }
    version = try container.decode(Int.self, forKey: .version)
    if let key = Self.readableVersionKey, let readable = decoder.userInfo[key] as? Int, version > readable {
      throw Refusal.newer(found: version, readable: readable)
    }
    seq = try container.decode(Int.self, forKey: .seq)
    // Beyond 2^53 the next entry's number could overflow; no real desk gets there.
    guard (0...EntryProblem.largestSeq).contains(seq) else { throw Refusal.badSeq(seq) }
    desk = try container.decode(Desk.self, forKey: .desk)
  }
}
