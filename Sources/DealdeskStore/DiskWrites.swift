import Glibc

/// The calls that change what is on disk. They sit behind a seam because the failures
/// that matter most (a full disk, an I/O error in the middle of a line) cannot be caused
/// on demand by a test; a test passes its own implementation to play them.
protocol DiskWrites: Sendable {
  /// Writes some of `bytes` at `offset`; may write fewer than asked, like pwrite(2).
  func write(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, at offset: Int) throws(Errno) -> Int
  /// Forces the file's data (and the size needed to read it back) to the disk.
  func sync(_ fd: Int32) throws(Errno)
  func truncate(_ fd: Int32, to length: Int) throws(Errno)
}

/// The real disk.
struct SystemDisk: DiskWrites {
  func write(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, at offset: Int) throws(Errno) -> Int {
    let written = pwrite(fd, bytes.baseAddress, bytes.count, off_t(offset))
    if written < 0 { throw .current }
    return written
  }

  /// fdatasync, not fsync: it still carries the new length of an appended file, and it
  /// spares the journal a metadata flush (the mtime) on every command.
  func sync(_ fd: Int32) throws(Errno) {
    while fdatasync(fd) != 0 {
      if errno != EINTR { throw .current }
    }
  }

  func truncate(_ fd: Int32, to length: Int) throws(Errno) {
    while ftruncate(fd, off_t(length)) != 0 {
      if errno != EINTR { throw .current }
    }
  }
}

extension DiskWrites {
  /// Writes every byte, going on after short writes and signals, so one call puts a whole
  /// batch down or throws.
  func writeAll(_ fd: Int32, _ bytes: [UInt8], at offset: Int) throws(Errno) {
    var done = 0
    while done < bytes.count {
      let result: Result<Int, Errno> = bytes.withUnsafeBytes { buffer in
        do throws(Errno) {
          return .success(try write(fd, UnsafeRawBufferPointer(rebasing: buffer[done...]), at: offset + done))
        } catch {
          return .failure(error)
        }
      }
      switch result {
      case .success(let written) where written > 0:
        done += written
      case .success:
        // pwrite returning 0 for a non-empty buffer would loop forever; call it an I/O error.
        throw Errno(code: EIO)
      case .failure(let error) where error.code == EINTR:
        continue
      case .failure(let error):
        throw error
      }
    }
  }
}
