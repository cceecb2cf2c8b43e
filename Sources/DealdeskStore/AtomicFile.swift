import Glibc

/// Replaces a file so that a crash at any instant leaves either the old file or the new
/// one, whole: write a temp file beside it, sync it, rename it over the old one. The
/// caller then syncs the folder, which is what makes the rename itself survive a crash.
enum AtomicFile {
  /// Returns the new file, open read-write, for a caller that goes on appending to it
  /// (the journal); others close it. On failure the old file is untouched and the temp
  /// file is gone.
  ///
  /// Whatever is at the temp name (a leftover of a crash, or a link someone planted) is
  /// removed, never opened, and the temp file is created new (O_EXCL), 0600 from the
  /// start: nothing outside the folder can be written through it, and the file renamed
  /// into place is always the plain file just written.
  static func replace(_ name: String, in folder: OpenFolder, with bytes: [UInt8], disk: any DiskWrites) throws(Errno) -> Int32 {
    let temp = DeskFolder.temporary(for: name)
    try folder.unlinkIfPresent(temp)
    let fd = try folder.createNewFile(temp)
    do throws(Errno) {
      try disk.writeAll(fd, bytes, at: 0)
      try disk.sync(fd)
      try folder.rename(temp, to: name)
    } catch {
      Posix.close(fd)
      try? folder.unlinkIfPresent(temp)
      throw error
    }
    return fd
  }
}
