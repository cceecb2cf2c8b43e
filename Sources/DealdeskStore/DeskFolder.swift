import Foundation
import Glibc

/// The desk's folder and the names of the files in it. Client data is confidential, so
/// the folder is made private and the manager is told when it is not.
struct DeskFolder: Sendable {
  let path: String

  init(_ url: URL) {
    var path = url.standardizedFileURL.path
    while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
    self.path = path
  }

  static let snapshotName = "desk.json"
  static let journalName = "journal.jsonl"
  static let lockName = "lock"
  static let undoName = "undo.json"

  var snapshot: String { file(Self.snapshotName) }
  var journal: String { file(Self.journalName) }
  var lock: String { file(Self.lockName) }
  var undo: String { file(Self.undoName) }

  func file(_ name: String) -> String { path + "/" + name }

  /// Where the next file of a compaction is written before it is renamed into place.
  static func temporary(for name: String) -> String { name + ".tmp" }

  /// Where an undo file that could not be read is kept when a new one is written.
  static func unreadableUndo(_ number: Int) -> String { "undo.json.damaged-\(number)" }

  static func tornSideFile(_ number: Int) -> String { "journal.torn-\(number).jsonl" }

  /// Whether the folder is there; a file in its place is an error, not "missing".
  var exists: Bool {
    get throws(StoreError) {
      let info: stat?
      do throws(Errno) {
        info = try Posix.status(path)
      } catch {
        throw .cannotRead(path, error)
      }
      guard let info else { return false }
      guard info.st_mode & S_IFMT == S_IFDIR else { throw .notAFolder(path) }
      return true
    }
  }

  /// Creates the folder, and any missing parents, as 0700. The mode is set again with
  /// chmod after mkdir because mkdir's mode is cut by the process umask.
  func create() throws(StoreError) {
    if try exists { return }
    do throws(Errno) {
      try Self.makeDirectories(path)
      try Posix.chmod(path, 0o700)
      // The parent must remember the new folder before anything in it is called durable.
      try Posix.syncDirectory((path as NSString).deletingLastPathComponent)
    } catch {
      throw .cannotCreateFolder(path, error)
    }
  }

  private static func makeDirectories(_ path: String) throws(Errno) {
    do throws(Errno) {
      try Posix.mkdir(path, 0o700)
    } catch where error.code == EEXIST {
      return
    } catch where error.code == ENOENT {
      let parent = (path as NSString).deletingLastPathComponent
      guard !parent.isEmpty, parent != path else { throw error }
      try makeDirectories(parent)
      try Posix.mkdir(path, 0o700)
    }
  }

  /// A warning when group or others may read the folder; the manager may have chosen
  /// that, so it is said rather than changed.
  static func exposureWarning(_ open: OpenFolder) -> String? {
    guard open.status.st_mode & (S_IRGRP | S_IROTH) != 0 else { return nil }
    return "Your desk folder \(open.folder.path) can be read by other users; run chmod 700 \(open.folder.path)."
  }
}
