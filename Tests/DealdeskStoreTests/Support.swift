import Foundation
import Glibc
import Testing

@testable import DealdeskStore

/// A stand-in for the domain's desk: enough shape to prove the store is generic.
struct TestDesk: Codable, Sendable, Equatable {
  var clients: [String]
  var total: Int
}

/// A stand-in for the domain's journal entry, with a date to exercise the date format.
struct TestEntry: JournalEntry, Equatable {
  var seq: Int
  var at: Date
  var line: String
}

typealias Store = DeskStore<TestDesk, TestEntry>

/// 2026-11-28T10:00:00Z
let noon = Date(timeIntervalSince1970: 1_795_860_000)

func entry(_ seq: Int, _ line: String? = nil) -> TestEntry {
  TestEntry(seq: seq, at: noon.addingTimeInterval(Double(seq) * 60), line: line ?? "note \(seq)")
}

func entries(_ seqs: ClosedRange<Int>) -> [TestEntry] { seqs.map { entry($0) } }

/// Runs `body` with the URL of a desk folder that does not exist yet, inside a fresh
/// folder under the system temp directory that is removed afterwards.
func withDesk(_ body: (URL) throws -> Void) throws {
  let base = FileManager.default.temporaryDirectory
    .appendingPathComponent("dealdesk-store-tests-\(UUID().uuidString)", isDirectory: true)
  try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(at: base) }
  try body(base.appendingPathComponent("desk", isDirectory: true))
}

func withDeskAsync(_ body: (URL) async throws -> Void) async throws {
  let base = FileManager.default.temporaryDirectory
    .appendingPathComponent("dealdesk-store-tests-\(UUID().uuidString)", isDirectory: true)
  try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(at: base) }
  try await body(base.appendingPathComponent("desk", isDirectory: true))
}

func path(_ folder: URL, _ name: String) -> String {
  folder.appendingPathComponent(name).path
}

func bytes(_ folder: URL, _ name: String) -> [UInt8]? {
  FileManager.default.contents(atPath: path(folder, name)).map { Array($0) }
}

func text(_ folder: URL, _ name: String) -> String? {
  bytes(folder, name).map { String(decoding: $0, as: UTF8.self) }
}

/// Writes a file by hand, creating the desk folder private (as the store would) if needed.
func write(_ folder: URL, _ name: String, _ content: String) throws {
  try FileManager.default.createDirectory(
    at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
  try Data(content.utf8).write(to: folder.appendingPathComponent(name))
}

func appendRaw(_ folder: URL, _ name: String, _ content: String) throws {
  let handle = try FileHandle(forWritingTo: folder.appendingPathComponent(name))
  defer { try? handle.close() }
  try handle.seekToEnd()
  try handle.write(contentsOf: Data(content.utf8))
}

func exists(_ folder: URL, _ name: String) -> Bool {
  FileManager.default.fileExists(atPath: path(folder, name))
}

/// Permission bits of a file or folder, e.g. 0o600.
func mode(_ path: String) -> mode_t? {
  var info = stat()
  guard stat(path, &info) == 0 else { return nil }
  return info.st_mode & 0o777
}

/// One journal line as the store writes it.
func line(_ entry: TestEntry) throws -> String {
  String(decoding: try DeskJSON.encoder().encode(entry), as: UTF8.self) + "\n"
}

/// Opens read-write, expecting success.
func openStore(_ folder: URL, version: Int = 1, disk: (any DiskWrites)? = nil) throws -> (Store, Loaded<TestDesk, TestEntry>)
{
  if let disk {
    return try Store.open(directory: folder, mode: .readWrite, formatVersion: version, disk: disk)
  }
  return try Store.open(directory: folder, mode: .readWrite, formatVersion: version)
}

/// The StoreError an open throws, or nil when it opens.
func openError(_ folder: URL, mode: StoreMode = .readWrite, version: Int = 1) -> StoreError? {
  do {
    let (store, _) = try Store.open(directory: folder, mode: mode, formatVersion: version)
    store.close()
    return nil
  } catch {
    return error
  }
}

/// A disk that can be told to fill up, fail to sync or fail to cut, and that counts
/// calls; it passes everything else to the real disk.
final class ScriptedDisk: DiskWrites, @unchecked Sendable {
  private let lock = NSLock()
  private var _writeFailure: Errno?
  private var _bytesBeforeFailure = 0
  private var _writesBeforeFailure = 0
  private var _syncFailure: Errno?
  private var _truncateFailure: Errno?
  private var _maxPerCall = Int.max
  private var _writeCalls = 0
  private var _syncCalls = 0

  /// From now on, let `calls` more write calls through, then let `bytes` more bytes
  /// through (as short writes), then fail every write with `error`.
  func failWrites(with error: Int32, afterCalls calls: Int = 0, afterBytes bytes: Int = 0) {
    locked {
      _writeFailure = Errno(code: error)
      _writesBeforeFailure = calls
      _bytesBeforeFailure = bytes
    }
  }

  /// Every write call writes at most `count` bytes, as pwrite may.
  func limitEachWrite(to count: Int) { locked { _maxPerCall = count } }

  func failSyncs(with error: Int32?) { locked { _syncFailure = error.map { Errno(code: $0) } } }
  func failTruncates(with error: Int32?) { locked { _truncateFailure = error.map { Errno(code: $0) } } }
  func heal() {
    locked {
      _writeFailure = nil
      _syncFailure = nil
      _truncateFailure = nil
    }
  }
  var writeCalls: Int { locked { _writeCalls } }
  var syncCalls: Int { locked { _syncCalls } }

  func write(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, at offset: Int) throws(Errno) -> Int {
    let allowed: Int? = locked {
      _writeCalls += 1
      if _writeFailure == nil { return min(bytes.count, _maxPerCall) }
      if _writesBeforeFailure > 0 {
        _writesBeforeFailure -= 1
        return min(bytes.count, _maxPerCall)
      }
      if _bytesBeforeFailure == 0 { return nil }
      let count = min(_bytesBeforeFailure, bytes.count)
      _bytesBeforeFailure -= count
      return count
    }
    guard let allowed else { throw locked { _writeFailure } ?? Errno(code: EIO) }
    return try SystemDisk().write(fd, UnsafeRawBufferPointer(rebasing: bytes[..<allowed]), at: offset)
  }

  func sync(_ fd: Int32) throws(Errno) {
    if let failure = locked({ () -> Errno? in
      _syncCalls += 1
      return _syncFailure
    }) {
      throw failure
    }
    try SystemDisk().sync(fd)
  }

  func truncate(_ fd: Int32, to length: Int) throws(Errno) {
    if let failure = locked({ _truncateFailure }) { throw failure }
    try SystemDisk().truncate(fd, to: length)
  }

  private func locked<T>(_ body: () -> T) -> T {
    lock.lock()
    defer { lock.unlock() }
    return body()
  }
}
