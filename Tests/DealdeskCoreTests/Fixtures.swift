import DealdeskCore
import Foundation

/// A small desk the rule tests start from: two fabrics in one category, one client.
enum Fixtures {
  static let now = Date(timeIntervalSince1970: 1_795_860_000)  // 2026-11-28 10:00 UTC

  static func d(_ text: String) -> Decimal { Decimal(string: text) ?? 0 }

  static func desk() -> Desk {
    var desk = Desk()
    desk.apply(.productAdded(Product(sku: "LIN-220", name: "Linen 220", category: "linen", listPrice: d("12.40"), cost: d("7.90"), rollLength: 50)))
    desk.apply(.productAdded(Product(sku: "LIN-180", name: "Linen 180", category: "linen", listPrice: d("10.90"), cost: d("6.80"))))
    desk.apply(.clientAdded(Client(id: "CL-1", name: "Acme Textiles", addedAt: now)))
    return desk
  }

  /// Decides and applies, as the session does.
  static func run(_ command: Command, on desk: inout Desk, at time: Date = now) throws(DeskError) -> [Event] {
    let events = try decide(command, desk: desk, now: time)
    desk.apply(events)
    return events
  }
}
