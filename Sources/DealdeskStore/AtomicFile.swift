import Glibc

/// Replaces a file so that a crash at any instant leaves either the old file or the new
/// one, whole: write a temp file beside it, sync it, rename it over the old one. The
/// caller then syncs the folder, which is what makes the rename itself survive a crash.
enum AtomicFile {
  /// Returns the new file, open read-write, for a caller that goes on appending to it
  /// (the journal); others close it. On failure the old file is untouched and the temp
  /// file is gone.
  static func replace(_ path: String, with bytes: [UInt8], disk: any DiskWrites) throws(Errno) -> Int32 {
    let temp = path + ".tmp"
    let fd = try Posix.open(temp, O_RDWR | O_CREAT | O_TRUNC)
    do throws(Errno) {
      // A leftover temp file from a crash may have any mode; this one holds client data.
      try Posix.fchmod(fd, 0o600)
      try disk.writeAll(fd, bytes, at: 0)
      try disk.sync(fd)
      try Posix.rename(temp, path)
    } catch {
      Posix.close(fd)
      try? Posix.unlinkIfPresent(temp)
      throw error
    }
    return fd
  }
}
