import DealdeskCore
import Foundation
import Glibc
import Testing

@testable import DealdeskApp
@testable import DealdeskStore

/// A disk that is full (or failing) while the manager works: the command is refused with
/// a message saying what to do, nothing of it is applied in memory or on disk, and the
/// next command works once there is space again.
@Suite("A full disk at the desk")
struct DiskFullSessionTests {
  /// Writes go through to the real disk until `fail` is set; then every write fails
  /// after letting `bytesFirst` bytes through, as a disk filling up mid-line does.
  final class FillingDisk: DiskWrites, @unchecked Sendable {
    private let lock = NSLock()
    private var failure: Int32?
    private var bytesFirst = 0

    func fill(with code: Int32 = ENOSPC, afterBytes bytes: Int = 0) { lock.withLock { (failure, bytesFirst) = (code, bytes) } }
    func free() { lock.withLock { failure = nil } }

    func write(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, at offset: Int) throws(Errno) -> Int {
      let allowed: Int? = lock.withLock {
        guard failure != nil else { return bytes.count }
        guard bytesFirst > 0 else { return nil }
        let count = min(bytesFirst, bytes.count)
        bytesFirst -= count
        return count
      }
      guard let allowed else { throw Errno(code: lock.withLock { failure } ?? EIO) }
      return try SystemDisk().write(fd, UnsafeRawBufferPointer(rebasing: bytes[..<allowed]), at: offset)
    }

    func sync(_ fd: Int32) throws(Errno) { try SystemDisk().sync(fd) }
    func truncate(_ fd: Int32, to length: Int) throws(Errno) { try SystemDisk().truncate(fd, to: length) }
  }

  func open(_ desk: TestDesk, _ disk: FillingDisk) throws -> Session {
    let journal = try FolderJournal<Desk, JournalRecord>.open(
      directory: desk.directory, mode: .readWrite, formatVersion: Session.formatVersion, disk: disk)
    return try Session.open(journal: journal, clock: .fixed(TestDesk.monday))
  }

  @Test func aCommandOnAFullDiskIsRefusedAndTheNextOneWorksOnceThereIsSpace() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let disk = FillingDisk()
    let session = try open(desk, disk)
    #expect(session.handle("add client Zeta Moda").isError == false)
    let journal = desk.directory.appendingPathComponent("journal.jsonl")
    let savedBytes = try Data(contentsOf: journal)
    let saved = session.desk

    // Half a line reaches the disk before it is full.
    disk.fill(afterBytes: 25)
    let refused = session.handle("add client Bora Fabrics")
    #expect(refused.isError)
    #expect(
      refused.text
        == "Could not save to \(journal.path): No space left on device. Nothing was changed; free some space and try again.")
    #expect(session.desk == saved)
    #expect(try Data(contentsOf: journal) == savedBytes)

    // A command of many events (the whole sample catalog) is not half applied either.
    // The desk holds a client, so the sample goes in only when told to merge (a client
    // of the sample's own name would refuse it before it reached the disk).
    disk.fill()
    let merged = session.handle("load sample data, merge")
    #expect(merged.isError)
    #expect(merged.text.contains("No space left on device"), "\(merged.text)")
    #expect(session.desk == saved)
    // Undo writes a journal entry too, so it is refused the same way and undoes nothing.
    #expect(session.handle("undo").isError)
    #expect(session.desk.clients.count == 1)
    #expect(try Data(contentsOf: journal) == savedBytes)

    disk.free()
    #expect(session.handle("add client Bora Fabrics").text.hasPrefix("Added client Bora Fabrics (CL-2)."))
    #expect(session.handle("undo").text == "Undone: add client Bora Fabrics")
    #expect(session.handle("redo").text == "Redone: add client Bora Fabrics")
    let live = session.desk
    // On disk: the commands that were answered, in order, with no gap and no half line.
    // (Read before closing, which saves the desk as it stands and empties the journal.)
    let lines = try String(contentsOf: journal, encoding: .utf8).split(separator: "\n")
    _ = session.close()

    let reopened = try desk.open()
    defer { _ = reopened.close() }
    #expect(reopened.warnings.isEmpty)
    #expect(reopened.desk == live)
    #expect(reopened.desk.clients.values.map(\.name).sorted() == ["Bora Fabrics", "Zeta Moda"])
    let records = try lines.map { try DeskJSON.decoder().decode(JournalRecord.self, from: Data($0.utf8)) }
    #expect(records.map(\.seq) == [1, 2, 3, 4])
    #expect(records.map(\.line) == ["add client Zeta Moda", "add client Bora Fabrics", "undo", "redo"])
  }

  /// The journal line is written while the reply is made; when it fails, the change is
  /// taken back whole: the desk, the names the desk knows, and the undo and redo lists.
  @Test func aRefusedCommandLeavesTheUndoHistoryAsItWas() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let disk = FillingDisk()
    let session = try open(desk, disk)
    _ = session.handle("add client Acme Textiles")
    _ = session.handle("add client Bora Fabrics")
    #expect(session.handle("undo").text == "Undone: add client Bora Fabrics")
    let saved = session.desk

    disk.fill()
    #expect(session.handle("add client Celik Tekstil").isError)
    #expect(session.desk == saved)
    disk.free()
    #expect(session.handle("show Celik Tekstil").isError)
    #expect(session.handle("redo").text == "Redone: add client Bora Fabrics")
    #expect(session.handle("undo").text == "Undone: add client Bora Fabrics")
    #expect(session.handle("undo").text == "Undone: add client Acme Textiles")
    #expect(session.handle("undo").isError)
    _ = session.close()
  }

  /// A script run as one step is written as one record at its end: when that fails, none
  /// of its lines is kept, and the manager is told.
  @Test func aScriptWhoseRecordCannotBeWrittenChangesNothing() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let folder = try TestFolder("scripts")
    let script = try folder.write("clients.desk", lines: ["add client Bora Fabrics", "add client Celik Tekstil"])
    let disk = FillingDisk()
    let session = try open(desk, disk)
    _ = session.handle("add client Acme Textiles")
    let saved = session.desk
    let journal = desk.directory.appendingPathComponent("journal.jsonl")
    let savedBytes = try Data(contentsOf: journal)

    disk.fill()
    let refused = session.handle("run \(script)")
    #expect(refused.isError)
    #expect(refused.text.contains("No space left on device"))
    #expect(refused.text.contains("Nothing the script did was saved; the desk is as it was before it."))
    #expect(session.desk == saved)
    #expect(try Data(contentsOf: journal) == savedBytes)
    #expect(session.handle("show Bora Fabrics").isError)

    disk.free()
    #expect(session.handle("run \(script)").isError == false)
    #expect(session.handle("undo").text == "Undone: run \(script)")
    #expect(session.desk == saved)
    _ = session.close()
  }

  @Test func anInputOutputErrorIsAFailedCommand() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let disk = FillingDisk()
    let session = try open(desk, disk)
    disk.fill(with: EIO)
    let reply = session.handle("add client Acme Textiles")
    #expect(reply.isError)
    #expect(reply.text.hasSuffix("Input/output error. Nothing was changed; check the disk and try again."))
    #expect(session.desk.clients.isEmpty)
    disk.free()
    #expect(session.handle("add client Acme Textiles").text.hasPrefix("Added client Acme Textiles (CL-1)."))
    _ = session.close()
  }
}
