import Glibc

/// The desk folder held open by its descriptor. Every file in it is opened relative to
/// that descriptor and never through a symbolic link, so neither a link planted in the
/// folder nor the folder being renamed or swapped meanwhile can send a write elsewhere.
///
/// It is opened only when it is the user's own and nobody else can change it: whoever can
/// create files in the folder decides what Dealdesk would write through.
///
/// `@unchecked Sendable`: the descriptor is set once and closed once, by its owner.
final class OpenFolder: @unchecked Sendable {
  let folder: DeskFolder
  let fd: Int32
  /// The folder's status when it was opened (owner and mode are checked on it).
  let status: stat
  private var closed = false

  private init(folder: DeskFolder, fd: Int32, status: stat) {
    self.folder = folder
    self.fd = fd
    self.status = status
  }

  deinit { close() }

  /// Opens the folder (which must exist) and refuses one that is not the user's own, or
  /// that others can write to. The path to the folder is followed, links and all: that
  /// is where the manager chose to keep the desk, and the checks are made on the folder
  /// actually opened.
  static func open(_ folder: DeskFolder) throws(StoreError) -> OpenFolder {
    let fd: Int32
    do throws(Errno) {
      fd = try Posix.open(folder.path, O_RDONLY | O_DIRECTORY)
    } catch where error.code == ENOTDIR {
      throw .notAFolder(folder.path)
    } catch {
      throw .cannotRead(folder.path, error)
    }
    let opened: OpenFolder
    do throws(Errno) {
      opened = OpenFolder(folder: folder, fd: fd, status: try Posix.fileStatus(fd))
    } catch {
      Posix.close(fd)
      throw .cannotRead(folder.path, error)
    }
    if opened.status.st_uid != geteuid() {
      throw .folderNotYours(folder.path, owner: userName(opened.status.st_uid))
    }
    if opened.status.st_mode & (S_IWGRP | S_IWOTH) != 0 {
      throw .folderOthersCanChange(folder.path, mode: opened.status.st_mode & 0o7777)
    }
    return opened
  }

  func close() {
    guard !closed else { return }
    closed = true
    Posix.close(fd)
  }

  /// The full path of a file in the folder, for messages.
  func path(_ name: String) -> String { folder.file(name) }

  /// Opens an existing file in the folder (or creates it, with O_CREAT in `flags`),
  /// refusing anything but a plain file. A file opened for writing must also have no
  /// other name (a hard link), or writing to it would change a file outside the desk.
  /// nil when the file is not there and was not to be created. `failure` words any other
  /// refusal of the system, as reading or as saving.
  func openPlainFile(
    _ name: String, _ flags: Int32, failure: (String, Errno) -> StoreError
  ) throws(StoreError) -> Int32? {
    let fd: Int32
    do throws(Errno) {
      fd = try Posix.openAt(self.fd, name, flags)
    } catch where error.code == ENOENT && flags & O_CREAT == 0 {
      return nil
    } catch where error.code == ELOOP {
      throw .notAPlainFile(path(name), "a symbolic link")
    } catch {
      throw failure(path(name), error)
    }
    let info: stat
    do throws(Errno) {
      info = try Posix.fileStatus(fd)
    } catch {
      Posix.close(fd)
      throw failure(path(name), error)
    }
    let writing = flags & (O_WRONLY | O_RDWR) != 0
    if let what = Self.notPlain(info, writing: writing) {
      Posix.close(fd)
      throw .notAPlainFile(path(name), what)
    }
    // A plain file after all: back to ordinary blocking I/O (O_NONBLOCK was only there
    // so that opening a pipe could not hang).
    _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
    return fd
  }

  /// Creates a new file that was not there, 0600 from its first instant (the mode is given
  /// to the creating call; no umask can widen it, only narrow it, and fchmod puts it back).
  /// EEXIST when the name is taken, by anything, a link included.
  func createNewFile(_ name: String) throws(Errno) -> Int32 {
    let fd = try Posix.openAt(self.fd, name, O_RDWR | O_CREAT | O_EXCL, mode: 0o600)
    do throws(Errno) {
      try Posix.fchmod(fd, 0o600)
    } catch {
      Posix.close(fd)
      throw error
    }
    return fd
  }

  func unlinkIfPresent(_ name: String) throws(Errno) {
    try Posix.unlinkAtIfPresent(fd, name)
  }

  func rename(_ from: String, to: String) throws(Errno) {
    try Posix.renameAt(fd, from, to)
  }

  /// The status of `name` itself (a link is not followed); nil when it is not there.
  func status(of name: String) throws(Errno) -> stat? {
    try Posix.statusAt(fd, name)
  }

  /// Makes new names and renames in the folder durable.
  func sync() throws(Errno) {
    try Posix.syncFolder(fd)
  }

  /// What a file is, in words, when it is not a plain file with one name; nil when it is.
  static func notPlain(_ info: stat, writing: Bool) -> String? {
    switch info.st_mode & S_IFMT {
    case S_IFREG:
      if writing && info.st_nlink > 1 { return "a file with \(info.st_nlink) names (hard links)" }
      return nil
    case S_IFLNK: return "a symbolic link"
    case S_IFDIR: return "a folder"
    case S_IFIFO: return "a pipe"
    case S_IFSOCK: return "a socket"
    case S_IFCHR, S_IFBLK: return "a device"
    default: return "not a plain file"
    }
  }

  /// The user's login name, or their number when the system has no name for it.
  static func userName(_ uid: uid_t) -> String {
    var buffer = [CChar](repeating: 0, count: 4096)
    // getpwuid_r, not getpwuid: tests open desks on several threads at once.
    let name = buffer.withUnsafeMutableBufferPointer { storage -> String? in
      var entry = passwd()
      var found: UnsafeMutablePointer<passwd>?
      guard let base = storage.baseAddress, getpwuid_r(uid, &entry, base, storage.count, &found) == 0, found != nil,
        let name = entry.pw_name
      else { return nil }
      return String(cString: name)
    }
    return name ?? "user \(uid)"
  }
}
