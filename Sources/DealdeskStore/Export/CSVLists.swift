import DealdeskCore
import Foundation

/// The desk's lists as CSV tables: `export csv LIST` (docs/export-format.md, "CSV").
/// A new list is one function turning the desk into a `CSVTable` and one entry in `all`.
public enum CSVLists {
  public struct List: Sendable {
    /// As typed in `export csv NAME`; more than one word is fine ("stock requests").
    public let name: String
    let make: @Sendable (Desk, Date) -> CSVTable

    /// The list as a table; `now` decides which open offers and holds read as expired.
    public func table(_ desk: Desk, now: Date) -> CSVTable { make(desk, now) }
  }

  /// Every list, in the order help and errors name them.
  public static let all: [List] = [
    List(name: "clients", make: { desk, _ in clients(desk) }),
    List(name: "products", make: { desk, _ in products(desk) }),
    List(name: "offers", make: offers),
    List(name: "orders", make: { desk, _ in orders(desk) }),
    List(name: "payments", make: { desk, _ in payments(desk) }),
    List(name: "invoices", make: { desk, _ in invoices(desk) }),
    List(name: "credit-notes", make: { desk, _ in creditNotes(desk) }),
    List(name: "returns", make: { desk, _ in returns(desk) }),
    List(name: "reservations", make: reservations),
    List(name: "stock requests", make: { desk, _ in stockRequests(desk) }),
    List(name: "notes", make: { desk, _ in notes(desk) }),
    List(name: "follow-ups", make: followUps),
    List(name: "complaints", make: { desk, _ in complaints(desk) }),
    List(name: "expenses", make: { desk, _ in expenses(desk) }),
    List(name: "competitors", make: { desk, _ in competitors(desk) }),
    List(name: "company", make: { desk, _ in company(desk) }),
    List(name: "documents", make: { desk, _ in documents(desk) }),
    List(name: "bonuses", make: bonuses),
    List(name: "contracts", make: contracts),
    List(name: "price-lists", make: priceLists),
  ]

  public static var names: [String] { all.map(\.name) }

  /// The list a manager named: any case, spaces, hyphens or underscores ("stock-requests"),
  /// singular or plural ("client").
  public static func named(_ text: String) -> List? {
    let key = matchKey(text)
    guard !key.isEmpty else { return nil }
    return all.first { matchKey($0.name) == key || matchKey($0.name) == key + "s" }
  }

  /// The table for list `name`, or nil when there is no such list. `now` decides which open
  /// offers and holds read as expired.
  public static func table(_ name: String, desk: Desk, now: Date) -> CSVTable? {
    named(name)?.table(desk, now: now)
  }

  private static func matchKey(_ text: String) -> String {
    String(text.lowercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) })
  }

  static func clientName(_ id: String?, in desk: Desk) -> String {
    id.flatMap { desk.clients[$0]?.name } ?? ""
  }

  // MARK: - Clients and products

  static func clients(_ desk: Desk) -> CSVTable {
    CSVTable(
      // aliases last: a column added later goes at the end, so readers by position still work.
      header: [
        "id", "name", "status", "city", "phone", "email", "paymentTerms", "creditLimit", "reliability", "tags", "addedAt", "aliases",
        "taxNumber", "billingAddress", "vat",
      ],
      rows: desk.clientsInOrder.map { c in
        let contact = c.contacts.first
        return [
          c.id, c.name, c.status.rawValue, c.city ?? "", contact?.phone ?? "", contact?.email ?? "",
          c.paymentTerms?.label ?? "", CSVTable.amount(c.creditLimit), c.reliability ?? "",
          c.tags.joined(separator: ";"), CSVTable.time(c.addedAt), c.aliases.joined(separator: ";"),
          c.tax?.taxNumber ?? "", c.tax?.address ?? "", (c.tax?.vat ?? .standard).rawValue,
        ]
      })
  }

  static func products(_ desk: Desk) -> CSVTable {
    CSVTable(
      header: [
        "sku", "name", "category", "listPrice", "cost", "widthCm", "gsm", "composition", "colour", "finish",
        "rollLength", "minimumOrderMeters", "minimumCutMeters", "stockMeters", "lots", "warehouseMeters",
      ],
      rows: desk.productsInOrder.map { p in
        [
          p.sku, p.name, p.category, CSVTable.amount(p.listPrice), CSVTable.amount(p.cost),
          CSVTable.quantity(p.widthCm), CSVTable.quantity(p.gsm), p.composition ?? "", p.colour ?? "",
          p.finish ?? "", CSVTable.quantity(p.rollLength), CSVTable.quantity(p.minimumOrderMeters),
          CSVTable.quantity(p.minimumCutMeters), CSVTable.quantity(p.metersInStock),
          p.lots.map { "\($0.id):\(Money.trimmed($0.meters))" }.joined(separator: ";"),
          CSVTable.quantity(p.warehouseMeters),
        ]
      })
  }

  // MARK: - Money in

  static func payments(_ desk: Desk) -> CSVTable {
    CSVTable(
      header: ["id", "client", "clientName", "order", "amount", "at"],
      rows: desk.paymentsInOrder.map { p in
        [p.id, p.clientId, clientName(p.clientId, in: desk), p.order ?? "", CSVTable.amount(p.amount), CSVTable.time(p.at)]
      })
  }
}
