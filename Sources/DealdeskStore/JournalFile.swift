import Foundation
import Glibc

/// `journal.jsonl` held open for appending between calls. Each append is written at
/// `length`, the end of the last whole append, rather than with O_APPEND: when a write
/// fails halfway the partial line can always be cut back, and if even that fails the cut
/// is made before the next append, so a half line never ends up in the middle.
final class JournalFile {
  let path: String
  private let folder: OpenFolder
  private let disk: any DiskWrites
  private var fd: Int32
  private(set) var length: Int
  /// A failed append left bytes past `length` that could not be cut at the time.
  private var needsCut = false

  private init(path: String, folder: OpenFolder, disk: any DiskWrites, fd: Int32, length: Int) {
    self.path = path
    self.folder = folder
    self.disk = disk
    self.fd = fd
    self.length = length
  }

  /// Opens the journal for writing (creating it if missing) and reads it. A torn last
  /// entry is copied to a side file before the journal is cut back, so it is kept even
  /// if Dealdesk is killed again in between.
  static func open<Entry: JournalEntry>(
    _ folder: OpenFolder, disk: any DiskWrites, decoder: JSONDecoder
  ) throws(StoreError) -> (JournalFile, JournalScan<Entry>, warning: String?) {
    let path = folder.path(DeskFolder.journalName)
    let fd = try openOrCreate(path, folder)
    do throws(StoreError) {
      let bytes: [UInt8]
      do throws(Errno) {
        bytes = try Posix.readAll(fd)
      } catch {
        throw .cannotRead(path, error)
      }
      var scan = try JournalScan<Entry>(bytes, file: path, decoder: decoder)
      let journal = JournalFile(path: path, folder: folder, disk: disk, fd: fd, length: bytes.count)
      var warning: String?
      if let torn = scan.torn {
        let side = try journal.setAside(torn)
        scan.torn = nil
        warning =
          "The last entry in \(path) was incomplete (Dealdesk was stopped while saving it) and was set aside in \(side). Everything before it was loaded."
      }
      return (journal, scan, warning)
    } catch {
      Posix.close(fd)
      throw error
    }
  }

  /// The journal's bytes, read without changing anything; empty when there is none.
  static func readBytes(_ folder: OpenFolder) throws(StoreError) -> [UInt8] {
    let path = folder.path(DeskFolder.journalName)
    guard let fd = try folder.openPlainFile(DeskFolder.journalName, O_RDONLY, failure: StoreError.cannotRead) else {
      return []
    }
    defer { Posix.close(fd) }
    do throws(Errno) {
      return try Posix.readAll(fd)
    } catch {
      throw .cannotRead(path, error)
    }
  }

  /// Reads entries for a look without the lock: a torn tail is reported, not moved.
  static func scanReadOnly<Entry: JournalEntry>(
    _ bytes: [UInt8], _ folder: OpenFolder, decoder: JSONDecoder
  ) throws(StoreError) -> (JournalScan<Entry>, warning: String?) {
    let path = folder.path(DeskFolder.journalName)
    let scan = try JournalScan<Entry>(bytes, file: path, decoder: decoder)
    guard scan.torn != nil else { return (scan, nil) }
    return (
      scan,
      "The last entry in \(path) is incomplete (Dealdesk was stopped while saving it, or is saving it right now), so it was not loaded. Open the desk without --read-only to set it aside."
    )
  }

  /// A new journal's name must reach the disk too (the folder sync), or the first
  /// answered command could vanish with the file in a crash.
  private static func openOrCreate(_ path: String, _ folder: OpenFolder) throws(StoreError) -> Int32 {
    if let fd = try folder.openPlainFile(DeskFolder.journalName, O_RDWR, failure: StoreError.cannotRead) {
      return fd
    }
    do throws(Errno) {
      let fd = try folder.createNewFile(DeskFolder.journalName)
      do throws(Errno) {
        try folder.sync()
      } catch {
        Posix.close(fd)
        throw error
      }
      return fd
    } catch {
      throw .cannotSave(path, error)
    }
  }

  /// Copies the torn bytes to `journal.torn-<n>.jsonl` (the first free n), then cuts
  /// the journal back to the last good newline. Returns the side file's path.
  private func setAside(_ torn: TornTail) throws(StoreError) -> String {
    var number = 1
    var side = DeskFolder.tornSideFile(number)
    var sideFd: Int32 = -1
    do throws(Errno) {
      while true {
        do {
          sideFd = try folder.createNewFile(side)
          break
        } catch where error.code == EEXIST && number < 100_000 {
          number += 1
          side = DeskFolder.tornSideFile(number)
        }
      }
    } catch {
      throw .cannotSetAside(path, error)
    }
    do throws(Errno) {
      defer { Posix.close(sideFd) }
      try disk.writeAll(sideFd, torn.bytes, at: 0)
      try disk.sync(sideFd)
      try folder.sync()
    } catch {
      try? folder.unlinkIfPresent(side)
      throw .cannotSetAside(path, error)
    }
    do throws(Errno) {
      try disk.truncate(fd, to: torn.offset)
    } catch {
      // The journal still holds the bytes; a second copy would only confuse.
      try? folder.unlinkIfPresent(side)
      throw .cannotSetAside(path, error)
    }
    do throws(Errno) {
      try disk.sync(fd)
    } catch {
      // Cut in memory but perhaps not on disk; the side file is now the safe copy.
      throw .cannotSetAside(path, error)
    }
    length = torn.offset
    return folder.path(side)
  }

  /// Puts `bytes` (whole lines) at the end in one write and one sync; durable when it
  /// returns. On failure the journal is as it was before the call.
  func append(_ bytes: [UInt8]) throws(StoreError) {
    guard !bytes.isEmpty else { return }
    try checkUnchanged()
    do throws(Errno) {
      if needsCut {
        try disk.truncate(fd, to: length)
        needsCut = false
      }
    } catch {
      throw .cannotSave(path, error)
    }
    do throws(Errno) {
      try disk.writeAll(fd, bytes, at: length)
      try disk.sync(fd)
    } catch {
      cutBack()
      throw .cannotSave(path, error)
    }
    length += bytes.count
  }

  private func cutBack() {
    do throws(Errno) {
      try disk.truncate(fd, to: length)
      try? disk.sync(fd)
    } catch {
      needsCut = true
    }
  }

  /// Refuses when the journal is no longer what this Dealdesk last wrote: a different
  /// length (another program appended, or cut it), or another file under its name.
  /// Called before every append and compaction, so nothing is ever written after lines
  /// this Dealdesk has not read, and no compaction drops them.
  func checkUnchanged() throws(StoreError) {
    do throws(Errno) {
      let open = try Posix.fileStatus(fd)
      let named = try folder.status(of: DeskFolder.journalName)
      let sameFile = named.map { $0.st_ino == open.st_ino && $0.st_dev == open.st_dev } ?? false
      // After an append that could not be cut back, the file is longer than `length` by
      // this Dealdesk's own partial line, which the next append cuts first.
      let sameEnd = open.st_size == off_t(length) || (needsCut && open.st_size > off_t(length))
      if sameFile && sameEnd { return }
    } catch {
      throw .cannotRead(path, error)
    }
    throw .journalChanged(path)
  }

  /// Swaps in a journal holding exactly `bytes`, atomically (compaction).
  func replace(with bytes: [UInt8]) throws(Errno) {
    let newFd = try AtomicFile.replace(DeskFolder.journalName, in: folder, with: bytes, disk: disk)
    Posix.close(fd)
    fd = newFd
    length = bytes.count
    needsCut = false
    try folder.sync()
  }

  func close() {
    guard fd >= 0 else { return }
    Posix.close(fd)
    fd = -1
  }
}
