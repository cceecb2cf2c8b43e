import DealdeskCore
import DealdeskStore
import Foundation

// Moving a desk between a manager's folder and a team desk: `team push` starts an empty team
// desk from one's own desk, `team pull` writes a read-only local copy of a team desk.

extension Session {
  /// Starts this desk, which must have no history yet, from `desk`: one `start` record that
  /// carries the whole desk, committed at position 0. A record, not just a snapshot: a
  /// manager's session that opened the empty desk a moment earlier would otherwise go on
  /// deciding on an empty desk at the same position; this way its next commit is overtaken
  /// and catching up applies the desk it missed. Refused, changing nothing, when the desk
  /// already holds anything.
  public func start(from desk: Desk, line: String) throws(StoreError) {
    guard !isReadOnly else { throw .readOnly }
    guard isNew else { throw notEmpty() }
    if let theirs = try committer.commitStart(from: desk, line: line, at: now) { throw notEmpty(changes: theirs.count) }
    followRewind()
    // The next manager to open it loads this snapshot, not the record's copy of the desk.
    try committer.compact()
  }

  private func notEmpty(changes: Int? = nil) -> StoreError {
    let held = changes.map { "\($0) change\($0 == 1 ? "" : "s")" } ?? "\(seq) change\(seq == 1 ? "" : "s") and \(desk.clients.count) client\(desk.clients.count == 1 ? "" : "s")"
    return StoreError(
      message: "The desk at \(journal.location) is not empty (it holds \(held)); a desk is moved only into an empty one, so nothing was changed.",
      kind: .misuse)
  }
}

/// The mark a pulled copy carries: a folder desk written by `team pull`, for looking at a
/// team desk offline. It opens read-only, so no change is made where no one else sees it.
public struct PulledCopy: Codable, Equatable, Sendable {
  public static let fileName = "pulled-from.json"

  /// The team desk it was copied from, as `user@host:port/database`.
  public var team: String
  /// The team desk's position when copied.
  public var position: Int
  public var pulledAt: Date

  /// False for a mark that cannot be read: the folder is still a copy, of an unknown desk.
  public var isReadable = true

  private enum CodingKeys: String, CodingKey { case team, position, pulledAt }

  public init(team: String, position: Int, pulledAt: Date) {
    self.team = team
    self.position = position
    self.pulledAt = pulledAt
  }

  /// The mark in `directory`, or nil when it is a desk of its own. A mark that cannot be read
  /// still marks a copy: being unable to read it is no reason to let changes in.
  public static func read(_ directory: URL) -> PulledCopy? {
    let path = directory.appendingPathComponent(fileName).path
    guard FileManager.default.fileExists(atPath: path) else { return nil }
    guard let data = FileManager.default.contents(atPath: path),
      let copy = try? DeskJSON.decoder().decode(PulledCopy.self, from: data)
    else {
      var unknown = PulledCopy(team: "", position: 0, pulledAt: Date(timeIntervalSince1970: 0))
      unknown.isReadable = false
      return unknown
    }
    return copy
  }

  /// The desk it copies, and when, as a manager reads it.
  private var whatOf: String {
    isReadable
      ? "a copy of the team desk \(team) as it stood at change \(position) (\(DeskDate.day(pulledAt)) \(DeskDate.time(pulledAt)))"
      : "a copy of a team desk (its mark, \(Self.fileName), cannot be read)"
  }

  /// What a manager opening the copy is told.
  public var notice: String {
    "This is \(whatOf); it opens for looking only. Work on the team desk itself with --team."
  }

  /// Why a change is refused on the copy.
  public var refusal: String {
    "This is \(whatOf), so nothing can be saved here. Make the change on the team desk: dealdesk --team URL."
  }

  /// Writes `desk` into `directory` as a pulled copy: a new folder, or one that is empty or
  /// is itself an older pulled copy (then replaced). Built beside it and renamed into place,
  /// so the folder is at every moment the old copy, the new one, or absent; never a
  /// writable desk without its mark. A desk of the manager's own there is never touched.
  public static func write(_ desk: Desk, as copy: PulledCopy, to directory: URL) throws(StoreError) {
    let fileManager = FileManager.default
    let path = directory.standardizedFileURL.path
    var isFolder: ObjCBool = false
    let exists = fileManager.fileExists(atPath: path, isDirectory: &isFolder)
    if exists {
      guard isFolder.boolValue else {
        throw StoreError(message: "\(path) is a file, not a folder; name a new folder for the copy.", kind: .misuse)
      }
      let contents = (try? fileManager.contentsOfDirectory(atPath: path)) ?? []
      guard contents.isEmpty || read(directory) != nil else {
        throw StoreError(
          message: "\(path) already holds a desk of its own (or other files); the copy goes only into a new or empty folder, or over an earlier pulled copy. Nothing was changed.",
          kind: .misuse)
      }
    }
    let parent = directory.standardizedFileURL.deletingLastPathComponent()
    let building = parent.appendingPathComponent(".\(directory.lastPathComponent).pulling-\(getpid())")
    try? fileManager.removeItem(at: building)
    do {
      try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
      let session = try Session.open(at: building)
      do {
        try session.committer.start(from: desk)
      } catch {
        _ = session.close()
        throw error
      }
      _ = session.close()
      let mark = try DeskJSON.encoder().encode(copy)
      try PrivateFile.write(Array(mark), to: building.appendingPathComponent(fileName).path, replacing: false)
      let aside = parent.appendingPathComponent(".\(directory.lastPathComponent).old-\(getpid())")
      if exists {
        try fileManager.moveItem(at: directory, to: aside)
      }
      do {
        try fileManager.moveItem(at: building, to: directory)
      } catch {
        if exists { try? fileManager.moveItem(at: aside, to: directory) }
        throw error
      }
      if exists { try? fileManager.removeItem(at: aside) }
    } catch let error as StoreError {
      try? fileManager.removeItem(at: building)
      throw error
    } catch {
      try? fileManager.removeItem(at: building)
      throw StoreError(message: "Could not write the copy into \(path): \(error.localizedDescription). Nothing was changed.", kind: .io)
    }
  }
}
