import Foundation
import Glibc

/// Who holds a desk, as written in its lock file, so a refused open can name them: the
/// process, the machine, and since when (a desk held since last week is a forgotten
/// window, one held since a minute ago is a colleague).
struct LockHolder: Equatable, Sendable, CustomStringConvertible {
  var pid: Int32
  var host: String
  /// When the holder opened the desk; nil in a note written before this was recorded.
  var since: Date?

  var description: String {
    var words = "pid \(pid)"
    if !host.isEmpty { words += " on \(host)" }
    if let since, let stamp = UTCSeconds.string(from: since) {
      // 2026-11-30T09:00:00Z read aloud: "since 2026-11-30 09:00 UTC".
      words += ", open since \(stamp.prefix(10)) \(stamp.dropFirst(11).prefix(5)) UTC"
    }
    return words
  }

  /// The lock file's text: the pid, the host and the opening time, a line each.
  var text: String { "\(pid)\n\(host)\n" + (since.flatMap(UTCSeconds.string) ?? "") + "\n" }

  init(pid: Int32, host: String, since: Date? = nil) {
    self.pid = pid
    self.host = host
    self.since = since
  }

  /// nil when the text is not a holder note (empty, or caught half-written).
  init?(text: String) {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    guard let first = lines.first, let pid = Int32(first), pid > 0 else { return nil }
    self.init(
      pid: pid, host: lines.count > 1 ? String(lines[1]) : "",
      since: lines.count > 2 ? UTCSeconds.date(from: String(lines[2])) : nil)
  }
}

/// The desk's lock: flock(2) on the desk folder itself, through the descriptor the store
/// holds it open by, for as long as the desk is open read-write. flock rather than a pid
/// file alone: the kernel drops the lock when the process dies, however it dies, so a
/// crash never leaves a desk locked. The folder rather than a file in it, because a file
/// can be deleted or replaced under a running desk, and a second Dealdesk would then lock
/// the new file and write beside the first; the folder a descriptor holds cannot be
/// swapped.
///
/// The `lock` file carries the note naming the holder, and is flock'd too, so that a
/// Dealdesk from before the folder was locked, still running, keeps out a newer one.
struct DeskLock: Sendable {
  private let folder: OpenFolder
  private let fd: Int32

  static func acquire(_ folder: OpenFolder) throws(StoreError) -> DeskLock {
    let path = folder.path(DeskFolder.lockName)
    // A lock whose note is empty was just released by its holder, but a copy of that open
    // file can outlive the close for a moment (a child process between fork and exec holds
    // one); wait a little for it rather than refuse a desk nobody is using.
    var attempts = 0
    while true {
      do throws(Errno) {
        try Posix.lock(folder.fd, LOCK_EX | LOCK_NB)
        break
      } catch {
        let holder = note(folder)
        if error.code == EWOULDBLOCK, holder == nil, attempts < 50 {
          attempts += 1
          usleep(10_000)
          continue
        }
        if error.code == EWOULDBLOCK { throw .locked(holder: holder) }
        throw .cannotLock(folder.folder.path, error)
      }
    }
    let fd: Int32
    do throws(StoreError) {
      fd = try lockFile(folder, path)
    } catch {
      try? Posix.lock(folder.fd, LOCK_UN)
      throw error
    }
    // The note is for the other process's message only; failing to write it (a full
    // disk) must not stop the desk from opening, so its errors are let go.
    try? Posix.fchmod(fd, 0o600)
    let note = Array(LockHolder(pid: getpid(), host: Posix.hostName(), since: Date()).text.utf8)
    try? SystemDisk().truncate(fd, to: 0)
    try? SystemDisk().writeAll(fd, note, at: 0)
    return DeskLock(folder: folder, fd: fd)
  }

  /// Opens and flocks the note's file, with the folder already locked: only an older
  /// Dealdesk can hold it now, and briefly a child of a holder that just let go.
  private static func lockFile(_ folder: OpenFolder, _ path: String) throws(StoreError) -> Int32 {
    guard let fd = try folder.openPlainFile(DeskFolder.lockName, O_RDWR | O_CREAT, failure: StoreError.cannotLock) else {
      throw .cannotLock(path, Errno(code: ENOENT))
    }
    var attempts = 0
    while true {
      do throws(Errno) {
        try Posix.lock(fd, LOCK_EX | LOCK_NB)
        return fd
      } catch {
        let holder = (try? Posix.readAll(fd, limit: 4096)).flatMap { LockHolder(text: String(decoding: $0, as: UTF8.self)) }
        if error.code == EWOULDBLOCK, holder == nil, attempts < 50 {
          attempts += 1
          usleep(10_000)
          continue
        }
        Posix.close(fd)
        if error.code == EWOULDBLOCK { throw .locked(holder: holder) }
        throw .cannotLock(path, error)
      }
    }
  }

  /// The holder named in the lock file, read without following a link; nil when there
  /// is none (no file, an empty note, or one caught half-written).
  private static func note(_ folder: OpenFolder) -> LockHolder? {
    guard let fd = try? Posix.openAt(folder.fd, DeskFolder.lockName, O_RDONLY) else { return nil }
    defer { Posix.close(fd) }
    guard let info = try? Posix.fileStatus(fd), info.st_mode & S_IFMT == S_IFREG,
      let bytes = try? Posix.readAll(fd, limit: 4096)
    else { return nil }
    return LockHolder(text: String(decoding: bytes, as: UTF8.self))
  }

  /// Clears the note first so it never names a process that no longer has the desk.
  func release() {
    try? SystemDisk().truncate(fd, to: 0)
    Posix.close(fd)
    try? Posix.lock(folder.fd, LOCK_UN)
  }
}
