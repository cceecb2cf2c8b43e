import DealdeskCore
import Foundation

@testable import DealdeskApp
@testable import DealdeskTeam

/// The team desk as it stands after a fault, read afresh (read-only, with a cache folder
/// of its own), and what must hold on it whatever happened: positions 1…n with no gap;
/// notes, holds and offers numbered from 1 with no gap; no lot held beyond its stock.
struct DeskAudit {
  let desk: Desk
  let positions: [Int64]

  static func read(_ database: TestDatabase, cache: URL) async throws -> DeskAudit {
    let journal = try TeamDeskJournal<Desk, JournalRecord>.open(
      login: database.login(), cache: cache, mode: .readOnly, formatVersion: Session.formatVersion)
    let session = try Session.open(journal: journal)
    let desk = session.desk
    _ = session.close()
    let reader = try await TeamJournal.open(database.login())
    let positions = try await reader.events(after: 0, limit: 1_000_000).map(\.position)
    await reader.close()
    return DeskAudit(desk: desk, positions: positions)
  }

  /// How many notes have `text`.
  func notes(_ text: String) -> Int { desk.notes.values.filter { $0.text == text }.count }

  /// Notes whose text starts with `prefix`.
  func notes(startingWith prefix: String) -> Int { desk.notes.values.filter { $0.text.hasPrefix(prefix) }.count }

  /// What is wrong with the desk whatever the faults were; empty when all holds.
  var problems: [String] {
    var problems: [String] = []
    if positions != (0..<positions.count).map({ Int64($0 + 1) }) {
      problems.append("positions are not 1…\(positions.count) with no gap: \(Self.gaps(positions))")
    }
    for (prefix, keys) in [("N-", Array(desk.notes.keys)), ("R-", Array(desk.reservations.keys)), ("O-", Array(desk.offers.keys))]
    where Set(keys) != Set((0..<keys.count).map { "\(prefix)\($0 + 1)" }) {
      problems.append("\(prefix) numbers are not 1…\(keys.count): \(keys.sorted().prefix(20))…")
    }
    for product in desk.products.values {
      for lot in product.lots {
        let held = desk.reservations.values.filter { $0.sku == product.sku && $0.lot == lot.id }.reduce(Decimal(0)) { $0 + $1.meters }
        if held > lot.meters { problems.append("lot \(lot.id) of \(product.sku): \(held) m held of \(lot.meters) m") }
      }
    }
    return problems
  }

  /// The first positions out of place, to show in a failure.
  private static func gaps(_ positions: [Int64]) -> [String] {
    positions.enumerated().filter { $0.element != Int64($0.offset + 1) }.prefix(5).map { "#\($0.offset + 1) is \($0.element)" }
  }
}
