import DealdeskCore
import DealdeskStore
import Foundation

@testable import DealdeskApp
@testable import DealdeskTeam

/// The team journal, counting the plain looks (`entries(after:)`) and the turns
/// (`takeTurn(after:)`) a session makes.
final class CountedJournal: DeskJournal, @unchecked Sendable {
  let inner: TeamDeskJournal<Desk, JournalRecord>
  var looks = 0
  var turns = 0
  init(_ inner: TeamDeskJournal<Desk, JournalRecord>) { self.inner = inner }
  var mode: StoreMode { inner.mode }
  var folder: URL { inner.folder }
  var location: String { inner.location }
  var author: String? { inner.author }
  var authorIsDirector: Bool { inner.authorIsDirector }
  func load() throws(StoreError) -> Loaded<Desk, JournalRecord> { try inner.load() }
  func commit(_ entries: [JournalRecord], at expected: Int) throws(StoreError) -> JournalCommit<JournalRecord> {
    try inner.commit(entries, at: expected)
  }
  func compact(snapshot: Desk, seq: Int, tail: [JournalRecord]) throws(StoreError) {
    try inner.compact(snapshot: snapshot, seq: seq, tail: tail)
  }
  func close() { inner.close() }
  func entries(after position: Int) throws(StoreError) -> [JournalRecord] {
    looks += 1
    return try inner.entries(after: position)
  }
  func takeTurn(after position: Int) throws(StoreError) -> [JournalRecord] {
    turns += 1
    return try inner.takeTurn(after: position)
  }
  func giveTurnBack() { inner.giveTurnBack() }
}

extension TeamSessionTests.Branch {
  /// `user`'s session over a journal that counts its looks and turns.
  func counted(_ user: String) throws -> (Session, CountedJournal) {
    let login = try database.login(user: user, password: "s3cret:pw")
    let journal = CountedJournal(try TeamDeskJournal<Desk, JournalRecord>.open(
      login: login, cache: cache.appendingPathComponent(user), mode: .readWrite, formatVersion: Session.formatVersion))
    let session = try Session.open(journal: journal, clock: .fixed(TeamSessionTests.monday))
    session.isAtPrompt = true
    return (session, journal)
  }
}
