import Glibc

/// Who holds a desk, as written in its lock file, so a refused open can name them.
struct LockHolder: Equatable, Sendable, CustomStringConvertible {
  var pid: Int32
  var host: String

  var description: String { host.isEmpty ? "pid \(pid)" : "pid \(pid) on \(host)" }

  /// The lock file's text: the pid on the first line, the host on the second.
  var text: String { "\(pid)\n\(host)\n" }

  init(pid: Int32, host: String) {
    self.pid = pid
    self.host = host
  }

  /// nil when the text is not a holder note (empty, or caught half-written).
  init?(text: String) {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    guard let first = lines.first, let pid = Int32(first), pid > 0 else { return nil }
    self.init(pid: pid, host: lines.count > 1 ? String(lines[1]) : "")
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
    let note = Array(LockHolder(pid: getpid(), host: Posix.hostName()).text.utf8)
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
