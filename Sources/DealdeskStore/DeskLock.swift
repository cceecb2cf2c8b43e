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

/// The `lock` file, held with flock(2) for as long as the desk is open read-write.
/// flock rather than a pid file alone: the kernel drops the lock when the process dies,
/// however it dies, so a crash never leaves a desk locked. The lock file itself is never
/// deleted, because deleting it would let two processes lock two different files.
struct DeskLock: Sendable {
  private let fd: Int32

  static func acquire(_ folder: DeskFolder) throws(StoreError) -> DeskLock {
    let path = folder.lock
    let fd: Int32
    do throws(Errno) {
      fd = try Posix.open(path, O_RDWR | O_CREAT)
    } catch {
      throw .cannotLock(path, error)
    }
    // A lock whose note is empty was just released by its holder, but a copy of that open
    // file can outlive the close for a moment (a child process between fork and exec holds
    // one); wait a little for it rather than refuse a desk nobody is using.
    var attempts = 0
    while true {
      do throws(Errno) {
        try Posix.lock(fd, LOCK_EX | LOCK_NB)
        break
      } catch {
        let holder = (try? Posix.readAll(fd)).flatMap { LockHolder(text: String(decoding: $0, as: UTF8.self)) }
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
    // The note is for the other process's message only; failing to write it (a full
    // disk) must not stop the desk from opening, so its errors are let go.
    try? Posix.fchmod(fd, 0o600)
    let note = Array(LockHolder(pid: getpid(), host: Posix.hostName(), since: Date()).text.utf8)
    try? SystemDisk().truncate(fd, to: 0)
    try? SystemDisk().writeAll(fd, note, at: 0)
    return DeskLock(fd: fd)
  }

  /// Clears the note first so it never names a process that no longer has the desk.
  func release() {
    try? SystemDisk().truncate(fd, to: 0)
    Posix.close(fd)
  }
}
