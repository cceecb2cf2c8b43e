import Foundation
import Glibc

/// What `repair` did, in the order it did it, in sentences for the manager.
public struct RepairReport: Sendable, Equatable {
  /// False when the desk opened as it was and nothing was touched.
  public var changed: Bool
  public var sentences: [String]
  /// The journal lines set aside (numbers in the kept copy).
  public var setAsideLines: [Int]
  /// The copies written before anything was changed.
  public var copies: [String]
  /// The snapshot could not be read and the desk was rebuilt from the journal alone.
  public var rebuiltFromJournal: Bool
}

extension DeskStore {
  /// Makes a desk that is refused for damage open again, losing nothing that can be read
  /// and deleting nothing:
  ///
  /// - a journal line that cannot be read is set aside: the journal is copied whole to
  ///   `journal.jsonl.damaged-N` first, then rewritten with every line that can be read,
  ///   byte for byte;
  /// - a snapshot that cannot be read is copied to `desk.json.damaged-N`. When the journal
  ///   goes back to entry 1 the desk is rebuilt from it (the snapshot becomes the empty desk
  ///   at entry 0, which is what entry 1 was applied to). When it does not, the entries
  ///   before it lived only in the snapshot, and the journal's entries cannot be applied
  ///   without them: repair refuses, says what is lost, and changes nothing, unless
  ///   `startEmpty` says to keep both files aside and begin an empty desk.
  ///
  /// It takes the lock, so it refuses while another Dealdesk has the desk open, and it
  /// refuses a desk from a newer Dealdesk (that is not damage).
  public static func repair(
    directory: URL, formatVersion: Int, emptySnapshot: Snapshot, startEmpty: Bool = false
  ) throws(StoreError) -> RepairReport {
    let folder = DeskFolder(directory)
    guard try folder.exists else { throw .nothingToRepair(folder.path) }
    let open = try OpenFolder.open(folder)
    defer { open.close() }
    let lock = try DeskLock.acquire(open)
    defer { lock.release() }
    var repair = Repair<Snapshot, Entry>(folder: open, formatVersion: formatVersion, emptySnapshot: emptySnapshot)
    return try repair.run(startEmpty: startEmpty)
  }
}

/// One run of `repair`, holding what it has found and done.
private struct Repair<Snapshot: Codable & Sendable, Entry: JournalEntry> {
  let open: OpenFolder
  let formatVersion: Int
  let emptySnapshot: Snapshot
  let disk: any DiskWrites = SystemDisk()
  var report = RepairReport(changed: false, sentences: [], setAsideLines: [], copies: [], rebuiltFromJournal: false)
  var folder: DeskFolder { open.folder }

  init(folder: OpenFolder, formatVersion: Int, emptySnapshot: Snapshot) {
    self.open = folder
    self.formatVersion = formatVersion
    self.emptySnapshot = emptySnapshot
  }

  mutating func run(startEmpty: Bool) throws(StoreError) -> RepairReport {
    let snapshotProblem = try snapshotProblem()
    let journalBytes = try JournalFile.readBytes(open)
    let salvage = JournalSalvage<Entry>(journalBytes, decoder: DeskJSON.decoder())
    guard snapshotProblem != nil || !salvage.bad.isEmpty else {
      report.sentences = ["Nothing to repair: the desk in \(folder.path) opens as it is. Nothing was changed."]
      return report
    }

    var journal = salvage.goodBytes
    var setAside = salvage.bad
    if let snapshotProblem, let rebuilt = try rebuildFromUndo(snapshotProblem, salvage, journalBytes) {
      // The snapshot is the desk as it stands, and undo's file holds the desk from before
      // its oldest step with every entry since: that, and the journal after it, is the desk.
      try replace(DeskFolder.journalName, with: rebuilt.journal)
      try replace(DeskFolder.snapshotName, with: rebuilt.snapshot)
      do throws(Errno) {
        // Its entries are in the journal now, which undo reads at start-up as it did
        // before there was an undo file; the copy kept above is what it was.
        try open.unlinkIfPresent(DeskFolder.undoName)
        try open.sync()
      } catch {
        throw .cannotSave(open.path(DeskFolder.undoName), error)
      }
      report.changed = true
      return report
    }
    if let snapshotProblem {
      let snapshotBytes = try read(DeskFolder.snapshotName)
      let headerSeq = Self.headerSeq(snapshotBytes)
      let reachesStart = salvage.firstSeq == 1 || (headerSeq == 0 && salvage.good.isEmpty && salvage.bad.isEmpty)
      if !reachesStart {
        guard startEmpty else {
          throw .cannotRebuild(folder, snapshotProblem, lost: Self.lost(salvage, headerSeq))
        }
        // Nothing of the journal can be applied without the entries before it.
        journal = []
        setAside = []
      }
      let copy = try keepCopy(snapshotBytes, of: DeskFolder.snapshotName)
      report.sentences.append("\(snapshotProblem) It is kept as \(copy).")
      if reachesStart {
        report.rebuiltFromJournal = true
        let count = salvage.good.count
        report.sentences.append(
          "The journal goes back to the desk's first entry, so the desk was rebuilt from it (\(count) entr\(count == 1 ? "y" : "ies")).")
      } else {
        let copy = try keepCopy(journalBytes, of: DeskFolder.journalName)
        report.sentences.append(
          "\(Self.lost(salvage, headerSeq)) The journal is kept as \(copy). The desk now starts empty.")
      }
    }

    if !setAside.isEmpty {
      let copy = try keepCopy(journalBytes, of: DeskFolder.journalName)
      for line in setAside {
        report.sentences.append("Line \(line.line) of the journal could not be read (\(line.reason)) and was set aside\(Self.which(line)).")
        report.setAsideLines.append(line.line)
      }
      let count = salvage.good.count
      report.sentences.append(
        "The journal as it was is kept as \(copy); the \(count) entr\(count == 1 ? "y" : "ies") that could be read \(count == 1 ? "is" : "are") still in it.")
      if let firstBad = setAside.map(\.line).min(), salvage.good.contains(where: { $0.line > firstBad }) {
        report.sentences.append(
          "Commands saved after a set-aside line were kept as they were; if one of them built on it (an order on an offer it made, or an undo of it), check that part of the desk.")
      }
    }

    // The copies are on disk; now the files are replaced, each atomically.
    if journal != journalBytes {
      try replace(DeskFolder.journalName, with: journal)
    }
    if snapshotProblem != nil {
      try replace(DeskFolder.snapshotName, with: try SnapshotFile.encode(desk: emptySnapshot, seq: 0, version: formatVersion))
    }
    report.changed = true
    return report
  }

  /// The desk rebuilt from undo's file when the snapshot cannot be read: the snapshot
  /// becomes undo's base desk, and the journal undo's entries followed by the journal's
  /// own after them. nil when there is no readable undo file, or a gap between it and the
  /// journal (then the journal alone is tried, as before there was an undo file). Copies
  /// of the snapshot, the undo file and the journal are kept first.
  private mutating func rebuildFromUndo(
    _ snapshotProblem: String, _ salvage: JournalSalvage<Entry>, _ journalBytes: [UInt8]
  ) throws(StoreError) -> (snapshot: [UInt8], journal: [UInt8])? {
    guard salvage.bad.isEmpty,
      let undo = try? UndoFile<Snapshot, Entry>.read(open, readableVersion: formatVersion)?.kept,
      (salvage.firstSeq ?? undo.reach + 1) <= undo.reach + 1
    else { return nil }
    var journal: [UInt8] = []
    var count = 0
    for entry in undo.entries {
      do {
        journal.append(contentsOf: try DeskJSONWriter.encode(entry))
      } catch {
        throw .cannotEncode("journal entry \(entry.seq)", reason: CodingProblem.describe(encoding: error))
      }
      journal.append(UInt8(ascii: "\n"))
      count += 1
    }
    for good in salvage.good where good.entry.seq > undo.reach {
      journal.append(contentsOf: good.bytes)
      journal.append(UInt8(ascii: "\n"))
      count += 1
    }
    let snapshot = try SnapshotFile.encode(desk: undo.base, seq: undo.baseSeq, version: formatVersion)
    let snapshotCopy = try keepCopy(try read(DeskFolder.snapshotName), of: DeskFolder.snapshotName)
    let undoCopy = try keepCopy(try read(DeskFolder.undoName), of: DeskFolder.undoName)
    _ = try keepCopy(journalBytes, of: DeskFolder.journalName)
    report.rebuiltFromJournal = true
    report.sentences.append("\(snapshotProblem) It is kept as \(snapshotCopy).")
    report.sentences.append(
      "Undo's file goes back to entry \(undo.baseSeq), so the desk was rebuilt from it and the journal (\(count) entr\(count == 1 ? "y" : "ies")); it is kept as \(undoCopy), and its entries are in the journal now.")
    return (snapshot, journal)
  }

  /// The first line of the refusal for a snapshot that cannot be read; nil when it reads
  /// (or is not there). A newer format or an unreadable file is not damage: rethrown.
  private func snapshotProblem() throws(StoreError) -> String? {
    do {
      _ = try SnapshotFile<Snapshot>.read(open, readableVersion: formatVersion)
      return nil
    } catch where error.kind == .damaged {
      let first = error.message.split(separator: "\n").first.map(String.init) ?? error.message
      return first
    }
  }

  /// The seq the snapshot's header claims, when the start of the file is as Dealdesk
  /// writes it (the header comes before the desk, so it often survives a damaged body).
  static func headerSeq(_ bytes: [UInt8]) -> Int? {
    let head = String(decoding: bytes.prefix(200), as: UTF8.self)
    guard head.hasPrefix("{\"format\":\"dealdesk\",\"version\":"), let range = head.range(of: ",\"seq\":") else { return nil }
    let digits = head[range.upperBound...].prefix { $0.isASCII && $0.isNumber }
    return Int(digits)
  }

  /// What is lost when the snapshot is unreadable and the journal does not reach back.
  static func lost(_ salvage: JournalSalvage<Entry>, _ headerSeq: Int?) -> String {
    guard let first = salvage.firstSeq, first > 1 else {
      if !salvage.good.isEmpty {
        return "The journal's entries are not numbered the way Dealdesk numbers them, so the desk cannot be rebuilt from them; what was only in desk.json is lost unless you have a backup."
      }
      let upTo = headerSeq.map { $0 > 0 ? " (entries 1 to \($0))" : "" } ?? ""
      return "The journal holds nothing to rebuild the desk from, so everything that was only in desk.json\(upTo) is lost unless you have a backup."
    }
    let before = first - 1
    let after = salvage.good.count
    return
      "The journal begins at entry \(first), so entries 1 to \(before) were only in desk.json and are lost unless you have a backup; the \(after) entr\(after == 1 ? "y" : "ies") after them cannot be applied without them."
  }

  /// ", entry 3: \"offer Acme 10%\"" when the line says what it was.
  static func which(_ line: JournalSalvage<Entry>.Bad) -> String {
    switch (line.seq, line.typed) {
    case (let seq?, let typed?): "; it was entry \(seq): \"\(typed)\""
    case (let seq?, nil): "; it was entry \(seq)"
    case (nil, let typed?): "; it was \"\(typed)\""
    case (nil, nil): ""
    }
  }

  private func read(_ name: String) throws(StoreError) -> [UInt8] {
    guard let fd = try open.openPlainFile(name, O_RDONLY, failure: StoreError.cannotRead) else {
      throw .cannotRead(open.path(name), Errno(code: ENOENT))
    }
    defer { Posix.close(fd) }
    do throws(Errno) {
      return try Posix.readAll(fd)
    } catch {
      throw .cannotRead(open.path(name), error)
    }
  }

  /// Writes `bytes` to `<path>.damaged-N` (the first free N, never overwriting), synced,
  /// and returns its path. Each file is copied at most once per run.
  private mutating func keepCopy(_ bytes: [UInt8], of name: String) throws(StoreError) -> String {
    let path = open.path(name)
    if let done = report.copies.first(where: { $0.hasPrefix(path + ".damaged-") }) { return done }
    var number = 1
    var copy = name + ".damaged-1"
    let fd: Int32
    do throws(Errno) {
      while true {
        do {
          fd = try open.createNewFile(copy)
          break
        } catch where error.code == EEXIST && number < 100_000 {
          number += 1
          copy = name + ".damaged-\(number)"
        }
      }
    } catch {
      throw .cannotKeepCopy(path, error)
    }
    do throws(Errno) {
      defer { Posix.close(fd) }
      try disk.writeAll(fd, bytes, at: 0)
      try disk.sync(fd)
      try open.sync()
    } catch {
      // A half copy is no copy; the original is untouched, so nothing is lost.
      try? open.unlinkIfPresent(copy)
      throw .cannotKeepCopy(path, error)
    }
    report.copies.append(open.path(copy))
    return open.path(copy)
  }

  private func replace(_ name: String, with bytes: [UInt8]) throws(StoreError) {
    do throws(Errno) {
      Posix.close(try AtomicFile.replace(name, in: open, with: bytes, disk: disk))
      try open.sync()
    } catch {
      throw .cannotSave(open.path(name), error)
    }
  }
}
