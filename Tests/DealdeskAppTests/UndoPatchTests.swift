import DealdeskStore
import Foundation
import Testing

@testable import DealdeskApp
@testable import DealdeskCore

/// Undo puts back exactly the desk from before each change, and redo exactly the desk after
/// it, for every kind of change the checked scripts make: patched changes (one record) and
/// whole-desk ones (stock, shipping) alike. The desk is compared whole.
@Suite struct UndoPatchTests {
  /// The lines of every checked script but the practice ones, as a manager would type them.
  static let lines: [String] = TranscriptTests.scripts.filter { !$0.hasPrefix("train") }.flatMap { name -> [String] in
    let url = TranscriptTests.folder.appendingPathComponent(name + ".desk")
    let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    return text.split(separator: "\n").map(String.init).filter { line in
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      // Scripts' own directives, and undo/redo themselves, are left to the test.
      return !trimmed.isEmpty && !trimmed.hasPrefix("#") && (!trimmed.hasPrefix("@") || trimmed.hasPrefix("@now"))
        && !["undo", "redo"].contains(trimmed.lowercased()) && !trimmed.lowercased().hasPrefix("run ")
        && !trimmed.lowercased().hasPrefix("record")
    }
  }

  /// The desk's index holds what one built afresh from its records holds (desk equality
  /// leaves the index out).
  static func indexIsWhole(_ desk: Desk) -> Bool {
    let fresh = DeskIndex(of: desk)
    func sets(_ index: DeskIndex) -> [String: [Set<String>]] {
      index.byClient.mapValues { r in [r.offers, r.orders, r.payments, r.complaints, r.notes, r.followUps, r.reservations].map(Set.init) }
        .filter { !$0.value.allSatisfy(\.isEmpty) }
    }
    return desk.index.counts == fresh.counts && sets(desk.index) == sets(fresh)
      && desk.index.byName.mapValues(Set.init).filter { !$0.value.isEmpty } == fresh.byName.mapValues(Set.init)
  }

  @Test func everyChangeUndoesAndRedoesExactly() throws {
    let place = TestDesk()
    defer { place.remove() }
    let session = try place.open()
    var changes = 0
    var patched = 0
    for line in Self.lines {
      let before = session.desk
      _ = session.handle(line)
      let after = session.desk
      guard after != before else { continue }
      changes += 1
      if case .patches = session.history.lastReversal { patched += 1 }
      _ = session.handle("undo")
      // Undoing a document's issue voids it and keeps its number (IssuedDocument.swift): the
      // register is the one thing undo does not put back, and what it adds must be void.
      var expected = before
      if after.documentRegister != before.documentRegister {
        expected.documentRegister = session.desk.documentRegister
        let added = (session.desk.documentRegister?.documents ?? [:]).filter { before.documentRegister?.documents[$0.key] == nil }
        #expect(!added.isEmpty && added.values.allSatisfy(\.void), "undo voids what it issued: \(line)")
      }
      #expect(session.desk == expected, "undo after: \(line)")
      let wholeAfterUndo = Self.indexIsWhole(session.desk)
      #expect(wholeAfterUndo, "index after undoing: \(line)")
      _ = session.handle("redo")
      #expect(session.desk == after, "redo after: \(line)")
      let wholeAfterRedo = Self.indexIsWhole(session.desk)
      #expect(wholeAfterRedo, "index after redoing: \(line)")
    }
    #expect(Self.lines.count > 150)
    #expect(changes > 80)
    // Most changes are one record; the rest keep the whole desk.
    #expect(patched > changes / 2 && patched < changes, "\(patched) of \(changes) patched")
    // Undone all the way back, then forward again through a restart.
    // Every journal line of every kind of change is written as JSONEncoder writes it.
    #expect(session.tail.count > 100)
    for record in session.tail {
      #expect(try DeskJSONWriter.encode(record) == Array(try DeskJSON.encoder().encode(record)), "journal entry \(record.seq)")
    }
    let final = session.desk
    var undone = 0
    while !session.handle("undo").isError { undone += 1 }
    #expect(undone == min(changes, UndoHistory.depth))
    _ = session.close()
    let reopened = try place.open()
    for _ in 0..<undone { _ = reopened.handle("redo") }
    #expect(reopened.desk == final)
    _ = reopened.close()
  }
}
