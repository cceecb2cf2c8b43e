import Glibc

/// A failed system call's errno, kept as a value so it can travel through typed throws
/// and end up, in words, in a message.
struct Errno: Error, Equatable, Sendable {
  var code: Int32

  static var current: Errno { Errno(code: errno) }

  /// The C library's own wording ("No space left on device"); Swift never calls
  /// setlocale, so this stays the untranslated English text that people search for.
  var text: String { String(cString: strerror(code)) }
}

/// Thin wrappers over the system calls the store needs. FileHandle would hide errno and
/// short writes, and both matter for durability, so the calls are made directly.
/// Every call that can be interrupted by a signal is retried on EINTR.
enum Posix {
  /// Opens with O_CLOEXEC always: a tool started from the desk must not inherit the lock
  /// or the journal.
  static func open(_ path: String, _ flags: Int32, mode: mode_t = 0o600) throws(Errno) -> Int32 {
    while true {
      let fd = Glibc.open(path, flags | O_CLOEXEC, mode)
      if fd >= 0 { return fd }
      if errno != EINTR { throw .current }
    }
  }

  /// Opens `name` inside the folder open as `folder`, never following a symbolic link
  /// (ELOOP when `name` is one) and without waiting on a pipe or a device (O_NONBLOCK; a
  /// caller checks with `regularFile` that it got a plain file before reading). Relative
  /// to the folder's descriptor, so a folder renamed or swapped meanwhile cannot redirect it.
  static func openAt(_ folder: Int32, _ name: String, _ flags: Int32, mode: mode_t = 0o600) throws(Errno) -> Int32 {
    while true {
      let fd = Glibc.openat(folder, name, flags | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK, mode)
      if fd >= 0 { return fd }
      if errno != EINTR { throw .current }
    }
  }

  static func fileStatus(_ fd: Int32) throws(Errno) -> Glibc.stat {
    var info = Glibc.stat()
    if fstat(fd, &info) != 0 { throw .current }
    return info
  }

  /// The status of `name` in the folder, of the link itself when it is one; nil when absent.
  static func statusAt(_ folder: Int32, _ name: String) throws(Errno) -> Glibc.stat? {
    var info = Glibc.stat()
    if fstatat(folder, name, &info, AT_SYMLINK_NOFOLLOW) == 0 { return info }
    if errno == ENOENT { return nil }
    throw .current
  }

  static func renameAt(_ folder: Int32, _ from: String, _ to: String) throws(Errno) {
    if Glibc.renameat(folder, from, folder, to) != 0 { throw .current }
  }

  /// Gives `from` the second name `to`, failing with EEXIST when `to` is there: a rename
  /// that never replaces anything.
  static func linkAt(_ folder: Int32, _ from: String, _ to: String) throws(Errno) {
    if Glibc.linkat(folder, from, folder, to, 0) != 0 { throw .current }
  }

  /// Removes `name` (the link itself when it is one) if it is there.
  static func unlinkAtIfPresent(_ folder: Int32, _ name: String) throws(Errno) {
    if Glibc.unlinkat(folder, name, 0) != 0 && errno != ENOENT { throw .current }
  }

  /// Syncs an open folder (see `syncDirectory`).
  static func syncFolder(_ fd: Int32) throws(Errno) {
    while Glibc.fsync(fd) != 0 {
      if errno == EINTR { continue }
      if errno == EINVAL { return }
      throw .current
    }
  }

  /// Not retried on EINTR: on Linux the descriptor is gone either way, and a retry could
  /// close a descriptor another thread has just been given.
  static func close(_ fd: Int32) {
    _ = Glibc.close(fd)
  }

  /// The most a desk file is read into memory: far beyond any desk (a desk of 10,000
  /// clients is tens of megabytes), so a file larger than this is damage (or a sparse
  /// file's hole), refused before its size decides an allocation.
  static let largestFile = 4 << 30

  /// Reads the whole file from offset 0, whatever the descriptor's position is; EFBIG
  /// when it is (or grows) larger than `limit`.
  static func readAll(_ fd: Int32, limit: Int = largestFile) throws(Errno) -> [UInt8] {
    var info = Glibc.stat()
    if fstat(fd, &info) != 0 { throw .current }
    guard info.st_size <= off_t(limit) else { throw Errno(code: EFBIG) }
    var bytes = [UInt8](repeating: 0, count: max(Int(info.st_size), 0) + 1)
    var filled = 0
    while true {
      if filled > limit { throw Errno(code: EFBIG) }
      if filled == bytes.count {
        // The file grew while being read; keep going rather than trust the first size.
        bytes.append(contentsOf: repeatElement(0, count: max(bytes.count, 4096)))
      }
      let count = bytes.count
      let got = bytes.withUnsafeMutableBytes { buffer in
        Glibc.pread(fd, buffer.baseAddress.map { $0 + filled }, count - filled, off_t(filled))
      }
      if got < 0 {
        if errno == EINTR { continue }
        throw .current
      }
      if got == 0 { break }
      filled += got
    }
    bytes.removeSubrange(filled...)
    return bytes
  }

  static func fchmod(_ fd: Int32, _ mode: mode_t) throws(Errno) {
    while Glibc.fchmod(fd, mode) != 0 {
      if errno != EINTR { throw .current }
    }
  }

  static func chmod(_ path: String, _ mode: mode_t) throws(Errno) {
    while Glibc.chmod(path, mode) != 0 {
      if errno != EINTR { throw .current }
    }
  }

  static func rename(_ from: String, _ to: String) throws(Errno) {
    if Glibc.rename(from, to) != 0 { throw .current }
  }

  /// Removes a file if it is there; a file already gone is what the caller wanted.
  static func unlinkIfPresent(_ path: String) throws(Errno) {
    if Glibc.unlink(path) != 0 && errno != ENOENT { throw .current }
  }

  static func mkdir(_ path: String, _ mode: mode_t) throws(Errno) {
    if Glibc.mkdir(path, mode) != 0 { throw .current }
  }

  /// The file's status, or nil when it does not exist.
  static func status(_ path: String) throws(Errno) -> Glibc.stat? {
    var info = Glibc.stat()
    if stat(path, &info) == 0 { return info }
    if errno == ENOENT { return nil }
    throw .current
  }

  static func lock(_ fd: Int32, _ operation: Int32) throws(Errno) {
    while flock(fd, operation) != 0 {
      if errno != EINTR { throw .current }
    }
  }

  /// Makes a rename or a new file in `path` durable. Some file systems cannot sync a
  /// folder and say EINVAL; nothing more can be done there, so that is not an error.
  static func syncDirectory(_ path: String) throws(Errno) {
    let fd = try open(path, O_RDONLY | O_DIRECTORY)
    defer { close(fd) }
    while Glibc.fsync(fd) != 0 {
      if errno == EINTR { continue }
      if errno == EINVAL { return }
      throw .current
    }
  }

  static func hostName() -> String {
    var buffer = [CChar](repeating: 0, count: 256)
    guard gethostname(&buffer, buffer.count - 1) == 0 else { return "" }
    return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }
}
