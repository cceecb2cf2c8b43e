import Foundation
import Glibc

/// A file the manager names for the desk to write: an export, a recording. Something already
/// there is refused unless the manager said to replace it, and only a regular file is ever
/// replaced: a folder, a link, a device or a named pipe stays as it is, with or without
/// replace (writing "to" a link or a device would write somewhere else entirely). A new file
/// is private (0600) from its first byte, as the desk's own files are.
public enum OutputFile {
  public enum Problem: Error, Equatable, Sendable {
    /// A regular file is there, and replacing it was not asked for.
    case exists
    /// Something other than a regular file is there: "a folder", "a symbolic link", …
    case notRegular(kind: String)
    /// The folder to write into is not there (or is not a folder).
    case noFolder(String)
    /// The file would be in the desk's own folder, beside the journal.
    case insideDesk
    /// The store's writer refused, in its own words (the disk full, no permission).
    case refused(String)
  }

  /// Writes `bytes` as the whole file at `path`, atomically: a crash leaves the old file or
  /// the new one, never half of one (the store's one writer, `PrivateFile`).
  public static func write(_ bytes: [UInt8], to path: String, replace: Bool, deskFolder: URL) -> Result<Void, Problem> {
    if let problem = problem(path, replace: replace, deskFolder: deskFolder) { return .failure(problem) }
    do throws(StoreError) {
      try PrivateFile.write(bytes, to: path, replacing: replace)
      return .success(())
    } catch {
      return .failure(.refused(error.message))
    }
  }

  /// The same for a file made in parts (`PrivateFile.writeInParts`), so a large
  /// export is never whole in memory.
  public static func writeInParts(
    to path: String, replace: Bool, deskFolder: URL, _ produce: (_ put: @escaping (inout [UInt8]) -> Void) -> Void
  ) -> Result<Void, Problem> {
    if let problem = problem(path, replace: replace, deskFolder: deskFolder) { return .failure(problem) }
    do throws(StoreError) {
      try PrivateFile.writeInParts(to: path, replacing: replace, produce)
      return .success(())
    } catch {
      return .failure(.refused(error.message))
    }
  }

  /// A file at `path` that starts as `bytes` and is written on as things happen (a
  /// recording), put in place the way `write` does: the handle adds at its end.
  public static func create(_ path: String, startingWith bytes: [UInt8], replace: Bool, deskFolder: URL) -> Result<FileHandle, Problem> {
    if let problem = problem(path, replace: replace, deskFolder: deskFolder) { return .failure(problem) }
    do throws(StoreError) {
      try PrivateFile.write(bytes, to: path, replacing: replace)
      return .success(try PrivateFile.openedForAppending(path))
    } catch {
      return .failure(.refused(error.message))
    }
  }

  /// Why the desk may not write `path`, or nil when it may: asked first, so the manager is
  /// told in the desk's words (and how to replace it) rather than the writer's.
  static func problem(_ path: String, replace: Bool, deskFolder: URL) -> Problem? {
    let folder = folder(of: path)
    guard (try? kind(folder, following: true)) == .folder else { return .noFolder(folder) }
    let resolved = URL(fileURLWithPath: folder).resolvingSymlinksInPath().path
    if resolved == deskFolder.standardizedFileURL.resolvingSymlinksInPath().path { return .insideDesk }
    let existing: Kind?
    do throws(Errno) {
      existing = try kind(path)
    } catch {
      return .refused("Could not look at \(path): \(error.text).")
    }
    switch existing {
    case nil: return nil
    case .regular?: return replace ? nil : .exists
    case let other?: return .notRegular(kind: other.described)
    }
  }

  /// The folder a file named by the manager goes into ("." for a bare name).
  static func folder(of path: String) -> String {
    URL(fileURLWithPath: path).standardizedFileURL.deletingLastPathComponent().path
  }

  enum Kind: Equatable {
    case regular, folder, link, device, fifo, socket

    var described: String {
      switch self {
      case .regular: return "a file"
      case .folder: return "a folder"
      case .link: return "a symbolic link"
      case .device: return "a device"
      case .fifo: return "a named pipe (FIFO)"
      case .socket: return "a socket"
      }
    }
  }

  /// What is at `path` (the link itself unless `following`), or nil when nothing is.
  static func kind(_ path: String, following: Bool = false) throws(Errno) -> Kind? {
    var info = Glibc.stat()
    let status = following ? stat(path, &info) : lstat(path, &info)
    if status != 0 {
      if errno == ENOENT || errno == ENOTDIR { return nil }
      throw .current
    }
    return kind(of: info.st_mode)
  }

  static func kind(of mode: mode_t) -> Kind {
    switch mode & S_IFMT {
    case S_IFREG: return .regular
    case S_IFDIR: return .folder
    case S_IFLNK: return .link
    case S_IFIFO: return .fifo
    case S_IFSOCK: return .socket
    default: return .device
    }
  }
}
