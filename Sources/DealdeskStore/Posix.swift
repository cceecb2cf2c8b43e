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

  /// Not retried on EINTR: on Linux the descriptor is gone either way, and a retry could
  /// close a descriptor another thread has just been given.
  static func close(_ fd: Int32) {
    _ = Glibc.close(fd)
  }

  /// Reads the whole file from offset 0, whatever the descriptor's position is.
  static func readAll(_ fd: Int32) throws(Errno) -> [UInt8] {
    var info = Glibc.stat()
    if fstat(fd, &info) != 0 { throw .current }
    var bytes = [UInt8](repeating: 0, count: max(Int(info.st_size), 0) + 1)
    var filled = 0
    while true {
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
