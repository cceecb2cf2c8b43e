import DealdeskCore
import Foundation

/// Stock for the reservation tests: lots received on given days, so "older" is unambiguous.
enum StockFixtures {
  static let day: TimeInterval = 86_400

  /// `Fixtures.now` shifted by whole days.
  static func at(days: Double) -> Date { Fixtures.now.addingTimeInterval(days * day) }

  /// The fixture desk with LIN-220 lots received `daysAgo` days before now, in the order given.
  static func desk(lots: [(id: String, meters: Decimal, daysAgo: Double)]) -> Desk {
    var desk = Fixtures.desk()
    for lot in lots {
      desk.apply(.stockReceived(sku: "LIN-220", lot: lot.id, meters: lot.meters, at: at(days: -lot.daysAgo)))
    }
    return desk
  }

  /// What a refusal says, message and suggestion.
  static func refusal(_ body: () throws(DeskError) -> Void) -> DeskError? {
    do {
      try body()
      return nil
    } catch {
      return error
    }
  }

  /// "R-1 24-117 300 held": a reservation in one line, to compare several at once.
  static func line(_ r: Reservation) -> String {
    "\(r.id) \(r.lot ?? "-") \(r.meters) \(r.status.rawValue)"
  }
}
