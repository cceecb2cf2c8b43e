import DealdeskApp
import DealdeskCore
import DealdeskStore
import Foundation
import Testing

@Suite struct CSVExportTests {
  static let deals = [
    "load sample data", "quote Bora 300 yd linen 220 at 11.00", "Bora accepts", "order O-1", "reserve 100m poplin for Bora",
    "Bora paid 1,000 for S-1", "ship S-1", "return 10m linen 220 from S-1, wrong width", "offer Acme 10% on linen net 45", "request 300m linen 220 from warehouse",
    "note Acme: prefers calls on Tuesdays", "follow up Acme tomorrow: send swatches", "complaint Bora: wrong shade on S-1",
    "expense 45 lunch with Acme", "Tekstil Plus sells linen 220 at 11.00", "bonus Bora 2% on purchases over 1,000 a year",
  ]

  private func table(_ session: Session, _ list: String) throws -> [[String]] {
    let reply = session.handle("export csv \(list)")
    #expect(!reply.isError, "\(list): \(reply.text)")
    return try CSVReader.parse(reply.text).get().map(\.fields)
  }

  private func column(_ table: [[String]], _ name: String, row: Int) -> String? {
    guard let index = table.first?.firstIndex(of: name), table.indices.contains(row) else { return nil }
    return table[row][index]
  }

  @Test func everyListExportsAndReadsBack() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let session = try desk.open()
    defer { _ = session.close() }
    for line in Self.deals { #expect(!session.handle(line).isError, "\(line)") }
    #expect(!session.handle("pdf invoice INV-1").isError, "a document issued")
    let counts = [
      "clients": session.desk.clients.count, "products": session.desk.products.count, "offers": 2, "orders": 1,
      "payments": 1, "invoices": 1, "credit-notes": 1, "returns": 1, "reservations": 2, "stock requests": 1, "notes": 1, "follow-ups": 1, "complaints": 1, "expenses": 1, "competitors": 1,
      "company": 1, "documents": 1, "bonuses": 1, "contracts": 1, "price-lists": 1,
    ]
    for name in CSVLists.names {
      let rows = try table(session, name)
      #expect(rows.first == CSVLists.table(name, desk: session.desk, now: TestDesk.monday)?.header, "\(name)")
      #expect(rows.count - 1 == counts[name], "\(name)")
    }

    // Trade bonuses: the figures of the one definition, as of the export.
    let bonuses = try table(session, "bonuses")
    let bora = try #require(session.desk.bonusesInOrder.first)
    let standing = session.desk.standing(of: bora, now: TestDesk.monday)
    #expect(column(bonuses, "percent", row: 1) == "2" && column(bonuses, "threshold", row: 1) == "1000.00")
    #expect(column(bonuses, "purchases", row: 1) == Money.plain(standing.purchases) && standing.purchases > 0)
    #expect(column(bonuses, "accrued", row: 1) == Money.plain(standing.accrued))

    // The sample data's contract, and the price list it gives its client: silk habotai at a
    // fixed 16.90 of its 18.50 list.
    let contracts = try table(session, "contracts")
    #expect(column(contracts, "id", row: 1) == "CT-1" && column(contracts, "clientName", row: 1) == "Atelier Lumière")
    #expect(column(contracts, "signedByClient", row: 1) == "Claire Martin" && column(contracts, "commitmentMeters", row: 1) == "600")
    let prices = try table(session, "price-lists")
    #expect(Array(prices[1].suffix(5)) == ["SLK-H90", "Silk Habotai 90", "18.50", "8.6", "16.90"])

    let products = try table(session, "products")
    let linen = try #require(products.firstIndex { $0.first == "LIN-220" })
    #expect(column(products, "listPrice", row: linen) == "12.40")
    #expect(column(products, "cost", row: linen) == "7.90")
    #expect(column(products, "lots", row: linen)?.hasPrefix("24-117:800;") == true)

    let offers = try table(session, "offers")
    #expect(offers[1].prefix(4) == ["O-1", "CL-2", "Bora Fabrics", "accepted"])
    #expect(column(offers, "terms", row: 1) == "LIN-220 274.32 m at 11.00")
    #expect(column(offers, "total", row: 1) == "3017.52")
    #expect(column(offers, "terms", row: 2) == "all linen 10% off")
    #expect(column(offers, "paymentTerms", row: 2) == "net 45")
    #expect(column(offers, "validUntil", row: 2) == "2026-12-14")

    let orders = try table(session, "orders")
    #expect(orders[0].prefix(13) == ["order", "client", "clientName", "status", "sku", "meters", "listPrice", "discountPercent", "unitPrice", "lineTotal", "orderTotal", "dueDate", "outstanding"])
    // Outstanding is the invoice's, VAT included: 3,621.02 − 1,000.00 paid − 132.00 credited
    // for 10 m back (110.00 and its VAT).
    #expect(Array(orders[1].prefix(13)) == ["S-1", "CL-2", "Bora Fabrics", "shipped", "LIN-220", "274.32", "12.40", "11.3", "11.00", "3017.52", "3017.52", "2026-12-30", "2489.02"])
    #expect(column(orders, "invoice", row: 1) == "INV-1")

    let invoices = try table(session, "invoices")
    #expect(invoices[1] == ["INV-1", "S-1", "CL-2", "Bora Fabrics", "2026-11-30T09:00:00Z", "2026-12-30", "3017.52", "1000.00", "132.00", "2489.02", "20", "603.50", "3621.02"])
    let notes = try table(session, "credit-notes")
    #expect(notes[1] == ["CN-1", "CL-2", "Bora Fabrics", "S-1", "110.00", "goodsReturn", "RT-1", "LIN-220", "2026-11-30T09:00:00Z", "20", "22.00", "132.00"])
    let returns = try table(session, "returns")
    #expect(returns[1].prefix(9) == ["RT-1", "CL-2", "Bora Fabrics", "S-1", "LIN-220", "24-121", "10", "no", "wrong width"])

    let payments = try table(session, "payments")
    #expect(payments[1] == ["P-1", "CL-2", "Bora Fabrics", "S-1", "1000.00", "2026-11-30T09:00:00Z"])
    #expect(try table(session, "stock-requests")[1].prefix(3) == ["RQ-1", "LIN-220", "300"])
  }

  @Test func aNameWithACommaAndQuotesSurvivesTheRoundTrip() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let session = try desk.open()
    defer { _ = session.close() }
    let file = desk.directory.deletingLastPathComponent().appendingPathComponent("csv-\(UUID().uuidString).csv")
    defer { try? FileManager.default.removeItem(at: file) }
    try Data("name,city\n\"Dupont, \"\"Les Tissus\"\" SA\",Lyon\n".utf8).write(to: file)
    #expect(!session.handle("import clients from \(file.path)").isError)
    let text = session.handle("export csv clients").text
    #expect(text.contains("\n") && text.split(separator: "\n")[1].hasPrefix("CL-1,\"Dupont, \"\"Les Tissus\"\" SA\",active,Lyon,"))
    let rows = try CSVReader.parse(text).get()
    #expect(rows[1].fields[1] == "Dupont, \"Les Tissus\" SA")
  }

  @Test func aFileIsWrittenPrivatelyAndNeverIntoTheDeskFolder() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let session = try desk.open()
    defer { _ = session.close() }
    _ = session.handle("load sample data")
    let file = desk.directory.deletingLastPathComponent().appendingPathComponent("offers-\(UUID().uuidString).csv")
    defer { try? FileManager.default.removeItem(at: file) }
    let reply = session.handle("export csv products to \(file.path)")
    #expect(reply.text.hasPrefix("Exported products to \(file.path) ("), "\(reply.text)")
    let attributes = try FileManager.default.attributesOfItem(atPath: file.path)
    #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    #expect(try String(contentsOf: file, encoding: .utf8).hasPrefix("sku,name,category,listPrice,"))
    let inside = session.handle("export csv products to \(desk.directory.appendingPathComponent("p.csv").path)")
    #expect(inside.isError && inside.text.contains("inside the desk's own folder"))
  }

  @Test func anUnknownListIsNamedWithTheLists() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let session = try desk.open()
    defer { _ = session.close() }
    let reply = session.handle("export csv widgets")
    #expect(reply.isError)
    #expect(reply.text.hasPrefix("There is no list widgets to export. Lists: clients, products, offers, orders, payments, invoices, credit-notes, returns, reservations, stock requests, notes, follow-ups, complaints, expenses, competitors, company, documents, bonuses, contracts, price-lists."))
  }
}
