import Foundation
import Glibc

/// A file the manager names for the desk to read: a script, a CSV to import, a transcript.
/// Only a regular file is read, and nothing can make the desk wait on one: the path is
/// looked at first (a named pipe, a device or a socket is refused unread), then opened
/// without waiting (O_NONBLOCK: a pipe swapped in meanwhile cannot block the open) and
/// looked at again through the descriptor, which is what is actually read.
public enum InputFile {
  public enum Problem: Error, Equatable, Sendable {
    case missing
    case folder
    /// "a named pipe (FIFO)", "a device", "a socket".
    case notRegular(kind: String)
    /// The system's own words ("Permission denied").
    case unreadable(String)
    /// Longer than the caller reads.
    case tooLarge
  }

  /// The file, open for reading.
  public static func open(_ path: String) -> Result<FileHandle, Problem> {
    do throws(Errno) {
      switch try OutputFile.kind(path, following: true) {
      case nil: return .failure(.missing)
      case .folder?: return .failure(.folder)
      case .regular?: break
      case let other?: return .failure(.notRegular(kind: other.described))
      }
      let fd = try Posix.open(path, O_RDONLY | O_NONBLOCK)
      var info = stat()
      guard fstat(fd, &info) == 0, OutputFile.kind(of: info.st_mode) == .regular else {
        Posix.close(fd)
        return .failure(.notRegular(kind: OutputFile.kind(of: info.st_mode).described))
      }
      // A regular file never blocks; reads are plain from here.
      _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
      return .success(FileHandle(fileDescriptor: fd, closeOnDealloc: true))
    } catch {
      return .failure(error.code == ENOENT ? .missing : .unreadable(error.text))
    }
  }

  /// The whole file, if it is at most `limit` bytes: never more than that is read, however
  /// large the file is.
  public static func read(_ path: String, limit: Int) -> Result<Data, Problem> {
    switch open(path) {
    case .failure(let problem): return .failure(problem)
    case .success(let handle):
      defer { try? handle.close() }
      do {
        let data = try handle.read(upToCount: limit + 1) ?? Data()
        return data.count > limit ? .failure(.tooLarge) : .success(data)
      } catch {
        return .failure(.unreadable(error.localizedDescription))
      }
    }
  }
}
