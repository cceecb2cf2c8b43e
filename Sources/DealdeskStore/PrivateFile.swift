import Foundation
import Glibc

/// The one writer for the files the desk writes outside its journal and snapshot:
/// exports, transcripts, recordings, the practice history. Each is created 0600 by the
/// call that creates it, so no umask lets anyone else open it even for an instant (a
/// file opened once stays open whatever chmod comes later), and only ever a plain file
/// is written: a link, a pipe, a device or a folder at the name is refused, never
/// written through or replaced.
public enum PrivateFile {
  /// Writes `bytes` as the whole of the file at `path`, atomically: a new file beside it
  /// (0600 from the start), synced, then renamed into place, so a crash leaves the old
  /// file or the new one, whole. An existing file is refused unless `replacing`.
  public static func write(_ bytes: [UInt8], to path: String, replacing: Bool) throws(StoreError) {
    try writeInParts(to: path, replacing: replacing) { put in
      var whole = bytes
      put(&whole)
    }
  }

  /// The same, for a file made in parts: `produce` hands each part to `put` (which leaves
  /// the array empty), so the whole never needs to be in memory at once (an export).
  public static func writeInParts(
    to path: String, replacing: Bool, _ produce: (_ put: @escaping (inout [UInt8]) -> Void) -> Void
  ) throws(StoreError) {
    let (folder, name) = try openFolder(of: path)
    defer { Posix.close(folder) }
    try checkPlain(folder, name, path, refusingExisting: !replacing)

    var temp = ""
    var fd: Int32 = -1
    var attempt = 0
    do throws(Errno) {
      while true {
        temp = ".\(name).dealdesk-\(getpid())-\(attempt).tmp"
        do {
          fd = try Posix.openAt(folder, temp, O_RDWR | O_CREAT | O_EXCL, mode: 0o600)
          break
        } catch where error.code == EEXIST && attempt < 1000 {
          attempt += 1
        }
      }
    } catch {
      throw .cannotWrite(path, error)
    }
    do throws(Errno) {
      defer { Posix.close(fd) }
      try Posix.fchmod(fd, 0o600)
      let parts = PartWriter(fd)
      produce(parts.put)
      if let failure = parts.failure { throw failure }
      try SystemDisk().sync(fd)
    } catch {
      try? Posix.unlinkAtIfPresent(folder, temp)
      throw .cannotWrite(path, error)
    }
    do throws(Errno) {
      if replacing {
        try Posix.renameAt(folder, temp, name)
      } else {
        try putInPlaceWithoutReplacing(folder, temp, name)
      }
    } catch where error.code == EEXIST {
      try? Posix.unlinkAtIfPresent(folder, temp)
      throw .alreadyExists(path)
    } catch {
      try? Posix.unlinkAtIfPresent(folder, temp)
      throw .cannotWrite(path, error)
    }
    // The file is whole and in place: a folder that cannot be synced (a file system
    // without it) only makes the rename less sure to survive a crash, and is no failure.
    try? Posix.syncFolder(folder)
  }

  /// A new file at `path` for a caller that writes it bit by bit (a recording), created
  /// here and now, 0600: refused when anything is already at that name.
  public static func createNew(_ path: String) throws(StoreError) -> FileHandle {
    let (folder, name) = try openFolder(of: path)
    defer { Posix.close(folder) }
    do throws(Errno) {
      let fd = try Posix.openAt(folder, name, O_WRONLY | O_CREAT | O_EXCL, mode: 0o600)
      try? Posix.fchmod(fd, 0o600)
      return FileHandle(fileDescriptor: fd, closeOnDealloc: true)
    } catch where error.code == EEXIST {
      throw .alreadyExists(path)
    } catch {
      throw .cannotWrite(path, error)
    }
  }

  /// Adds `bytes` at the end of the file at `path` (created 0600 when missing) and syncs
  /// it, so what was added survives a crash.
  public static func append(_ bytes: [UInt8], to path: String) throws(StoreError) {
    let fd = try openForAppending(path)
    defer { Posix.close(fd) }
    do throws(Errno) {
      // O_APPEND: each write goes to the end, whatever the offset given.
      try SystemDisk().writeAll(fd, bytes, at: 0)
      try SystemDisk().sync(fd)
    } catch {
      throw .cannotWrite(path, error)
    }
  }

  /// The file at `path` open for adding at its end (created 0600 when missing), for a
  /// caller that writes it bit by bit (a recording, after `write` put its start in place).
  public static func openedForAppending(_ path: String) throws(StoreError) -> FileHandle {
    FileHandle(fileDescriptor: try openForAppending(path), closeOnDealloc: true)
  }

  private static func openForAppending(_ path: String) throws(StoreError) -> Int32 {
    let (folder, name) = try openFolder(of: path)
    defer { Posix.close(folder) }
    // Looked at first, so a pipe or a folder is named as such rather than by the errno
    // opening it would give; the open itself still follows no link.
    try checkPlain(folder, name, path, refusingExisting: false)
    let fd: Int32
    do throws(Errno) {
      fd = try Posix.openAt(folder, name, O_WRONLY | O_APPEND | O_CREAT, mode: 0o600)
    } catch where error.code == ELOOP {
      throw .notAPlainFileToWrite(path, "a symbolic link")
    } catch {
      throw .cannotWrite(path, error)
    }
    let info: stat
    do throws(Errno) {
      info = try Posix.fileStatus(fd)
    } catch {
      Posix.close(fd)
      throw .cannotWrite(path, error)
    }
    if let what = OpenFolder.notPlain(info, writing: true) {
      Posix.close(fd)
      throw .notAPlainFileToWrite(path, what)
    }
    return fd
  }

  /// The folder that will hold `path`, open (following the path to it: that is where the
  /// manager chose to write), and the file's own name in it.
  private static func openFolder(of path: String) throws(StoreError) -> (Int32, String) {
    let url = URL(fileURLWithPath: path)
    let name = url.lastPathComponent
    guard !name.isEmpty, name != ".", name != "..", !path.hasSuffix("/") else { throw .notAFileName(path) }
    let parent = url.deletingLastPathComponent().path
    do throws(Errno) {
      return (try Posix.open(parent, O_RDONLY | O_DIRECTORY), name)
    } catch where error.code == ENOENT || error.code == ENOTDIR {
      throw .noFolderFor(path, folder: parent)
    } catch {
      throw .cannotWrite(path, error)
    }
  }

  private static func checkPlain(_ folder: Int32, _ name: String, _ path: String, refusingExisting: Bool) throws(StoreError) {
    let info: stat?
    do throws(Errno) {
      info = try Posix.statusAt(folder, name)
    } catch {
      throw .cannotWrite(path, error)
    }
    guard let info else { return }
    if let what = OpenFolder.notPlain(info, writing: false) { throw .notAPlainFileToWrite(path, what) }
    if refusingExisting { throw .alreadyExists(path) }
  }

  /// A second name then the first removed: fails with EEXIST rather than replace. A file
  /// system without hard links (FAT) cannot do that; there the name is checked just
  /// before an ordinary rename, which leaves a window of a moment, not a refusal.
  private static func putInPlaceWithoutReplacing(_ folder: Int32, _ temp: String, _ name: String) throws(Errno) {
    do {
      try Posix.linkAt(folder, temp, name)
      try Posix.unlinkAtIfPresent(folder, temp)
    } catch where [EPERM, EOPNOTSUPP, ENOSYS, EMLINK].contains(error.code) {
      if try Posix.statusAt(folder, name) != nil { throw Errno(code: EEXIST) }
      try Posix.renameAt(folder, temp, name)
    }
  }
}

/// Writes a file's parts one after another, keeping the first failure (after which the
/// rest are dropped, as the file will be).
private final class PartWriter {
  let fd: Int32
  private var offset = 0
  private(set) var failure: Errno?

  init(_ fd: Int32) { self.fd = fd }

  func put(_ bytes: inout [UInt8]) {
    defer { bytes.removeAll(keepingCapacity: true) }
    guard failure == nil else { return }
    do throws(Errno) {
      try SystemDisk().writeAll(fd, bytes, at: offset)
      offset += bytes.count
    } catch {
      failure = error
    }
  }
}

extension StoreError {
  static func cannotWrite(_ file: String, _ error: Errno) -> StoreError {
    let advice = [EACCES, EPERM].contains(error.code) ? "check that you may write in that folder and try again." : advice(error)
    return StoreError(message: "Could not write \(file): \(error.text); \(advice)")
  }

  static func alreadyExists(_ file: String) -> StoreError {
    StoreError(message: "\(file) already exists, and Dealdesk does not write over a file unless told to. Choose another name, or remove that file first.")
  }

  static func notAPlainFileToWrite(_ file: String, _ what: String) -> StoreError {
    StoreError(message: "\(file) is \(what), not a plain file, so Dealdesk will not write to it. Choose another name.")
  }

  static func notAFileName(_ path: String) -> StoreError {
    StoreError(message: "\(path) names a folder, not a file. Give a file name, e.g. \(path.hasSuffix("/") ? path : path + "/")export.json")
  }

  static func noFolderFor(_ file: String, folder: String) -> StoreError {
    StoreError(message: "There is no folder \(folder) to write \((file as NSString).lastPathComponent) into.")
  }
}
